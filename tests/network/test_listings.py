"""Stories about the news and assembly lists: one version per item in the reader's language,
filters kept in the address, and a cost in queries that does not grow with the list."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import AssemblyPage
from tests.factories import (
    AssemblyPageFactory,
    HubFactory,
    NewsPageFactory,
    TopicFactory,
    translate_page,
    translate_topic,
)
from tests.outline import heading_skips

pytestmark = pytest.mark.django_db


def _queries_for(client, url):
    client.get(url)  # warm caches that are per process, not per list (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["en", "es"])
def test_news_list_costs_the_same_for_5_or_50_items(client, sections, language):
    topic = TopicFactory(name="Housing", slug="housing")
    for number in range(5):
        NewsPageFactory(
            parent=sections.news, title=f"Story {number}", days_ago=number, topics=[topic]
        )
    url = f"/{language}/news/"
    with_five = _queries_for(client, url)
    for number in range(5, 50):
        NewsPageFactory(
            parent=sections.news, title=f"Story {number}", days_ago=number, topics=[topic]
        )
    with_fifty = _queries_for(client, url)
    assert with_fifty == with_five


def test_assembly_list_costs_the_same_for_5_or_50_items(client, sections):
    for number in range(5):
        days = number + 1 if number % 2 else -number - 1
        AssemblyPageFactory(
            parent=sections.assemblies,
            title=f"Assembly {number}",
            starts_in=datetime.timedelta(days=days),
        )
    with_five = _queries_for(client, "/en/assemblies/")
    for number in range(5, 50):
        days = number + 1 if number % 2 else -number - 1
        AssemblyPageFactory(
            parent=sections.assemblies,
            title=f"Assembly {number}",
            starts_in=datetime.timedelta(days=days),
        )
    with_fifty = _queries_for(client, "/en/assemblies/")
    assert with_fifty == with_five


def test_untranslated_news_shows_in_its_source_language_with_a_badge(client, sections):
    translated = NewsPageFactory(parent=sections.news, title="Tenants win repairs", days_ago=1)
    translate_page(translated, "es", title="Inquilinas consiguen reparaciones", slug="reparaciones")
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=2)

    html = client.get("/es/news/").content.decode()

    assert "Inquilinas consiguen reparaciones" in html
    assert ">Tenants win repairs<" not in html
    assert "Seed library opens" in html
    assert 'lang="en"' in html
    assert 'class="language-badge" lang="en"' in html


def test_news_filters_live_in_the_address_and_match_translated_topics(client, sections):
    housing = TopicFactory(name="Housing", slug="housing")
    translate_topic(housing, "es", "Vivienda")
    food = TopicFactory(name="Food", slug="food")
    NewsPageFactory(
        parent=sections.news, title="Rent strike in Lisbon", days_ago=1, topics=[housing]
    )
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=2, topics=[food])
    NewsPageFactory(parent=sections.news, title="Old housing story", days_ago=800, topics=[housing])
    year = (datetime.date.today() - datetime.timedelta(days=1)).year

    html = client.get(f"/es/news/?topic=housing-es&year={year}").content.decode()

    assert "Rent strike in Lisbon" in html
    assert "Seed library opens" not in html
    assert "Old housing story" not in html
    assert "Vivienda" in html


def test_news_free_text_filter_keeps_the_words_in_the_box(client, sections):
    NewsPageFactory(parent=sections.news, title="Rent strike in Lisbon")
    NewsPageFactory(parent=sections.news, title="Seed library opens")

    html = client.get("/en/news/?q=strike").content.decode()

    assert "Rent strike in Lisbon" in html
    assert "Seed library opens" not in html
    assert 'value="strike"' in html


def test_news_pagination_keeps_the_filters(client, sections):
    for number in range(14):
        NewsPageFactory(parent=sections.news, title=f"Strike day {number}", days_ago=number)

    html = client.get("/en/news/?q=strike").content.decode()

    assert "q=strike&amp;page=2" in html


def test_assemblies_split_into_upcoming_and_past_and_filter_by_format_and_place(client, sections):
    AssemblyPageFactory(
        parent=sections.assemblies,
        title="Dakar assembly",
        city="Dakar",
        country="SN",
        format="hybrid",
    )
    AssemblyPageFactory(parent=sections.assemblies, title="Online gathering", format="online")
    AssemblyPageFactory(
        parent=sections.assemblies,
        title="Lisbon assembly",
        starts_in=-datetime.timedelta(days=40),
        city="Lisbon",
        country="PT",
    )

    html = client.get("/en/assemblies/").content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert "Dakar assembly" in upcoming and "Online gathering" in upcoming
    assert "Lisbon assembly" in past

    html = client.get("/en/assemblies/?format=online").content.decode()
    assert "Online gathering" in html and "Dakar assembly" not in html

    html = client.get("/en/assemblies/?country=PT").content.decode()
    assert "Lisbon assembly" in html and "Dakar assembly" not in html

    html = client.get("/en/assemblies/?city=dak").content.decode()
    assert "Dakar assembly" in html and "Lisbon assembly" not in html


def test_hosts_shown_only_when_the_hub_is_approved(client, sections):
    from members.models import Hub

    approved = HubFactory(
        name="Barrio Unido", slug="barrio", city="Madrid", country="ES", status="approved"
    )
    pending = HubFactory(
        name="Secret Hub", slug="secret", city="Paris", country="FR", status=Hub.Status.PENDING
    )
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Madrid assembly")
    assembly.host_hubs.set([approved, pending])
    assembly.save_revision().publish()

    listing = client.get("/en/assemblies/").content.decode()
    detail = client.get(AssemblyPage.objects.get(pk=assembly.pk).url).content.decode()

    for html in (listing, detail):
        assert "Barrio Unido" in html
        assert "Secret Hub" not in html


def test_the_news_list_headings_go_down_one_level_at_a_time(client, sections):
    NewsPageFactory(parent=sections.news, title="A hub opens")
    html = client.get("/en/news/").content.decode()
    assert heading_skips(html) == []
