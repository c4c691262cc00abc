"""Rate limits on what sends email on a visitor's behalf: the facilitator contact form and
password resets. Past the limit the visitor gets a 429 page in their language."""

from django.core import mail
from django.urls import reverse
from django.utils import translation

from tests.factories import FacilitatorProfileFactory, UserFactory

# website/settings/base.py: five messages an hour from one address of origin.
CONTACTS_PER_VISITOR = 5


def write(client, profile, language="en", number=1):
    with translation.override(language):
        url = reverse("members:facilitator_contact", args=[profile.pk])
    return client.post(
        url, {"name": "Jo", "email": "jo@example.org", "message": f"Message {number}"}
    )


def test_twelve_contact_messages_from_one_visitor_send_five_then_429(
    client, locales, django_capture_on_commit_callbacks
):
    profile = FacilitatorProfileFactory()

    with django_capture_on_commit_callbacks(execute=True):
        answers = [write(client, profile, number=n).status_code for n in range(12)]

    assert len(mail.outbox) == CONTACTS_PER_VISITOR
    assert answers == [302] * CONTACTS_PER_VISITOR + [429] * (12 - CONTACTS_PER_VISITOR)


def test_the_limit_counts_per_visitor_not_per_facilitator(
    client, locales, django_capture_on_commit_callbacks
):
    profiles = [FacilitatorProfileFactory() for _ in range(3)]

    with django_capture_on_commit_callbacks(execute=True):
        answers = [write(client, profiles[n % 3], number=n).status_code for n in range(6)]

    assert answers[-1] == 429
    assert len(mail.outbox) == CONTACTS_PER_VISITOR


def test_one_facilitator_is_protected_from_many_visitors(
    client, locales, django_capture_on_commit_callbacks
):
    profile = FacilitatorProfileFactory()

    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            client.post(
                reverse("members:facilitator_contact", args=[profile.pk]),
                {"name": "Jo", "email": "jo@example.org", "message": "Hello"},
                REMOTE_ADDR=f"198.51.100.{n}",
            ).status_code
            for n in range(25)
        ]

    assert answers.count(302) == len(mail.outbox) == 20
    assert answers[-1] == 429


def test_the_429_page_speaks_the_visitors_language_in_the_site_layout(client, locales):
    profile = FacilitatorProfileFactory()
    for n in range(CONTACTS_PER_VISITOR):
        write(client, profile, "es", n)

    response = write(client, profile, "es")

    html = response.content.decode()
    assert response.status_code == 429
    assert '<html lang="es"' in html
    assert "<title>Demasiadas solicitudes" in html
    assert "Espera un poco y vuelve a intentarlo." in html
    assert 'class="site-header' in html


def test_a_password_reset_for_an_unknown_address_sends_nothing(client, locales, settings):
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert mail.outbox == []
    assert settings.ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS is False


def test_password_resets_keep_allauths_limit_per_address(
    client, locales, django_capture_on_commit_callbacks
):
    person = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            client.post("/en/accounts/password/reset/", {"email": person.email}).status_code
            for _ in range(7)
        ]

    assert len(mail.outbox) == 5
    assert answers == [302] * 5 + [429] * 2
