"""A reader in Mexico City's assembly page sees the evening hour of Mexico City, in Spanish
and in Arabic, with the zone named in the page's language."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone

from tests.factories import AssemblyPageFactory, translate_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEXICO = zoneinfo.ZoneInfo("America/Mexico_City")


@pytest.fixture
def mexico_assembly(sections):
    day = (timezone.now() + datetime.timedelta(days=30)).astimezone(MEXICO).date()
    start = datetime.datetime.combine(day, datetime.time(19), tzinfo=MEXICO)
    english = AssemblyPageFactory(
        parent=sections.assemblies, title="Mexico City assembly", timezone=MEXICO.key
    )
    english.start, english.end = start, start + datetime.timedelta(hours=2)
    english.save_revision().publish()
    return english


@pytest.mark.parametrize(
    ("language", "title", "hours", "zone"),
    [
        ("es", "Asamblea de Ciudad de México", ("19:00", "21:00"), "Ciudad de México"),
        ("ar", "جمعية مكسيكو سيتي", ("7:00 م", "9:00 م"), "توقيت المكسيك (مكسيكو سيتي)"),
    ],
)
def test_the_mexico_city_assembly_reads_its_evening_hour(
    browser_page, mexico_assembly, language, title, hours, zone
):
    translated = translate_page(mexico_assembly, language, title=title, slug=f"mexico-{language}")

    browser_page.goto(translated.url)

    when = browser_page.locator(".assembly-facts dd").first.inner_text()
    assert all(hour in when for hour in hours), when
    assert zone in when
