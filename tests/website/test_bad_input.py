"""Search terms that look like full-text search syntax are searched for as plain words, on the
site and in the admin's choosers alike."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from network.models import Resource
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query", ['"', 'kitchen "', "NEAR(a b)", "a AND (", "*", "-solidarity", "a:b ^c"]
)
def test_search_syntax_in_the_terms_answers_the_results_page(client, home_site, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert re.search(r"\d+ results? for “", response.content.decode())


def test_search_finds_words_typed_between_quotes(client, home_site):
    html = client.get("/en/search/", {"q": '"equals"'}).content.decode()

    results = html.split('class="search-results"')[1].split("</ol>")[0]
    assert "Who we are" in results


def test_search_syntax_in_an_admin_chooser_answers_the_results(client, home_site):
    document = get_document_model()(title="Toolkit")
    document.file.save("toolkit.pdf", ContentFile(b"%PDF-1.4 test file"), save=False)
    document.save()
    Resource.objects.create(
        title="Tenant toolkit", summary="How to start.", document=document, published="2026-01-01"
    )
    client.force_login(UserFactory(staff=True))

    response = client.get("/admin/snippets/choose/network/resource/", {"q": '"'})

    assert response.status_code == 200
    assert "Sorry, no snippets match" in " ".join(response.json()["html"].split())
