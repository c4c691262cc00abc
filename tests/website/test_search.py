"""The site search finds what a visitor looks for: pages, the resource library's documents,
assembly decisions, approved hubs and listed facilitators, in the page's language, with an
untranslated item shown in its own language and marked so."""

import re

import pytest

from members.models import Hub
from network.models import AssemblyDecision
from tests.factories import (
    AssemblyPageFactory,
    FacilitatorProfileFactory,
    HubFactory,
    NewsPageFactory,
    ResourceFactory,
    translate_page,
    translate_resource,
)

pytestmark = pytest.mark.django_db


def found(client, language, query):
    """(kind, title, the result's lang attribute) for each result the search page lists."""
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    results = html.split('class="search-results"')[1].split("</ol>")[0]
    return [
        (kind, re.sub(r"<[^>]+>", "", title).strip(), lang)
        for kind, lang, title in re.findall(
            r'<p class="search-kind">([^<]*)</p>\s*<div(?: lang="(\w+)")?[^>]*>\s*<h2>(.*?)</h2>',
            results,
            re.S,
        )
    ]


@pytest.fixture
def kitchen(sections):
    """One item of each kind about kitchens, and a hub and a facilitator the public does not see."""
    NewsPageFactory(parent=sections.news, title="A kitchen opens in Lisbon")
    ResourceFactory(title="Community kitchen toolkit", kind="toolkit")
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Spring assembly")
    AssemblyDecision.objects.create(
        page=assembly, locale=assembly.locale, text="Hubs share one kitchen on Sundays."
    )
    HubFactory(name="Kitchen collective")
    HubFactory(name="Kitchen waiting for approval", status=Hub.Status.PENDING)
    FacilitatorProfileFactory(user__display_name="Ana Lima", skills="kitchen organising")
    FacilitatorProfileFactory(
        user__display_name="Bea Unlisted", skills="kitchen organising", is_listed=False
    )


def test_one_search_finds_each_kind_of_thing_with_its_kind(client, kitchen):
    results = found(client, "en", "kitchen")

    assert sorted(results) == sorted(
        [
            ("News item", "A kitchen opens in Lisbon", ""),
            ("Toolkit", "Community kitchen toolkit", ""),
            ("Decision", "Hubs share one kitchen on Sundays.", ""),
            ("Hub", "Kitchen collective", ""),
            ("Facilitator", "Ana Lima", ""),
        ]
    )


def test_a_decision_links_to_its_assembly_and_a_facilitator_to_their_listing(client, kitchen):
    html = client.get("/en/search/", {"q": "kitchen"}).content.decode()

    assert 'href="/en/assemblies/spring-assembly/#decisions-heading"' in html
    assert 'href="/en/facilitators/?q=Ana+Lima"' in html
    assert "Spring assembly · Consensus" in html


@pytest.mark.parametrize(
    "query", ['"kitchen', "&kitchen", "kitchen |", "!kitchen", "kitchen:*", "(kitchen"]
)
def test_full_text_operators_are_read_as_the_words_around_them(client, kitchen, query):
    results = found(client, "en", query)

    assert ("Hub", "Kitchen collective", "") in results
    assert ("Toolkit", "Community kitchen toolkit", "") in results


def test_a_translated_item_is_found_in_the_page_language_only(client, sections):
    toolkit = ResourceFactory(title="Kitchen toolkit")
    translate_resource(toolkit, "es", title="Guía de cocina comunitaria")
    news = NewsPageFactory(parent=sections.news, title="A kitchen opens")
    translate_page(
        news, "es", title="Abre una cocina", slug="abre-una-cocina", introduction="Lo que pasó."
    )

    assert found(client, "es", "kitchen") == []
    assert sorted(found(client, "es", "cocina")) == [
        ("Informe", "Guía de cocina comunitaria", ""),
        ("Noticia", "Abre una cocina", ""),
    ]


def test_an_untranslated_item_is_found_in_its_own_language_and_marked(client, sections):
    ResourceFactory(title="Kitchen report", kind="report")
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Spring assembly")
    AssemblyDecision.objects.create(page=assembly, locale=assembly.locale, text="Open the kitchen.")

    html = client.get("/ar/search/", {"q": "kitchen"}).content.decode()

    assert sorted(found(client, "ar", "kitchen")) == sorted(
        [("تقرير", "Kitchen report", "en"), ("القرار", "Open the kitchen.", "en")]
    )
    assert html.count('<div lang="en" dir="ltr">') == 2
    assert html.count("لم يُترجم بعد: معروض باللغة الإنجليزية") == 2


def test_staff_search_the_admin_hub_list_by_part_of_a_name_with_filters_and_a_sort(client):
    from django.urls import reverse

    from tests.factories import UserFactory

    HubFactory(name="Kitchen collective")
    HubFactory(name="Garden collective")
    client.force_login(UserFactory(staff=True))

    response = client.get(
        reverse("members_hub:index"), {"q": "kitch", "country": "PT", "ordering": "name"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kitchen collective" in html and "Garden collective" not in html


def test_the_results_page_costs_the_same_queries_for_one_or_three_things_of_each_kind(
    client, kitchen, sections
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        client.get("/en/search/", {"q": "kitchen"})  # warms the site's caches
        with CaptureQueriesContext(connection) as captured:
            client.get("/en/search/", {"q": "kitchen"})
        return len(captured)

    one_of_each = queries()
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Autumn assembly")
    for number in (2, 3):
        NewsPageFactory(parent=sections.news, title=f"Kitchen story {number}")
        ResourceFactory(title=f"Kitchen report {number}")
        AssemblyDecision.objects.create(
            page=assembly, locale=assembly.locale, text=f"Kitchen rota {number}."
        )
        HubFactory(name=f"Kitchen hub {number}")
        FacilitatorProfileFactory(skills="kitchen organising")

    assert (
        "15 results for “kitchen”" in client.get("/en/search/", {"q": "kitchen"}).content.decode()
    )
    assert queries() == one_of_each
