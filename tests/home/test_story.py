"""The network's own story, as its founding documents tell it: the phases with their figures,
what was found to enable solidarity across difference, and the phase reports to download."""

import pytest

from home.blocks import TimelineBlock
from tests.outline import heading_skips

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def story(demo_database, django_db_blocker, module_media):
    """The demo's story page and resource library, for every test of the module."""
    yield from demo_database.shared(django_db_blocker, module_media)


PHASE_FIGURES = {
    "en": [
        ("2019", "Pilot"),
        ("22", "participants"),
        ("5", "facilitators"),
        ("5", "continents"),
        ("2", "groups"),
        ("6", "months"),
        ("19", "designers"),
        ("Local hubs",),
    ],
    "ar": [
        ("2019", "تجريبية"),
        ("22", "مشاركًا"),
        ("5", "ميسّرين"),
        ("5", "قارات"),
        ("2", "مجموعتان"),
        ("6", "أشهر"),
        ("19", "مصمّمًا"),
        ("المجموعات المحلية",),
    ],
}
ELEMENTS = {
    "en": ["Safe spaces held over time", "Access to funding", "Access to expertise"],
    "ar": ["مساحات آمنة تُصان مع الوقت", "الوصول إلى التمويل", "الوصول إلى الخبرة"],
}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_story_page_tells_each_phase_with_its_figures(client, story, language):
    html = client.get(f"/{language}/our-story/").content.decode()
    assert html.count('class="timeline__phase"') == 4
    for words in PHASE_FIGURES[language]:
        assert all(word in html for word in words), words
    for element in ELEMENTS[language]:
        assert element in html
    assert heading_skips(html) == []


def test_the_phase_reports_link_to_the_documents_of_the_resource_library(client, story):
    html = client.get("/ar/our-story/").content.decode()
    assert html.count('class="timeline__report"') >= 2
    assert ".pdf" in html


def test_editors_build_a_timeline_of_phases_with_figures():
    block = TimelineBlock()
    value = block.to_python(
        {
            "heading": "Our phases",
            "phases": [
                {
                    "period": "2020",
                    "title": "Second phase",
                    "text": "Two groups met every fortnight.",
                    "figures": [{"number": 22, "label": "participants"}],
                    "report": None,
                }
            ],
        }
    )
    html = block.render(value)
    assert "<h2>Our phases</h2>" in html and "<h3>Second phase</h3>" in html
    assert "22" in html and "participants" in html
