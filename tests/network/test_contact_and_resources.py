"""Stories about the contact page (stored, emailed, spam-proof) and the resource library."""

import csv
import io

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from network.models import ContactFormField, ContactPage, Resource
from network.models.contact import RATE_LIMIT
from tests.factories import (
    TopicFactory,
    UserFactory,
    add_contact_page,
    add_resource_library,
    pdf_document,
    translate_page,
)
from tests.outline import heading_levels, heading_skips

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact_page(home_site):
    return add_contact_page()


def _message(**extra):
    return {
        "your_name": "Rosa",
        "your_email": "rosa@example.org",
        "message": "Hello network",
        **extra,
    }


def test_a_message_is_stored_and_emailed_to_the_network(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/contact/", _message())

    assert response.status_code == 200
    [submission] = FormSubmission.objects.all()
    assert submission.get_data()["message"] == "Hello network"
    assert "website_url" not in submission.form_data
    [email] = mail.outbox
    assert email.to == ["team@example.org"]
    assert email.reply_to == ["rosa@example.org"]
    assert "Hello network" in email.body
    assert f"/admin/forms/submissions/{contact_page.pk}/" in email.body


def test_the_submissions_export_writes_formula_like_messages_as_text(client, contact_page):
    client.post("/en/contact/", _message(your_name="@SUM(1+1)", message="=1+2"))
    client.force_login(UserFactory(email="editor@example.org", staff=True))

    response = client.get(f"/admin/forms/submissions/{contact_page.pk}/?export=csv")

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][1:4] == ["'@SUM(1+1)", "rosa@example.org", "'=1+2"]


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored(client, contact_page):
    response = client.post("/en/contact/", _message(website_url="http://spam.example"))

    assert response.status_code == 200
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_too_many_messages_from_one_address_are_refused_and_the_text_kept(client, contact_page):
    for _ in range(RATE_LIMIT):
        client.post("/en/contact/", _message())

    response = client.post("/en/contact/", _message(message="One more thing"))

    html = response.content.decode()
    assert "several messages in the last hour" in html
    assert "One more thing" in html
    assert FormSubmission.objects.count() == RATE_LIMIT


@pytest.fixture
def library(home_site):
    return add_resource_library(["es"])


def test_the_library_lists_each_resource_once_in_the_readers_language_or_the_original(
    client, library
):
    topic = TopicFactory(name="Housing", slug="housing")
    toolkit = Resource.objects.create(
        title="Tenant toolkit",
        summary="How to start.",
        document=pdf_document("toolkit"),
        published="2026-01-01",
    )
    toolkit.topics.set([topic])
    spanish = toolkit.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title, spanish.document = "Guía para inquilinas", pdf_document("guia")
    spanish.save()
    Resource.objects.create(
        title="Annual report",
        summary="Our year.",
        document=pdf_document("report"),
        published="2026-02-01",
    )

    html = client.get("/es/resources/").content.decode()

    assert "Guía para inquilinas" in html and "Tenant toolkit" not in html
    assert "Annual report" in html
    assert 'class="language-badge" lang="en"' in html
    assert "PDF" in html
    assert "<dd>18 B</dd>" in html
    assert "guia" in html

    html = client.get("/es/resources/?language=en").content.decode()
    assert "Tenant toolkit" in html and "Guía para inquilinas" not in html


def test_without_script_a_message_sent_without_a_token_is_offered_again_and_then_sent(
    contact_page, django_capture_on_commit_callbacks
):
    from bs4 import BeautifulSoup
    from django.test import Client

    visitor = Client(enforce_csrf_checks=True)
    assert 'name="csrfmiddlewaretoken" value=""' in visitor.get("/en/contact/").content.decode()

    refused = visitor.post("/en/contact/", _message(csrfmiddlewaretoken=""))

    assert refused.status_code == 403
    assert "private" in refused["Cache-Control"]
    form = BeautifulSoup(refused.content, "html.parser").select_one("main form")
    kept = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    assert kept["message"] == "Hello network" and kept["your_name"] == "Rosa"
    assert kept["csrfmiddlewaretoken"]
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(form["action"], kept)
    assert sent.status_code == 200
    assert FormSubmission.objects.get().get_data()["message"] == "Hello network"
    assert len(mail.outbox) == 1


def test_arabic_answers_are_stored_under_the_same_keys_as_english_ones(client, contact_page):
    arabic = translate_page(contact_page, "ar", title="اتصل بنا")
    for field in arabic.form_fields.all():
        # An editor retitles each field; the stored key is the field's, whatever its label.
        field.label = {"Your name": "اسمك", "Your email": "بريدك", "Message": "رسالتك"}[field.label]
        field.clean_name = ""
        field.save()
    page = ContactPage.objects.get(pk=arabic.pk)
    client.post(page.url, _message())
    stored = FormSubmission.objects.get(page=page).get_data()
    assert stored["your_name"] == "Rosa" and stored["message"] == "Hello network"


def test_the_field_key_is_not_a_segment_translators_can_change(contact_page):
    from wagtail_localize.models import StringSegment, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(contact_page)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert "Your name" in texts and "your_name" not in texts


def test_the_repair_gives_translated_fields_their_source_fields_keys(contact_page):
    from network.models.contact import share_source_field_keys

    page = translate_page(contact_page, "ar", title="اتصل بنا")
    # What the demo stored before: keys made from the Arabic labels.
    arabic = page.form_fields.get(clean_name="your_name")
    ContactFormField.objects.filter(pk=arabic.pk).update(clean_name="u0627u0633u0645u0643")
    submission = FormSubmission.objects.create(
        page=page, form_data={"u0627u0633u0645u0643": "Rosa", "message": "Hi"}
    )

    share_source_field_keys(ContactFormField, FormSubmission)

    arabic.refresh_from_db()
    submission.refresh_from_db()
    assert arabic.clean_name == "your_name"
    assert submission.form_data == {"your_name": "Rosa", "message": "Hi"}


def test_the_library_headings_go_down_one_level_at_a_time(client, library):
    Resource.objects.create(
        title="Annual report",
        summary="Our year.",
        document=pdf_document("report"),
        published="2026-02-01",
    )
    html = client.get("/en/resources/").content.decode()
    assert heading_levels(html)[:2] == [1, 2]
    assert heading_skips(html) == []
