"""The map's GeoJSON feed is built once per change of the hubs: later requests get it from the
cache, gzipped when the client accepts it, and a client holding the current ETag gets 304.
Any change a visitor would see (a rename, an approval, a removal) shows in the next feed."""

import gzip
import json

import pytest
from django.urls import reverse

from members.hubs import approve_hub
from members.models import Hub
from tests.factories import HubFactory, UserFactory

pytestmark = pytest.mark.django_db


def _names(response):
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return sorted(feature["properties"]["name"] for feature in json.loads(body)["features"])


def _feed(client, **headers):
    return client.get(reverse("members:hub_geojson"), headers=headers)


def test_a_client_holding_the_current_etag_gets_304_without_the_body(client, locales):
    HubFactory(name="Horta Comum")
    first = _feed(client)

    again = _feed(client, if_none_match=first["ETag"])

    assert first.status_code == 200 and first["ETag"]
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_the_feed_is_gzipped_when_the_client_accepts_it(client, locales):
    HubFactory(name="Horta Comum")

    compressed = _feed(client, accept_encoding="gzip, deflate, br")
    plain = _feed(client)

    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert _names(compressed) == ["Horta Comum"]
    assert not plain.has_header("Content-Encoding")
    assert _names(plain) == ["Horta Comum"]
    assert len(compressed.content) < len(plain.content)
    assert compressed["ETag"] != plain["ETag"]


def test_the_second_request_is_answered_from_the_cache(client, locales, django_assert_num_queries):
    HubFactory.create_batch(30)
    _feed(client)

    with django_assert_num_queries(0):
        response = _feed(client)

    assert len(_names(response)) == 30


def test_a_renamed_hub_shows_in_the_next_feed_and_its_old_etag_is_not_answered_304(client, locales):
    hub = HubFactory(name="Horta Comum")
    before = _feed(client)

    hub.name = "Horta Nova"
    hub.save()
    after = _feed(client, if_none_match=before["ETag"])

    assert after.status_code == 200
    assert _names(after) == ["Horta Nova"]


def test_a_newly_approved_hub_shows_in_the_next_feed(client, locales):
    HubFactory(name="Horta Comum")
    waiting = HubFactory(name="Rede Vizinha", status=Hub.Status.PENDING)
    assert _names(_feed(client)) == ["Horta Comum"]

    approve_hub(waiting, UserFactory(is_staff=True))

    assert _names(_feed(client, accept_encoding="gzip")) == ["Horta Comum", "Rede Vizinha"]
    assert _names(_feed(client)) == ["Horta Comum", "Rede Vizinha"]


def test_a_deleted_hub_leaves_the_next_feed(client, locales):
    HubFactory(name="Horta Comum")
    HubFactory(name="Rede Vizinha")
    assert _names(_feed(client)) == ["Horta Comum", "Rede Vizinha"]

    Hub.objects.get(name="Rede Vizinha").delete()

    assert _names(_feed(client)) == ["Horta Comum"]


def test_filters_and_languages_are_cached_apart(client, locales):
    HubFactory(name="Toit Pour Tous", country="FR")
    HubFactory(name="Horta Comum", country="PT")
    _feed(client)

    filtered = client.get(reverse("members:hub_geojson"), {"country": "FR"})
    french = client.get("/fr/hubs/map.geojson")

    assert _names(filtered) == ["Toit Pour Tous"]
    countries = {f["properties"]["country"] for f in french.json()["features"]}
    assert countries == {"France", "Portugal"}
