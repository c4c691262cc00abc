"""Malformed input the crawler (test_crawler.py) found answered with a 500: each now answers a
page that says what is wrong, the form keeping what was typed."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.models import Topic
from home.models import FooterText
from network.models import Resource
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, home_site):
    client.force_login(UserFactory(staff=True))
    return client


@pytest.fixture
def document():
    document = get_document_model()(title="Toolkit")
    document.file.save("toolkit.pdf", ContentFile(b"%PDF-1.4 test file"), save=False)
    document.save()
    return document


@pytest.mark.parametrize(
    ("language", "refusal", "advice"),
    [
        ("en", "Null characters are not allowed.", "Please remove it and try again."),
        ("es", "Los caracteres nulos no están permitidos.", "Quítalo y vuelve a intentarlo."),
        ("ar", "الأحرف الخالية غير مسموح بها.", "يُرجى إزالته والمحاولة مجددًا."),
    ],
)
def test_a_null_character_in_the_address_answers_a_translated_bad_request(
    client, home_site, language, refusal, advice
):
    response = client.get(f"/{language}/search/", {"q": "kitchen\x00"})

    # In the words Django's form fields refuse a null character with.
    assert response.status_code == 400
    html = response.content.decode()
    assert refusal in html
    assert advice in html


def test_a_null_character_in_a_form_answers_a_bad_request_before_any_view(client, home_site):
    response = client.post("/en/accounts/login/", {"login": "a@example.org\x00", "password": "x"})

    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()


def test_a_null_character_in_an_admin_query_is_refused_before_it_reaches_the_database(editor):
    response = editor.get("/admin/snippets/network/resource/add/", {"locale": "\x00"})

    assert response.status_code == 400


@pytest.mark.parametrize("model", [Topic, FooterText, Resource])
def test_choosing_a_snippet_by_an_id_that_is_no_number_answers_not_found(editor, model):
    meta = model._meta
    url = f"/admin/snippets/choose/{meta.app_label}/{meta.model_name}/chosen/no-such-thing/"

    # The admin's "not found", reached through the language prefix as every admin 404 is.
    assert editor.get(url, follow=True).status_code == 404


def test_footer_text_that_is_not_the_editors_content_is_refused_in_the_form(editor):
    footers = FooterText.objects.count()

    response = editor.post("/admin/snippets/home/footertext/add/", {"body": "not the editor's"})

    assert response.status_code == 200
    assert "This text could not be read" in response.content.decode()
    assert "not the editor" in response.content.decode()
    assert FooterText.objects.count() == footers


def test_a_resource_whose_document_is_no_id_is_refused_keeping_what_was_typed(editor, document):
    response = editor.post(
        "/admin/snippets/network/resource/add/",
        {
            "title": "Tenant toolkit",
            "summary": "How to start.",
            "kind": "toolkit",
            "document": "abc",
            "published": "2026-01-01",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert 'value="Tenant toolkit"' in html
    assert not Resource.objects.exists()
