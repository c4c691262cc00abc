"""The hub map's GeoJSON feed at the network's size (thousands of hubs): built once per change
of the hubs, language and filters, kept gzipped in the cache (a tenth of the size), named by an
ETag of its content so a map that has it already gets 304."""

import hashlib
import json
from urllib.parse import quote

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import reverse
from django.utils.text import compress_string
from django.utils.translation import get_language
from django_countries import countries

from core.generations import Generation

from .models import Hub

HUBS = Generation("members-hubs")
TIMEOUT = 60 * 60 * 24


def connect_signals():
    """Any saved, deleted or re-topicked hub starts a new generation of what shows hubs."""
    post_save.connect(HUBS.bump, sender=Hub, dispatch_uid="hubs-generation-save")
    post_delete.connect(HUBS.bump, sender=Hub, dispatch_uid="hubs-generation-delete")
    m2m_changed.connect(HUBS.bump, sender=Hub.topics.through, dispatch_uid="hubs-generation-topics")


def hub_paths(slugs):
    """The hub pages' paths in the active language, with one reverse() for all of them:
    thousands of reverse() calls would otherwise dominate the response time."""
    url = reverse("members:hub_detail", kwargs={"slug": "-slug-"})
    return [url.replace("-slug-", quote(slug)) for slug in slugs]


def feature_collection(hubs):
    """The `hubs` that have coordinates as a GeoJSON FeatureCollection."""
    rows = list(
        hubs.filter(latitude__isnull=False, longitude__isnull=False).values_list(
            "name", "slug", "city", "country", "latitude", "longitude"
        )
    )
    paths = hub_paths([row[1] for row in rows])
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
            "properties": {"name": name, "city": city, "country": countries.name(country),
                           "url": path},
        }
        for (name, _slug, city, country, latitude, longitude), path in zip(rows, paths, strict=True)
    ]  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def cached_feed(request, build):
    """(content hash, gzipped JSON) of the feed for the request's language and query: from the
    cache while the hubs are unchanged, else from `build()` (a FeatureCollection)."""
    asked = hashlib.sha256(repr((get_language(), sorted(request.GET.lists()))).encode())
    key = f"members:geojson:{HUBS.current()}:{asked.hexdigest()}"
    feed = cache.get(key)
    if feed is None:
        body = json.dumps(build(), separators=(",", ":")).encode()
        feed = (hashlib.sha256(body).hexdigest()[:32], compress_string(body))
        cache.set(key, feed, TIMEOUT)
    return feed
