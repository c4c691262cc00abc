"""Sitemaps, robots.txt, the health check, search and caching headers."""

import xml.etree.ElementTree as ET

import pytest
from django.db import OperationalError

from tests.factories import SITE_TEXTS

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_index_lists_one_sitemap_per_language(client, home_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [
        loc.text for loc in ET.fromstring(response.content).findall(".//s:loc", SITEMAP_NS)
    ]
    assert sorted(locations) == sorted(
        f"http://testserver/sitemap-{code}.xml" for code in ["en", "es", "fr", "pt", "ar"]
    )


def test_language_sitemap_lists_only_that_language(client, home_site):
    response = client.get("/sitemap-ar.xml")
    locations = [
        loc.text for loc in ET.fromstring(response.content).findall(".//s:loc", SITEMAP_NS)
    ]
    # The site's Arabic pages are its home page and its "about" page (tests/factories/home.py).
    pages = ["", "about/"]
    views = ["hubs/", "hubs/map/", "facilitators/", "grants/transparency/"]
    assert sorted(locations) == sorted(f"http://testserver/ar/{path}" for path in pages + views)


def _sitemap_locations(client, code):
    response = client.get(f"/sitemap-{code}.xml")
    return {loc.text for loc in ET.fromstring(response.content).findall(".//s:loc", SITEMAP_NS)}


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_each_language_sitemap_lists_hubs_facilitators_decisions_and_transparency(
    client, home_site, code
):
    from members.models import Hub
    from tests.factories import HubFactory, build_sections

    build_sections()
    HubFactory(name="Lisbon Commons", slug="lisbon-commons")
    HubFactory(name="Pending Hub", slug="pending-hub", status=Hub.Status.PENDING)

    locations = _sitemap_locations(client, code)

    base = f"http://testserver/{code}"
    assert {
        f"{base}/hubs/",
        f"{base}/hubs/lisbon-commons/",
        f"{base}/facilitators/",
        f"{base}/assemblies/decisions/",
        f"{base}/grants/transparency/",
    } <= locations
    assert f"{base}/hubs/pending-hub/" not in locations
    assert all(f"/{code}/" in location for location in locations)


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, home_site):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_search_only_returns_pages_of_the_active_language(client, home_site):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    html = client.get("/es/search/", {"q": "somos"}).content.decode()
    results = html.split('class="search-results"')[1].split("</ol>")[0]
    assert SITE_TEXTS["es"][1] in results
    assert "/en/" not in results and "/fr/" not in results


def test_search_with_no_query_shows_the_form(client, home_site):
    response = client.get("/ar/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_anonymous_pages_are_publicly_cacheable_without_a_session(client, home_site):
    response = client.get("/en/")
    assert "public" in response["Cache-Control"]
    assert "s-maxage=300" in response["Cache-Control"]
    assert "sessionid" not in response.cookies
    assert "csrftoken" not in response.cookies


def test_signed_in_pages_are_private(client, home_site, django_user_model):
    user = django_user_model.objects.create_user("reader@example.org", "a-long-password-1")
    client.force_login(user)
    response = client.get("/en/")
    assert "private" in response["Cache-Control"]
