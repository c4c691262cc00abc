"""The grants stories read their messages in English (`grant_round` and `people` are in
tests/conftest.py, shared with the browser tests)."""

import pytest
from django.utils import translation
from wagtail.models import Locale

ARABIC_QUESTION = "كم عدد المشاركين؟"


@pytest.fixture(autouse=True)
def _english_by_default():
    """Domain messages are asserted in English; a request in another test may have left
    another language active in this thread."""
    with translation.override("en"):
        yield


@pytest.fixture
def arabic_round(grant_round):
    """The round translated into Arabic, its first question in Arabic."""
    translated = grant_round.copy_for_translation(
        Locale.objects.get(language_code="ar"), copy_parents=True
    ).specific
    translated.title = "جولة الربيع"
    question = translated.questions[0].value
    question["label"] = ARABIC_QUESTION
    translated.save_revision().publish()
    return translated
