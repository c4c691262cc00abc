"""The sitemaps at the network's size: each language's sitemap is split into pages of at most
`LocaleSitemap.limit` addresses, all listed by the index; each public address appears exactly
once; the queries do not grow with the pages; the answer is kept in the cache until a page is
published or unpublished or a hub changes, and the purge names every sitemap page."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from members.hubs import approve_hub
from members.models import Hub
from tests.factories import HubFactory, NewsPageFactory, UserFactory
from website.caching import addresses_to_purge
from website.sitemaps import LocaleSitemap

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
LANGUAGES = ["en", "es", "fr", "pt", "ar"]


def _locations(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return [loc.text for loc in ET.fromstring(response.content).findall(".//s:loc", SITEMAP_NS)]


def _relative(address):
    parts = urlsplit(address)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _every_listed_address(client):
    """(sitemap page, its addresses) for every sitemap page the index names."""
    return {
        _relative(section): _locations(client, _relative(section))
        for section in _locations(client, "/sitemap.xml")
    }


@pytest.fixture
def news(sections):
    return [NewsPageFactory(parent=sections.news, title=f"Story {n}") for n in range(12)]


def test_a_language_sitemap_is_split_at_the_limit_and_lists_every_public_page_once(
    client, news, monkeypatch
):
    HubFactory.create_batch(3)
    draft = NewsPageFactory(parent=news[0].get_parent(), title="Draft story")
    draft.unpublish()
    whole = _every_listed_address(client)
    monkeypatch.setattr(LocaleSitemap, "limit", 5)

    split = _every_listed_address(client)

    # English: home, about, news, 12 stories, assemblies, 4 public views, 3 hubs: 23 entries
    # in 5 pages of 5; the other languages have 11 entries in 3 pages.
    expected = [f"/sitemap-{code}.xml" for code in LANGUAGES]
    expected += [f"/sitemap-en.xml?p={n}" for n in range(2, 6)]
    expected += [f"/sitemap-{code}.xml?p={n}" for code in LANGUAGES[1:] for n in (2, 3)]
    assert sorted(split) == sorted(expected)
    # An entry is a page, a view or a hub; the assemblies index brings its decisions log along.
    assert all(
        len([address for address in addresses if not address.endswith("/decisions/")]) <= 5
        for addresses in split.values()
    )
    listed = [address for addresses in split.values() for address in addresses]
    assert len(listed) == len(set(listed))
    assert set(listed) == {address for addresses in whole.values() for address in addresses}
    assert {story.get_full_url() for story in news} <= set(listed)
    assert draft.get_full_url() not in listed


def test_the_index_names_sitemap_pages_in_page_order(client, news, monkeypatch):
    monkeypatch.setattr(LocaleSitemap, "limit", 5)

    sections = [_relative(address) for address in _locations(client, "/sitemap.xml")]

    # 16 English pages and 4 public views: 4 pages of 5.
    english = ["/sitemap-en.xml"] + [f"/sitemap-en.xml?p={n}" for n in range(2, 5)]
    assert [section for section in sections if "-en." in section] == english
    assert client.get("/sitemap-en.xml?p=9").status_code == 404


def _queries(client, address):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


# Uncached. The index: per language its home, count of pages and hubs, latest change, site.
@pytest.mark.parametrize(
    "address, most", [("/sitemap.xml", 32), ("/sitemap-en.xml", 15), ("/sitemap-fr.xml", 14)]
)
def test_the_sitemap_queries_do_not_grow_with_the_pages(client, news, address, most):
    HubFactory.create_batch(2)
    client.get(address)
    few = _queries(client, address)
    for n in range(40):
        NewsPageFactory(parent=news[0].get_parent(), title=f"More {n}")
    HubFactory.create_batch(40)

    many = _queries(client, address)

    assert many == few <= most


def test_a_sitemap_is_answered_from_the_cache(client, news, django_assert_num_queries):
    client.get("/sitemap-en.xml")
    client.get("/sitemap.xml")

    with django_assert_num_queries(0):
        index = client.get("/sitemap.xml")
        section = client.get("/sitemap-en.xml")

    assert "http://testserver/sitemap-en.xml" in index.content.decode()
    assert news[3].get_full_url() in section.content.decode()


def test_a_published_or_unpublished_page_shows_in_the_next_sitemap(client, news):
    before = _locations(client, "/sitemap-en.xml")

    story = NewsPageFactory(parent=news[0].get_parent(), title="Fresh story")
    news[1].unpublish()
    after = _locations(client, "/sitemap-en.xml")

    assert news[1].get_full_url() in before
    assert story.get_full_url() in after
    assert news[1].get_full_url() not in after


def test_an_approved_or_renamed_hub_shows_in_the_next_sitemap(client, home_site):
    hub = HubFactory(slug="horta-comum")
    waiting = HubFactory(slug="rede-vizinha", status=Hub.Status.PENDING)
    assert "http://testserver/pt/hubs/rede-vizinha/" not in _locations(client, "/sitemap-pt.xml")

    approve_hub(waiting, UserFactory(is_staff=True))
    hub.slug = "horta-nova"
    hub.save()
    after = _locations(client, "/sitemap-pt.xml")

    assert "http://testserver/pt/hubs/rede-vizinha/" in after
    assert "http://testserver/pt/hubs/horta-nova/" in after
    assert "http://testserver/pt/hubs/horta-comum/" not in after


def test_publishing_purges_every_page_of_the_sitemaps(news, monkeypatch):
    monkeypatch.setattr(LocaleSitemap, "limit", 5)

    purged = addresses_to_purge(news[0])

    sitemaps = {address for address in purged if "sitemap" in address}
    assert sitemaps == (
        {"http://testserver/sitemap.xml"}
        | {f"http://testserver/sitemap-{code}.xml" for code in LANGUAGES}
        | {f"http://testserver/sitemap-en.xml?p={n}" for n in range(2, 5)}
        | {f"http://testserver/sitemap-{code}.xml?p=2" for code in LANGUAGES[1:]}
    )
