"""Every email goes out through core.mail: in its recipient's language, once the change it
announces has committed, signed with the site's name."""

import copy

import pytest
from django.core import mail as outbox
from django.db import transaction
from django.utils import translation
from wagtail.models import Site

from core import mail
from members import notifications
from tests.factories import HubFactory, InvitationFactory, UserFactory

ARABIC_APPROVAL = "تمت الموافقة على مجموعتك «حديقة الحي»"


@pytest.fixture
def letter_templates(settings, tmp_path):
    """A `letters/email/note` email, with an HTML version only when `html` is given."""
    folder = tmp_path / "templates" / "letters" / "email"
    folder.mkdir(parents=True)
    (folder / "note_subject.txt").write_text("A note\nfor {{ recipient.display_name }}\n")
    (folder / "note.txt").write_text(
        "{% load mail %}The agenda: {{ path|absolute_url }}\n\n{{ site_name }}\n"
    )
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], tmp_path / "templates"]
    settings.TEMPLATES = templates

    def with_html(html):
        (folder / "note.html").write_text(html)

    return with_html


def test_a_person_is_written_to_in_their_preferred_language(db, django_capture_on_commit_callbacks):
    person = UserFactory(preferred_language="ar")
    hub = HubFactory(name="حديقة الحي", created_by=person)

    with django_capture_on_commit_callbacks(execute=True):
        mail.send("members/email/hub_approved", person, {"hub": hub})

    (email,) = outbox.outbox
    assert email.to == [person.email]
    assert email.subject == ARABIC_APPROVAL
    assert f"http://testserver/ar/hubs/{hub.slug}/" in email.body
    assert translation.get_language() == "en"


def test_a_guest_is_written_to_in_the_language_given(db, django_capture_on_commit_callbacks):
    invitation = InvitationFactory(hub=HubFactory(name="Les Jardins"), invited_by=UserFactory())

    with django_capture_on_commit_callbacks(execute=True):
        mail.send(
            "members/email/invitation", invitation.email, {"invitation": invitation}, language="fr"
        )

    (email,) = outbox.outbox
    assert email.to == [invitation.email]
    assert email.subject == "Vous êtes invité à rejoindre Les Jardins"
    assert f"http://testserver/fr/members/invitations/{invitation.token}/" in email.body


def test_the_email_leaves_only_once_the_transaction_commits(
    db, letter_templates, django_capture_on_commit_callbacks
):
    person = UserFactory(display_name="Rosa")

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        mail.send("letters/email/note", person, {"path": "/en/agenda/"})
        assert outbox.outbox == []

    (email,) = outbox.outbox
    assert email.subject == "A note for Rosa"
    assert "The agenda: http://testserver/en/agenda/" in email.body


def test_nothing_is_sent_when_the_transaction_rolls_back(
    db, letter_templates, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        mail.send("letters/email/note", UserFactory(), {"path": "/en/agenda/"})
        raise RuntimeError("the change is undone")

    assert outbox.outbox == []


def test_attachments_and_reply_to_go_with_the_email(
    db, letter_templates, django_capture_on_commit_callbacks
):
    calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

    with django_capture_on_commit_callbacks(execute=True):
        mail.send(
            "letters/email/note",
            UserFactory(),
            {"path": "/en/agenda/"},
            reply_to=["rosa@example.org"],
            attachments=[("assembly.ics", calendar, "text/calendar")],
        )

    (email,) = outbox.outbox
    assert email.alternatives == [], "plain text only: the email has no HTML template"
    assert email.reply_to == ["rosa@example.org"]
    assert [tuple(attachment) for attachment in email.attachments] == [
        ("assembly.ics", calendar, "text/calendar")
    ]


def test_an_html_version_goes_along_when_the_email_has_one(
    db, letter_templates, django_capture_on_commit_callbacks
):
    letter_templates("{% load mail %}<p><a href='{{ path|absolute_url }}'>The agenda</a></p>")

    with django_capture_on_commit_callbacks(execute=True):
        mail.send("letters/email/note", UserFactory(), {"path": "/en/agenda/"})

    (email,) = outbox.outbox
    assert [tuple(alternative) for alternative in email.alternatives] == [
        ("<p><a href='http://testserver/en/agenda/'>The agenda</a></p>", "text/html")
    ]
    assert "The agenda: http://testserver/en/agenda/" in email.body


def test_emails_are_signed_with_the_sites_name(db, django_capture_on_commit_callbacks):
    Site.objects.filter(is_default_site=True).update(site_name="Red Vecinal")
    person = UserFactory(preferred_language="en")
    hub = HubFactory(name="Les Jardins", created_by=person)

    with django_capture_on_commit_callbacks(execute=True):
        notifications.hub_approved(hub)

    (email,) = outbox.outbox
    assert email.body.rstrip().endswith("In solidarity,\nRed Vecinal")


def test_the_signature_follows_the_recipients_language(
    db, letter_templates, django_capture_on_commit_callbacks
):
    Site.objects.filter(is_default_site=True).update(site_name="Solidarity Network")

    with django_capture_on_commit_callbacks(execute=True):
        mail.send("letters/email/note", UserFactory(preferred_language="ar"), {"path": "/"})

    (email,) = outbox.outbox
    assert email.body.rstrip().endswith("شبكة التضامن")


def test_account_emails_are_signed_with_the_sites_name_not_the_host(
    client, db, django_capture_on_commit_callbacks
):
    Site.objects.filter(is_default_site=True).update(site_name="Red Vecinal")
    person = UserFactory(preferred_language="en")

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/password/reset/", {"email": person.email})

    (email,) = outbox.outbox
    assert email.body.startswith("Hello from Red Vecinal!")
    assert "Thank you for using Red Vecinal!" in email.body
    assert "Hello from testserver" not in email.body


def test_account_emails_wait_for_the_transaction_to_commit(
    client, db, django_capture_on_commit_callbacks
):
    person = UserFactory(preferred_language="en")

    with django_capture_on_commit_callbacks() as waiting:
        client.post("/en/accounts/password/reset/", {"email": person.email})

    assert outbox.outbox == [] and len(waiting) == 1
