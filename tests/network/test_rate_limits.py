"""Rate limits on guest registration (it emails the address given) and on proposals: one
visitor sending many gets the limit's worth through, then a 429 page in their language."""

import pytest
from django.core import mail

from network.models import Proposal, Registration
from tests.factories import AssemblyPageFactory, translate_page

pytestmark = pytest.mark.django_db

# website/settings/base.py: ten guest registrations an hour from one address of origin,
# three an hour for one email address; five proposals an hour from one member.
REGISTRATIONS_PER_VISITOR = 10
REGISTRATIONS_PER_EMAIL = 3
PROPOSALS_PER_MEMBER = 5


def register(client, assembly, email):
    return client.post(f"{assembly.url}register/", {"name": "Rosa", "email": email})


def test_twelve_guest_registrations_from_one_visitor_send_ten_emails_then_429(
    client, sections, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")

    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            register(client, assembly, f"guest{n}@example.org").status_code for n in range(12)
        ]

    assert len(mail.outbox) == Registration.objects.count() == REGISTRATIONS_PER_VISITOR
    assert answers == [302] * 10 + [429] * 2


def test_one_address_gets_few_emails_however_many_visitors_register_it(
    client, sections, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")

    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            client.post(
                f"{assembly.url}register/",
                {"name": "Rosa", "email": "rosa@example.org"},
                REMOTE_ADDR=f"198.51.100.{n}",
            ).status_code
            for n in range(12)
        ]

    assert len(mail.outbox) == REGISTRATIONS_PER_EMAIL
    assert answers == [302] * 3 + [429] * 9


def test_the_registration_429_page_is_in_the_visitors_language(client, sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    french = translate_page(assembly, "fr", title="Assemblée de Lisbonne")
    for n in range(REGISTRATIONS_PER_VISITOR):
        register(client, french, f"guest{n}@example.org")

    response = register(client, french, "late@example.org")

    assert response.status_code == 429
    assert "<title>Trop de requêtes" in response.content.decode()


def test_twelve_proposals_from_one_member_make_five_then_429(client, sections, member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    client.force_login(member)

    answers = [
        client.post(
            f"{assembly.url}propose/", {"title": f"Idea {n}", "text": "Let us cook."}
        ).status_code
        for n in range(12)
    ]

    assert Proposal.objects.count() == PROPOSALS_PER_MEMBER
    assert answers == [302] * 5 + [429] * 7
    assert (
        "Too many requests"
        in client.post(
            f"{assembly.url}propose/", {"title": "More", "text": "Again."}
        ).content.decode()
    )
