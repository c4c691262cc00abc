"""What one uncached public page costs in queries: the same with 12 or 40 items behind it, at
most ten for the lists, and only a few more when what publishing changes is not yet kept (after
a publish, or on a fresh worker). The site and its items are made once for the module, and every
page measured at both sizes as it grows."""

import datetime

import pytest
import wagtail_factories
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection

from core.published import PUBLISHED
from network.models.news import NEWS_PER_PAGE
from network.views import PAST_PER_PAGE
from tests.factories import (
    SITE_TEXTS,
    AssemblyPageFactory,
    HubFactory,
    NewsPageFactory,
    TopicFactory,
    build_sections,
    build_site,
    translate_page,
    translate_topic,
)
from tests.shared_data import shared_by_the_module

pytestmark = pytest.mark.django_db

SMALL, LARGE = 12, 40
LANGUAGES = ["en", "es"]
# Queries of each page in either language with what publishing changes kept (the site, the
# home, the navigation, the lists and their cards, the pages' head tags and bodies, an
# assembly's facts and which version is its source): the page itself and its view
# restrictions; what changes without a publish (an assembly's places, proposals and decisions, and
# in a translation its source, which holds them); a list reads no item, only its kept order
# and cards.
QUERIES = {
    "home": 2,
    "news index": 2,
    "news page": 2,
    "assemblies index": 2,
    "assembly page": {"en": 4, "es": 5},
}


def queries(name, language):
    """What `name` costs in `language` (QUERIES)."""
    expected = QUERIES[name]
    return expected[language] if isinstance(expected, dict) else expected


# What a cold cache (after a publish) adds: the site, the home (the locale, its translation,
# its specific row) and the home's children, the way to the page (the index above it, then
# the page by its address), the menus and footer (three queries), the page's
# translations, the filters' choices (topics, years or countries); to a list, its order and
# the rows of its cards (two or three queries); to a page, its kept head tags (the Open Graph
# image) and body (the hero image, the body's chosen pages, topics, hubs), and to an assembly its facts' hosts and which version is
# its source. In all, no more than the pages cost before
# any of it was kept (16 to 19 queries).
COLD_EXTRA = {
    "home": 10,
    "news index": 16,
    "news page": 14,
    "assemblies index": 16,
    "assembly page": 13,
}


class Content:
    """News and assemblies added to the test site in batches: each with a topic translated
    into Spanish, a hero image, a host hub, every third one translated into Spanish, assemblies
    alternating between upcoming and past."""

    def __init__(self, sections):
        self.sections = sections
        self.count = 0
        self.topic = TopicFactory(name="Housing", slug="housing")
        translate_topic(self.topic, "es", "Vivienda")
        self.image = wagtail_factories.ImageFactory(
            title="Street", collection=Collection.get_first_root_node()
        )
        self.hub = HubFactory(status="approved", name="Lisbon kitchen")
        self.first_news = self.first_assembly = None

    def grow_to(self, total):
        for number in range(self.count, total):
            news = NewsPageFactory(
                parent=self.sections.news,
                title=f"Story {number}",
                days_ago=number * 40,
                topics=[self.topic],
                hero_image=self.image,
                related_hubs=[self.hub],
            )
            days = number + 1 if number % 2 else -number - 1
            assembly = AssemblyPageFactory(
                parent=self.sections.assemblies,
                title=f"Assembly {number}",
                starts_in=datetime.timedelta(days=days),
                topics=[self.topic],
                host_hubs=[self.hub],
                country="PT",
            )
            if number % 3 == 0:
                translate_page(news, "es", title=f"Noticia {number}")
                translate_page(assembly, "es", title=f"Asamblea {number}")
            self.first_news = self.first_news or news
            self.first_assembly = self.first_assembly or assembly
        self.count = total

    def seen(self, name, language):
        """What the page shows at the current size: some titles, and how many cards."""
        spanish = language == "es"
        first_news = "Noticia 0" if spanish else "Story 0"
        first_assembly = "Asamblea 0" if spanish else "Assembly 0"
        return {
            "home": ([SITE_TEXTS[language][0]], 0),
            "news index": ([first_news, "Story 1"], NEWS_PER_PAGE),
            "news page": ([first_news, "Housing"], 0),
            "assemblies index": (
                [first_assembly, "Assembly 1"],
                self.count // 2 + min(self.count // 2, PAST_PER_PAGE),
            ),
            "assembly page": ([first_assembly], 0),
        }[name]

    def url(self, name, language):
        return {
            "home": f"/{language}/",
            "news index": f"/{language}/news/",
            "news page": f"/{language}/news/{self.first_news.slug}/",
            "assemblies index": f"/{language}/assemblies/",
            "assembly page": f"/{language}/assemblies/{self.first_assembly.slug}/",
        }[name]


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


class Measured:
    """What each page costs and shows at each size: the SQL of its second request (the
    navigation cache and renditions warm, as on a running site), its HTML, and what it should
    show at that size."""

    def __init__(self):
        build_site()
        self.content = Content(build_sections())
        self.seen = {}
        client = Client()
        for total in (SMALL, LARGE):
            self.content.grow_to(total)
            for name in QUERIES:
                for language in LANGUAGES:
                    url = self.content.url(name, language)
                    _get(client, url)
                    with CaptureQueriesContext(connection) as queries:
                        html = _get(client, url)
                    sql = [query["sql"] for query in queries.captured_queries]
                    expected = self.content.seen(name, language)
                    self.seen[name, language, total] = (sql, html, expected)


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker, module_media):
    yield from shared_by_the_module(django_db_blocker, module_media, Measured)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", QUERIES)
def test_a_page_costs_the_same_queries_with_12_or_40_items(measured, name, language):
    for total in (SMALL, LARGE):
        sql, html, (titles, cards) = measured.seen[name, language, total]
        assert len(sql) == queries(name, language), (total, "\n".join(sql))
        assert [title for title in titles if title in html] == titles, total
        assert html.count('<li class="card"') == cards, total


@pytest.mark.parametrize("name", QUERIES)
def test_a_cold_navigation_cache_costs_only_a_few_queries_more(
    client, measured, name, django_assert_max_num_queries
):
    url = measured.content.url(name, "es")
    _get(client, url)
    PUBLISHED.bump()  # as a publish does
    with django_assert_max_num_queries(queries(name, "es") + COLD_EXTRA[name]):
        _get(client, url)


@pytest.mark.parametrize("language", ["en", "es"])
def test_after_a_publish_the_rebuilt_menu_and_footer_say_the_same(client, measured, language):
    before = _get(client, f"/{language}/")
    PUBLISHED.bump()
    after = _get(client, f"/{language}/")

    about_title = SITE_TEXTS[language][1]
    for seen in (f">{about_title}<", "Together.", "hello@example.org", "Mastodon"):
        assert seen in before
        assert seen in after
