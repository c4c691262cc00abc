"""The news and assembly lists, and the way to each page, are kept until editors publish
(core.listings, website/routing.py): what a visitor sees is never older than the last publish,
and what turns with the clock (an assembly that has ended) turns without one. Each story reads
a list once, so that it is kept, changes something as an editor or coordinator would, and reads
it again as the visitor."""

import datetime

import pytest
import time_machine
from wagtail.models import Site

from home.models import StandardPage
from tests.factories import (
    AssemblyPageFactory,
    HubFactory,
    NewsPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def _titles(html, tag="h2"):
    """The card titles of a list, in order."""
    titles = []
    for chunk in html.split('<li class="card"')[1:]:
        heading = chunk.split(f"<{tag}>", 1)[1].split(f"</{tag}>", 1)[0]
        titles.append(heading.split('">', 1)[1].split("</a>", 1)[0])
    return titles


def _section(html, heading_id):
    return html.split(f'id="{heading_id}"', 1)[1].split("</section>", 1)[0]


def test_a_story_published_after_the_list_was_read_comes_first(client, sections):
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=3)
    assert _titles(client.get("/en/news/").content.decode()) == ["Seed library opens"]

    NewsPageFactory(parent=sections.news, title="Tenants win repairs", days_ago=0)

    html = client.get("/en/news/").content.decode()
    assert _titles(html) == ["Tenants win repairs", "Seed library opens"]


def test_an_unpublished_story_leaves_the_list_and_its_address(client, sections):
    kept = NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=3)
    gone = NewsPageFactory(parent=sections.news, title="Tenants win repairs", days_ago=1)
    assert _titles(client.get("/en/news/").content.decode()) == [
        "Tenants win repairs",
        "Seed library opens",
    ]
    assert client.get(gone.url).status_code == 200

    gone.unpublish()

    assert _titles(client.get("/en/news/").content.decode()) == [kept.title]
    assert client.get(gone.url).status_code == 404


def test_a_story_edited_and_republished_shows_its_new_title_on_its_card(client, sections):
    story = NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=3)
    client.get("/en/news/")

    story.title = "Seed library opens in Porto"
    story.save_revision().publish()

    assert _titles(client.get("/en/news/").content.decode()) == ["Seed library opens in Porto"]


def test_a_renamed_topic_shows_on_the_cards_that_carry_it(client, sections):
    topic = TopicFactory(name="Housing", slug="housing")
    NewsPageFactory(parent=sections.news, title="Tenants win repairs", topics=[topic])
    assert "<li>Housing</li>" in client.get("/en/news/").content.decode()

    topic.name = "Housing and tenancy"
    topic.save()

    html = client.get("/en/news/").content.decode()
    assert "<li>Housing and tenancy</li>" in html
    assert "<li>Housing</li>" not in html


def test_a_topic_filter_is_kept_apart_from_the_whole_list(client, sections):
    housing = TopicFactory(name="Housing", slug="housing")
    NewsPageFactory(parent=sections.news, title="Tenants win repairs", topics=[housing])
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=1)

    assert _titles(client.get("/en/news/").content.decode()) == [
        "Tenants win repairs",
        "Seed library opens",
    ]
    assert _titles(client.get("/en/news/?topic=housing").content.decode()) == [
        "Tenants win repairs"
    ]
    NewsPageFactory(parent=sections.news, title="Rent strike ends", days_ago=2, topics=[housing])
    assert _titles(client.get("/en/news/?topic=housing").content.decode()) == [
        "Tenants win repairs",
        "Rent strike ends",
    ]


def test_the_filters_show_the_choices_of_each_visit_and_the_words_typed(client, sections):
    """The filter form is kept per choice made; the words of a search are never kept."""
    housing = TopicFactory(name="Housing", slug="housing")
    NewsPageFactory(parent=sections.news, title="Tenants win repairs", topics=[housing])

    def form(query=""):
        html = client.get(f"/en/news/{query}").content.decode()
        return html.split('<form method="get" class="filter-form"', 1)[1].split("</form>", 1)[0]

    plain = form()
    chosen = form("?topic=housing")
    searched = form("?q=tenants")
    again = form("?q=repairs")

    assert '<option value="housing" selected>' not in plain and "Clear filters" not in plain
    assert '<option value="housing" selected>' in chosen and "Clear filters" in chosen
    assert 'value="tenants"' in searched and 'value="repairs"' in again
    assert form() == plain


def test_a_search_by_words_finds_what_was_published_since(client, sections):
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=3)
    assert _titles(client.get("/en/news/?q=library").content.decode()) == ["Seed library opens"]

    NewsPageFactory(parent=sections.news, title="Tool library opens", days_ago=1)

    assert _titles(client.get("/en/news/?q=library").content.decode()) == [
        "Tool library opens",
        "Seed library opens",
    ]


def test_each_language_reads_a_kept_card_with_its_own_date_and_badge(client, sections):
    NewsPageFactory(
        parent=sections.news, title="Tenants win repairs", date=datetime.date(2026, 6, 10)
    )

    english = client.get("/en/news/").content.decode()
    arabic = client.get("/ar/news/").content.decode()
    english_again = client.get("/en/news/").content.decode()

    assert "June 10, 2026" in english
    assert "language-badge" not in english
    assert "١٠ يونيو ٢٠٢٦" in arabic or "10 يونيو 2026" in arabic
    assert 'class="language-badge" lang="en"' in arabic
    assert english_again == english


