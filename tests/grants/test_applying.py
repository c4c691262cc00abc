"""Applying: drafts keep everything typed, answers stay tied to their question, submitting
after the close is refused in the round's timezone, attachments are checked by content."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from grants.models import Application
from tests.factories import HubFactory, make_application, member_of

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def form_data(application, **overrides):
    question_ids = [block_id for block_id, _q in application.round.question_list()]
    data = {
        "title": "Seed library",
        "summary": "Seeds for everyone.",
        "description": "We collect and share seeds.",
        "hub_context": "A gardening hub.",
        "timeline": "Spring to autumn.",
        "language": "pt",
        "declaration_truthful": "on",
        "declaration_consent": "on",
        f"q_{question_ids[0]}": "30",
        f"q_{question_ids[1]}": "1",
        "lines-TOTAL_FORMS": "3",
        "lines-INITIAL_FORMS": "0",
        "lines-MIN_NUM_FORMS": "0",
        "lines-MAX_NUM_FORMS": "1000",
        "lines-0-item": "Seeds",
        "lines-0-amount": "700.00",
        "lines-1-item": "Jars",
        "lines-1-amount": "150.50",
    }
    data.update(overrides)
    return data


@pytest.fixture
def applicant_with_hub(grant_round):
    hub = HubFactory()
    return hub, member_of(hub)


def test_a_member_of_an_approved_hub_starts_saves_and_submits(
    client, grant_round, applicant_with_hub, django_capture_on_commit_callbacks
):
    hub, applicant = applicant_with_hub
    client.force_login(applicant)
    response = client.post(
        reverse("grants:start_application", args=[grant_round.pk]), {"hub": hub.pk}
    )
    application = Application.objects.get(hub=hub)
    assert response.url == reverse("grants:application_edit", args=[application.pk])

    client.post(response.url, form_data(application, save="1"))
    application.refresh_from_db()
    assert (application.status, application.total_requested) == (
        "draft",
        application.total_requested,
    )
    assert str(application.total_requested) == "850.50"

    data = form_data(application, submit="1")
    data.update({"lines-INITIAL_FORMS": "0", "lines-TOTAL_FORMS": "0"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("grants:application_edit", args=[application.pk]), data, follow=True
        )
    application.refresh_from_db()
    assert application.status == "submitted"
    assert application.reference == f"SG-{timezone.now():%Y}-{application.pk:04d}"
    assert application.reference in response.content.decode()
    assert [m.to for m in mail.outbox] == [[applicant.email]]
    assert application.reference in mail.outbox[0].subject


def test_a_validation_error_keeps_everything_typed(client, grant_round, applicant_with_hub):
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    client.force_login(applicant)
    data = form_data(application, save="1", **{"lines-0-amount": "not money"})
    response = client.post(reverse("grants:application_edit", args=[application.pk]), data)
    text = response.content.decode()
    assert response.status_code == 200
    assert "We collect and share seeds." in text
    assert "not money" in text
    assert "Nothing you typed is lost" in text


def test_submitting_after_the_close_is_refused_with_the_rounds_time(
    client, grant_round, applicant_with_hub
):
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    grant_round.closes_at = timezone.now() - timedelta(minutes=1)
    grant_round.save()
    client.force_login(applicant)
    response = client.post(
        reverse("grants:application_edit", args=[application.pk]),
        form_data(application, submit="1", **{"lines-TOTAL_FORMS": "0"}),
        follow=True,
    )
    application.refresh_from_db()
    assert application.status == "draft"
    assert "This round closed on" in response.content.decode()
    assert "Europe/Lisbon" in response.content.decode()


def test_only_members_of_approved_hubs_may_apply(client, grant_round):
    pending = HubFactory(status="pending")
    client.force_login(member_of(pending))
    response = client.post(
        reverse("grants:start_application", args=[grant_round.pk]), {"hub": pending.pk}
    )
    assert response.status_code == 302
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    "name,content,accepted",
    [
        ("plan.pdf", PDF, True),
        ("photo.png", None, True),
        ("sneaky.pdf", b"MZ\x90\x00 not really a pdf", False),
        ("script.docx", b"#!/bin/sh\necho hi\n", False),
    ],
)
def test_attachments_are_checked_by_content(
    client, grant_round, applicant_with_hub, name, content, accepted
):
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    client.force_login(applicant)
    upload = SimpleUploadedFile(name, content if content is not None else png_bytes())
    data = form_data(application, save="1", new_attachment=upload)
    response = client.post(reverse("grants:application_edit", args=[application.pk]), data)
    assert application.attachments.exists() == accepted
    if not accepted:
        assert "is not an accepted kind of file" in response.content.decode()


def test_an_attachment_is_stored_and_served_by_its_content_not_its_name(
    client, grant_round, applicant_with_hub
):
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    client.force_login(applicant)
    upload = SimpleUploadedFile("invoice.html", PDF, content_type="text/html")
    data = form_data(application, save="1", new_attachment=upload)
    client.post(reverse("grants:application_edit", args=[application.pk]), data)

    attachment = application.attachments.get()
    assert attachment.file.name.endswith(".pdf")
    assert "invoice" not in attachment.file.name and "html" not in attachment.file.name
    assert attachment.original_name == "invoice.html"
    response = client.get(reverse("grants:attachment", args=[attachment.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="invoice.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_attachments_over_the_size_limit_are_refused(
    client, grant_round, applicant_with_hub, monkeypatch
):
    from grants import applying

    monkeypatch.setattr(applying, "MAX_ATTACHMENT_BYTES", len(PDF) - 1)
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    client.force_login(applicant)
    data = form_data(application, save="1", new_attachment=SimpleUploadedFile("plan.pdf", PDF))
    response = client.post(reverse("grants:application_edit", args=[application.pk]), data)
    assert "is too large" in response.content.decode()
    assert not application.attachments.exists()


def test_rewording_a_question_keeps_the_answer_with_it(client, grant_round, applicant_with_hub):
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    first_id = grant_round.question_list()[0][0]
    application.answers = {first_id: "25"}
    application.save()
    questions = list(grant_round.questions.raw_data)
    questions[0]["value"]["label"] = "How many neighbours will join?"
    questions.reverse()
    grant_round.questions = questions
    grant_round.save_revision().publish()
    client.force_login(applicant)
    text = client.get(reverse("grants:application_detail", args=[application.pk])).content.decode()
    label_at = text.index("How many neighbours will join?")
    assert text.index("25", label_at) - label_at < 200


def test_withdraw_until_a_decision(client, grant_round, applicant_with_hub):
    hub, applicant = applicant_with_hub
    application = make_application(grant_round, hub=hub, applicant=applicant)
    application.status = "in_review"
    application.save()
    client.force_login(applicant)
    client.post(reverse("grants:application_transition", args=[application.pk, "withdraw"]))
    application.refresh_from_db()
    assert application.status == "withdrawn"
    assert application.audit.get().to_status == "withdrawn"
