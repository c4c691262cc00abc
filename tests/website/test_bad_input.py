"""Search terms that look like full-text search syntax are searched for as plain words."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query", ['"', "\x00", 'kitchen "', "NEAR(a b)", "a AND (", "*", "-solidarity", "a:b ^c"]
)
def test_search_syntax_in_the_terms_answers_the_results_page(client, home_site, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert re.search(r"\d+ results? for “", response.content.decode())


def test_search_finds_words_typed_between_quotes(client, home_site):
    html = client.get("/en/search/", {"q": '"equals"'}).content.decode()

    results = html.split('class="search-results"')[1].split("</ol>")[0]
    assert "Who we are" in results
