"""The public hub directory with 5,000 approved hubs: queries and CPU per page in-process,
then latency under load through gunicorn beside robots.txt (a bare Django view, the floor).

    python -m bench.hub_directory"""

import time
import uuid

from bench.common import Server, demo_site, load, report, server_cost

HUBS = 5_000
COUNTRIES = [
    "PT",
    "BR",
    "FR",
    "ES",
    "MX",
    "AR",
    "SN",
    "MA",
    "KE",
    "GB",
    "US",
    "DE",
    "IN",
    "PH",
    "ZA",
]
LANGUAGES = [["pt"], ["fr", "ar"], ["es"], ["en"], ["en", "es"]]


def seed(count=HUBS):
    """Bulk-create approved hubs with coordinates, languages and two topics each."""
    from core.demo import ensure_topics
    from members.feed import HUBS
    from members.models import Hub

    topics = [versions["en"] for versions in ensure_topics().values()]
    # Hubs on the map: other benches on the same database add hubs without coordinates.
    missing = count - Hub.objects.public().filter(latitude__isnull=False).count()
    if missing <= 0:
        return
    stamp = uuid.uuid4().hex[:8]
    hubs = Hub.objects.bulk_create(
        Hub(name=f"Volume hub {stamp} {n:05d}", slug=f"volume-{stamp}-{n}", city=f"City {n % 300}",
            country=COUNTRIES[n % len(COUNTRIES)], latitude=-60 + n % 120, longitude=-170 + n % 340,
            languages=LANGUAGES[n % len(LANGUAGES)], description="A neighbourhood group.",
            status=Hub.Status.APPROVED)
        for n in range(missing)
    )  # fmt: skip
    Hub.topics.through.objects.bulk_create(
        Hub.topics.through(hub_id=hub.pk, topic_id=topics[(n + k) % len(topics)].pk)
        for n, hub in enumerate(hubs)
        for k in range(2)
    )
    # bulk_create sends no signals: what caches hubs must be told.
    HUBS.bump()


PATHS = [
    ("directory, first page", "/en/hubs/"),
    ("directory, page 100", "/en/hubs/?page=100"),
    ("directory, filtered", "/fr/hubs/?country=FR&language=fr&q=volume"),
    ("GeoJSON, all hubs", "/en/hubs/map.geojson"),
]
GEOJSON = "/en/hubs/map.geojson"


def geojson_answers(client):
    """Bytes of the GeoJSON plain and gzipped, CPU of a rebuild after a hub changes, and the
    status of a request that brings the ETag it was given."""
    from members.feed import HUBS

    plain = client.get(GEOJSON)
    gzipped = client.get(GEOJSON, headers={"accept-encoding": "gzip"})
    HUBS.bump()
    started = time.process_time()
    client.get(GEOJSON, headers={"accept-encoding": "gzip"})
    rebuild_ms = (time.process_time() - started) * 1000
    again = client.get(
        GEOJSON, headers={"accept-encoding": "gzip", "if-none-match": gzipped["ETag"]}
    )
    return {
        "plain_bytes": len(plain.content),
        "gzip_bytes": len(gzipped.content),
        "rebuild_cpu_ms": round(rebuild_ms, 2),
        "with_etag_status": again.status_code,
    }


def main():
    env = demo_site()
    from django.test import Client

    import members.views.directory as directory

    seed()
    client = Client(HTTP_HOST="127.0.0.1")
    default_size = directory.HUBS_PER_PAGE
    for size in (5, default_size, 200):
        directory.HUBS_PER_PAGE = size
        report(f"page of {size} hubs", server_cost(client, "/en/hubs/"))
    directory.HUBS_PER_PAGE = default_size
    for label, path in PATHS:
        report(label, server_cost(client, path))
    report("GeoJSON answers", geojson_answers(client))
    with Server(env) as server:
        for path in ["/robots.txt", "/en/hubs/", "/fr/hubs/?country=FR&language=fr", GEOJSON]:
            report(path, load(server.base + path, requests=200))


if __name__ == "__main__":
    main()
