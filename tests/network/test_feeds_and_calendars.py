"""Stories about feeds and calendar files: read back with real parsers, in the right language."""

import datetime

import feedparser
import pytest
from icalendar import Calendar

from tests.factories import AssemblyPageFactory, NewsPageFactory, translate_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_news_feeds_parse_and_speak_the_requested_language(client, sections, kind):
    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs", days_ago=1)
    translate_page(story, "es", title="Inquilinas consiguen reparaciones", slug="reparaciones")
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=2)

    feed = feedparser.parse(client.get(f"/es/news/{kind}/").content)

    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Inquilinas consiguen reparaciones", "Seed library opens"]
    assert "/es/news/reparaciones/" in feed.entries[0].link
    assert feed.feed.title == "Noticias"


def test_one_assemblys_calendar_file_uses_utc(client, sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Dakar assembly", timezone="Africa/Dakar", city="Dakar"
    )

    response = client.get(f"{assembly.url}calendar/")

    assert response["Content-Type"].startswith("text/calendar")
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("dtstart") == assembly.start
    assert event.decoded("dtstart").utcoffset() == datetime.timedelta(0)
    assert event.decoded("dtend") == assembly.end
    assert str(event["summary"]) == "Dakar assembly"
    assert str(event["dtstart"].to_ical().decode()).endswith("Z")


def test_the_upcoming_calendar_shows_the_requested_language(client, sections):
    soon = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    translate_page(soon, "ar", title="جمعية داكار", slug="dakar")
    AssemblyPageFactory(
        parent=sections.assemblies, title="Old assembly", starts_in=-datetime.timedelta(days=9)
    )

    calendar = Calendar.from_ical(client.get("/ar/assemblies/calendar/").content)

    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert summaries == ["جمعية داكار"]
    [event] = calendar.walk("VEVENT")
    assert str(event["uid"]).startswith(f"assembly-{soon.translation_key}")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_news_feeds_name_their_language_and_date_items_by_the_articles_own_date(
    client, sections, kind
):
    story = NewsPageFactory(parent=sections.news, title="Tenants win repairs", days_ago=3)
    translate_page(story, "ar", title="المستأجرون ينتزعون الإصلاحات", slug="islahat")
    NewsPageFactory(parent=sections.news, title="Seed library opens", days_ago=40)

    feed = feedparser.parse(client.get(f"/ar/news/{kind}/").content)

    assert not feed.bozo
    assert feed.feed.language == "ar"
    published = [
        datetime.date(*(entry.published_parsed or entry.updated_parsed)[:3])
        for entry in feed.entries
    ]
    today = datetime.date.today()
    assert published == [today - datetime.timedelta(days=3), today - datetime.timedelta(days=40)]
