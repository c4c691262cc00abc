"""The site behind Varnish with deploy/varnish.vcl: every public page in the sitemaps is served
from the cache on its second request, also to a visitor who has used a form; publishing a page
purges exactly the addresses that show it and leaves nothing stale; a hub changed is seen at
once where it shows; only the app may purge; a signed-in person's pages never come from the
cache."""

import http.client
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
import requests
from django.conf import settings

from bench.proxy import LOOPBACK
from tests.factories import (
    AssemblyPageFactory,
    FacilitatorProfileFactory,
    HubFactory,
    NewsPageFactory,
    UserFactory,
    add_contact_page,
    build_sections,
    translate_page,
)
from tests.signing_in import SignInClient
from website.caching import addresses_to_purge

# Another loopback address: a client on the proxy's machine that is not the app server.
STRANGER = "127.0.0.2"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def public_site(proxied_site):
    """A small network site: news, an upcoming assembly with its registration form, the
    contact form, a hub and a facilitator."""
    sections = build_sections()
    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs", slug="repairs")
    translate_page(story, "es", title="Inquilinas consiguen reparaciones")
    AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly", slug="dakar")
    add_contact_page()
    HubFactory(name="Lisbon kitchen", slug="lisbon-kitchen")
    FacilitatorProfileFactory(user=UserFactory(display_name="Amara"))
    return story


def _locations(proxy, address):
    tree = ET.fromstring(proxy.get(address).content)
    return [loc.text for loc in tree.findall(".//s:loc", SITEMAP_NS)]


def _sitemap_addresses(proxy):
    addresses = []
    for section in _locations(proxy, "/sitemap.xml"):
        addresses += _locations(proxy, section)
    return addresses


def _cached(response):
    return response.headers["X-Cache"] == "HIT"


def test_every_public_page_in_the_sitemaps_is_a_hit_on_its_second_request(public_site, proxy):
    addresses = _sitemap_addresses(proxy)
    first = {address: proxy.get(address) for address in addresses}
    second = {address: proxy.get(address) for address in addresses}

    assert [a for a, response in first.items() if response.status_code != 200] == []
    assert [a for a, response in first.items() if response.headers["X-Cache"] != "MISS"] == []
    assert [a for a, response in second.items() if not _cached(response)] == []
    assert len(addresses) > 40


def test_a_visitor_who_has_used_a_form_still_gets_cached_pages(public_site, proxy):
    visitor = requests.Session()
    visitor.get(f"{proxy.url}/en/accounts/password/reset/")
    token = visitor.cookies["csrftoken"]
    registered = visitor.post(
        f"{proxy.url}/en/assemblies/dakar/register/",
        data={"csrfmiddlewaretoken": token, "name": "Awa", "email": "awa@example.org"},
    )
    # The flash message is shown once, by the app (not the cache), then its cookie is gone.
    assert "Almost done: we have sent you an email." in registered.text
    assert registered.history[0].cookies["messages"]
    assert set(visitor.cookies.keys()) == {"csrftoken"}

    addresses = _sitemap_addresses(proxy)
    firsts = [visitor.get(address) for address in addresses]
    others = [proxy.get(address) for address in addresses]
    agains = [visitor.get(address) for address in addresses]

    # What the visitor fetched first is kept for everyone, and the visitor gets it back.
    assert [r.url for r in firsts if r.headers["X-Cache"] != "MISS"] == []
    assert [r.url for r in others + agains if not _cached(r)] == []
    assert all(token not in response.text for response in others)
    assert not any(response.cookies for response in others + agains)


def _fresh(live_server, proxy, address):
    """What the app serves now for `address` (asked directly, under the proxy's host name)."""
    path = urlsplit(address).path
    return requests.get(
        live_server.url + path, headers={"Host": f"{LOOPBACK}:{proxy.port}"}, timeout=30
    )


def test_publishing_a_page_purges_exactly_its_addresses_and_nothing_stays_stale(
    public_site, proxy, live_server
):
    story = public_site
    purged = addresses_to_purge(story)
    warm = sorted(set(_sitemap_addresses(proxy)) | purged)
    for address in warm:
        proxy.get(address)
    assert {a for a in purged if not _cached(proxy.get(a))} == set()

    story.title = "Tenants win repairs and a rent freeze"
    story.save_revision().publish()

    after = {address: proxy.get(address) for address in warm}
    assert {address for address, response in after.items() if not _cached(response)} == purged
    news_list = story.get_parent().get_full_url()
    assert all(
        "Tenants win repairs and a rent freeze" in after[address].text
        for address in (story.get_full_url(), news_list)
    )
    stale = [
        address
        for address, response in after.items()
        if _cached(response) and response.content != _fresh(live_server, proxy, address).content
    ]
    assert stale == []


def _purge_from(source, proxy, path):
    connection = http.client.HTTPConnection(
        LOOPBACK, proxy.port, timeout=30, source_address=(source, 0)
    )
    connection.request("PURGE", path, headers={"Host": f"{LOOPBACK}:{proxy.port}"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_only_the_app_may_purge(proxied_site, proxy):
    proxy.get("/en/about/")

    assert _purge_from(STRANGER, proxy, "/en/about/") == 405
    assert _cached(proxy.get("/en/about/"))
    assert _purge_from(LOOPBACK, proxy, "/en/about/") == 200
    assert proxy.get("/en/about/").headers["X-Cache"] == "MISS"


def test_a_signed_in_persons_pages_never_come_from_the_cache(proxied_site, proxy):
    proxy.get("/en/about/")
    proxy.get("/en/about/")
    person = UserFactory(display_name="Inès")
    client = SignInClient()
    client.force_login(person)
    session = {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}

    about = proxy.get("/en/about/", cookies=session)
    dashboard = proxy.get("/en/members/", cookies=session)

    assert about.headers["X-Cache"] == "PASS"
    assert "private" in about.headers["Cache-Control"]
    assert dashboard.headers["X-Cache"] == "PASS"
    assert "Inès" in dashboard.text
    assert _cached(proxy.get("/en/about/"))


def test_a_hub_changed_by_its_coordinators_is_seen_at_once_where_the_hub_shows(proxied_site, proxy):
    sections = build_sections()
    hub = HubFactory(name="Lisbon kitchen", slug="lisbon-kitchen")
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    assembly.host_hubs.add(hub)
    assembly.save_revision().publish()
    addresses = ["/en/hubs/", "/fr/hubs/", "/ar/hubs/lisbon-kitchen/", assembly.url]
    for address in addresses:
        proxy.get(address)
    assert [a for a in addresses if not _cached(proxy.get(a))] == []

    hub.name = "Lisbon Community Kitchen"
    hub.save()

    after = {address: proxy.get(address) for address in addresses}
    assert [a for a, response in after.items() if response.headers["X-Cache"] != "MISS"] == []
    shown = {a: "Lisbon Community Kitchen" in response.text for a, response in after.items()}
    assert shown == dict.fromkeys(addresses, True)
    # The map's feed is asked for again each time (no-cache, with its ETag): never stale.
    assert "Lisbon Community Kitchen" in proxy.get("/en/hubs/map.geojson").text
