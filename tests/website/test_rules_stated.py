"""Search, stated by hand: a word found in every language's version of a page gives each
visitor only the version in the language they are reading; where the page has no version in
that language, its source, marked with its language."""

import pytest
from django.core.management import call_command

from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db

TITLES = {"en": "Zanzibar garden", "fr": "Jardin Zanzibar", "es": "Huerta Zanzibar"}


def _results(client, language):
    html = client.get(f"/{language}/search/", {"q": "Zanzibar"}).content.decode()
    listed = html.split('<ol class="search-results">')[1].split("</ol>")[0]
    return [title for title in TITLES.values() if title in listed]


@pytest.fixture
def garden(home_site):
    page = StandardPageFactory(parent=home_site.root_page, title=TITLES["en"], slug="garden")
    for language in ("fr", "es"):
        translate_page(page, language, title=TITLES[language])
    call_command("update_index", verbosity=0)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_search_shows_only_the_version_in_the_language_being_read(client, garden, language):
    assert _results(client, language) == [TITLES[language]]


def test_search_in_a_language_without_the_page_finds_the_source_marked_as_such(client, garden):
    html = client.get("/pt/search/", {"q": "Zanzibar"}).content.decode()

    assert _results(client, "pt") == [TITLES["en"]]
    assert 'lang="en" dir="ltr"' in html
