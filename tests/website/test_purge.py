"""Publishing a page purges every address that shows it from the shared cache: the page in
each language, the lists (every language's, for their fallbacks), feeds, calendars, sitemaps
and the home pages."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from home.models import StandardPage
from tests.factories import AssemblyPageFactory, NewsPageFactory, build_sections, translate_page
from website.caching import addresses_to_purge

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "es", "fr", "pt", "ar"]
SITE = "http://testserver"
SITEMAPS = {f"{SITE}/sitemap.xml"} | {f"{SITE}/sitemap-{code}.xml" for code in LANGUAGES}
HOMES = {f"{SITE}/{code}/" for code in LANGUAGES}


def _in_every_language(*paths):
    return {f"{SITE}/{code}/{path}" for code in LANGUAGES for path in paths}


def test_a_news_item_purges_its_translations_every_news_list_and_feed(home_site):
    sections = build_sections()
    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs")
    translate_page(story, "es", title="Inquilinas consiguen reparaciones", slug="reparaciones")

    assert addresses_to_purge(story) == (
        {f"{SITE}/en/news/tenants-win-repairs/", f"{SITE}/es/news/reparaciones/"}
        | _in_every_language("news/", "news/rss/", "news/atom/")
        | HOMES
        | SITEMAPS
    )


def test_an_assembly_purges_its_calendar_every_list_calendar_and_the_decisions_log(home_site):
    sections = build_sections()
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly", slug="dakar")

    assert addresses_to_purge(assembly) == (
        {f"{SITE}/en/assemblies/dakar/", f"{SITE}/en/assemblies/dakar/calendar/"}
        | _in_every_language("assemblies/", "assemblies/calendar/", "assemblies/decisions/")
        | HOMES
        | SITEMAPS
    )


def test_a_standard_page_purges_itself_in_each_language_the_homes_and_sitemaps(home_site):
    about = StandardPage.objects.get(slug="about", locale__language_code="fr")

    assert addresses_to_purge(about) == (_in_every_language("about/") | HOMES | SITEMAPS)


class _PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # noqa: N802  (the HTTP method's name)
        self.purged.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def frontend_cache(settings):
    """A real HTTP cache front on loopback that records the PURGE requests it receives."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    _PurgeRecorder.purged = []
    yield _PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_publishing_purges_exactly_those_addresses(home_site, frontend_cache):
    sections = build_sections()
    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs")
    frontend_cache.clear()

    story.save_revision().publish()

    assert sorted(frontend_cache) == sorted(addresses_to_purge(story))


def test_without_a_frontend_cache_configured_publishing_purges_nothing(
    home_site, frontend_cache, settings
):
    sections = build_sections()
    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs")
    frontend_cache.clear()
    settings.WAGTAILFRONTENDCACHE = {}

    story.save_revision().publish()

    assert frontend_cache == []


def test_a_home_page_purges_every_home_and_the_sitemaps(home_site):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="pt")

    assert addresses_to_purge(home) == HOMES | SITEMAPS
