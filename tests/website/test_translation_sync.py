"""Translations editors can sync: the demo's translated pages are wagtail-localize translations
(made from a TranslationSource, their text recorded as string translations), so "Sync
translated pages" brings an English change to the French translation editor; and "Translate
this page" makes a draft, never English text published under /fr/. (That every translated page
of the demo syncs so is in test_demo_journeys.py.)"""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core.demo import publish_in_all_languages
from home.models import HomePage, StandardPage
from tests.factories import UserFactory
from tests.translation_editor import editor_segments

pytestmark = pytest.mark.django_db


def _body(heading, paragraph):
    return [
        {"type": "heading", "value": {"text": heading, "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{paragraph}</p>"},
    ]


STORY = {
    "en": {
        "title": "Our story",
        "introduction": "How the network began.",
        "body": _body("A pilot in 2019", "Twelve people met every fortnight."),
    },
    "fr": {
        "title": "Notre histoire",
        "introduction": "Comment le réseau a commencé.",
        "body": _body("Un pilote en 2019", "Douze personnes se réunissaient chaque quinzaine."),
    },
}


@pytest.fixture
def story(home_site):
    home = HomePage.objects.get(locale__language_code="en")
    return publish_in_all_languages(home, StandardPage, "our-story", STORY)


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(email="editor@example.org", groups=["Editors"]))
    return client


def test_a_demo_translation_is_a_wagtail_localize_translation_with_its_own_text(client, story):
    french = story["fr"]
    source = TranslationSource.objects.get_for_instance(story["en"])

    assert Translation.objects.filter(source=source, target_locale=french.locale).exists()
    assert set(
        StringTranslation.objects.filter(locale=french.locale).values_list("data", flat=True)
    ) >= {
        "Notre histoire",
        "Un pilote en 2019",
        "Douze personnes se réunissaient chaque quinzaine.",
    }
    html = client.get("/fr/our-story/").content.decode()
    assert "<h1>Notre histoire</h1>" in html and "Un pilote en 2019" in html
    assert "A pilot in 2019" not in html


def test_loading_the_story_again_adds_no_second_source_or_translation(story, home_site):
    home = HomePage.objects.get(locale__language_code="en")
    publish_in_all_languages(home, StandardPage, "our-story", STORY)

    assert TranslationSource.objects.filter(object_id=story["en"].translation_key).count() == 1
    assert Translation.objects.filter(source__object_id=story["en"].translation_key).count() == 1
    assert StandardPage.objects.filter(translation_key=story["en"].translation_key).count() == 2


def test_an_english_change_synced_shows_in_the_french_translation_editor(editor_client, story):
    english = StandardPage.objects.get(pk=story["en"].pk)
    english.introduction = "How the network began, and who began it."
    english.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(english)

    # "Sync translated pages" in the admin: the source takes the English page's new text.
    response = editor_client.post(f"/admin/localize/update/{source.pk}/", {})
    assert response.status_code == 302
    html = editor_client.get(f"/admin/pages/{story['fr'].pk}/edit/").content.decode()

    segments = editor_segments(html)
    assert segments["How the network began, and who began it."] is None
    assert "How the network began." not in segments
    assert segments["A pilot in 2019"] == "Un pilote en 2019"


def test_translate_this_page_makes_a_draft_not_english_text_under_fr(
    editor_client, home_site, django_capture_on_commit_callbacks
):
    english = HomePage.objects.get(locale__language_code="en")
    page = StandardPage(title="Fresh news", slug="fresh", introduction="Only in English.")
    english.add_child(instance=page)
    page.save_revision().publish()
    french = Locale.objects.get(language_code="fr")

    # Publishing, when it happens, waits for the commit.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/localize/submit/page/{page.pk}/", {"locales": [french.pk]}
        )

    assert response.status_code == 302
    translation = page.get_translation(french)
    assert not translation.live
    assert editor_client.get("/fr/fresh/").status_code == 404
