"""Shared caches never share a cookie: every page in the sitemaps and every public form page
is the same for every anonymous visitor, and a form still gets its token privately."""

import xml.etree.ElementTree as ET
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client

from members.models import FacilitatorProfile

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def _locations(client, address):
    tree = ET.fromstring(client.get(address).content)
    return [urlsplit(loc.text).path for loc in tree.findall(".//s:loc", SITEMAP_NS)]


def _public_addresses():
    client = Client()
    addresses = []
    for section in _locations(client, "/sitemap.xml"):
        addresses += _locations(client, section)
    for profile in FacilitatorProfile.objects.listed():
        addresses += [f"/{code}/facilitators/{profile.pk}/contact/" for code in ("en", "ar")]
    return addresses


def test_every_public_page_is_the_same_for_two_anonymous_visitors_and_sets_no_cookie(demo):
    addresses = _public_addresses()
    shared, private = [], []
    for address in addresses:
        first, second = Client().get(address), Client().get(address)
        assert first.status_code == 200, address
        if "public" in first["Cache-Control"]:
            assert not first.cookies and not second.cookies, address
            assert first.content == second.content, address
            shared.append(address)
        else:
            assert "private" in first["Cache-Control"], address
            private.append(address)
    # Only the donation form (Stripe's card step) stays private; every other form is public.
    assert all("/donate" in address for address in private), private
    forms = [
        address
        for address in shared
        if b'name="csrfmiddlewaretoken"' in Client().get(address).content
    ]
    assert any("/contact/" in address for address in forms)
    assert any("/assemblies/" in address for address in forms)
    assert len(shared) > 100


def test_the_token_endpoint_is_private_and_sets_the_cookie(client):
    response = client.get("/csrf-token")

    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    assert response.json()["token"]
    assert "csrftoken" in response.cookies