def test_an_assembly_that_has_ended_moves_to_the_past_without_a_publish(client, sections):
    with time_machine.travel(datetime.datetime(2026, 6, 10, 9, 0, tzinfo=datetime.UTC)):
        AssemblyPageFactory(
            parent=sections.assemblies,
            title="Kitchen assembly",
            starts_in=datetime.timedelta(hours=1),
            hours=2,
        )
        html = client.get("/en/assemblies/").content.decode()
        assert _titles(_section(html, "upcoming-heading"), "h3") == ["Kitchen assembly"]
        assert _titles(_section(html, "past-heading"), "h3") == []

    with time_machine.travel(datetime.datetime(2026, 6, 10, 12, 30, tzinfo=datetime.UTC)):
        html = client.get("/en/assemblies/").content.decode()
        assert _titles(_section(html, "upcoming-heading"), "h3") == []
        assert _titles(_section(html, "past-heading"), "h3") == ["Kitchen assembly"]


def test_a_hub_no_longer_approved_is_no_longer_named_as_host(client, sections):
    hub = HubFactory(status="approved", name="Lisbon kitchen")
    AssemblyPageFactory(parent=sections.assemblies, title="Kitchen assembly", host_hubs=[hub])
    assert "Hosted by Lisbon kitchen" in client.get("/en/assemblies/").content.decode()

    hub.status = "suspended"
    hub.save()

    assert "Lisbon kitchen" not in client.get("/en/assemblies/").content.decode()


def test_a_section_published_under_a_new_address_is_found_there(client, sections):
    NewsPageFactory(parent=sections.news, title="Tenants win repairs")
    assert client.get("/en/news/").status_code == 200

    sections.news.slug = "stories"
    sections.news.save_revision().publish()

    assert client.get("/en/news/").status_code == 404
    assert _titles(client.get("/en/stories/").content.decode()) == ["Tenants win repairs"]


def test_a_page_added_without_a_publish_signal_is_still_found(client, sections):
    """A script that adds a live page directly sends no signal: the kept map of the home's
    children does not know it, and the page is routed as Wagtail does."""
    client.get("/en/news/")
    home = sections.news.get_parent()
    home.add_child(instance=StandardPage(title="Our principles", slug="principles", live=True))

    response = client.get("/en/principles/")

    assert response.status_code == 200
    assert "Our principles" in response.content.decode()


def test_a_page_moved_or_hidden_without_a_signal_is_not_served_at_its_old_address(client, sections):
    """The page each address led to is kept; a script that renames, moves or unpublishes it
    directly sends no signal, and the kept address is checked against the page's row."""
    from wagtail.models import Page

    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs")
    other = NewsPageFactory(parent=sections.news, title="Seed library opens")
    assert (
        "<h1>Tenants win repairs</h1>"
        in client.get("/en/news/tenants-win-repairs/").content.decode()
    )
    assert client.get(other.url).status_code == 200

    Page.objects.filter(pk=story.pk).update(
        slug="repairs-won", url_path=story.url_path.replace("tenants-win-repairs", "repairs-won")
    )
    Page.objects.filter(pk=other.pk).update(live=False)

    assert client.get("/en/news/tenants-win-repairs/").status_code == 404
    assert "<h1>Tenants win repairs</h1>" in client.get("/en/news/repairs-won/").content.decode()
    assert client.get(other.url).status_code == 404


def test_a_site_added_after_the_host_was_kept_is_read_anew(client, sections, settings):
    settings.ALLOWED_HOSTS = ["testserver", "solidarity.example"]
    assert client.get("/en/news/", HTTP_HOST="solidarity.example").status_code == 200
    elsewhere = StandardPage(title="Elsewhere", slug="elsewhere", live=True)
    sections.news.get_parent().add_child(instance=elsewhere)

    Site.objects.create(hostname="solidarity.example", port=80, root_page=elsewhere)

    assert client.get("/en/news/", HTTP_HOST="solidarity.example").status_code == 404
    assert (
        "<h1>Elsewhere</h1>" in client.get("/en/", HTTP_HOST="solidarity.example").content.decode()
    )
    assert client.get("/en/news/").status_code == 200


def test_a_republished_story_shows_its_new_words_on_its_own_page(client, sections):
    story = NewsPageFactory(parent=sections.news, introduction="The library opens on Monday.")
    assert "The library opens on Monday." in client.get(story.url).content.decode()

    story.introduction = "The library opens on Tuesday."
    story.save_revision().publish()

    html = client.get(story.url).content.decode()
    assert "The library opens on Tuesday." in html
    assert "Monday" not in html


def test_a_preview_shows_the_draft_and_leaves_the_public_page_as_published(client, sections):
    story = NewsPageFactory(parent=sections.news, introduction="The library opens on Monday.")
    assert "The library opens on Monday." in client.get(story.url).content.decode()

    story.introduction = "Draft: the library opens on Tuesday."
    story.save_revision()  # a draft, not published
    draft = story.get_latest_revision_as_object()
    preview = draft.make_preview_request().content.decode()

    assert "Draft: the library opens on Tuesday." in preview
    public = client.get(story.url).content.decode()
    assert "The library opens on Monday." in public
    assert "Draft:" not in public


def test_a_hub_renamed_shows_its_new_name_in_the_stories_about_it(client, sections):
    hub = HubFactory(status="approved", name="Lisbon kitchen", city="Lisbon")
    story = NewsPageFactory(parent=sections.news, related_hubs=[hub])
    assert "Lisbon kitchen (Lisbon)" in client.get(story.url).content.decode()

    hub.name = "Alfama kitchen"
    hub.save()

    html = client.get(story.url).content.decode()
    assert "Alfama kitchen (Lisbon)" in html
    assert "Lisbon kitchen" not in html


def test_an_assembly_page_keeps_its_agenda_but_counts_places_as_people_register(client, sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=20)
    assert "20 / 20" in client.get(assembly.url).content.decode()

    assembly.registrations.create(
        email="ana@example.org", name="Ana", status="confirmed", language="en"
    )

    assert "19 / 20" in client.get(assembly.url).content.decode()
