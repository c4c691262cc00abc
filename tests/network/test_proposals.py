"""Stories about proposals: members post them before the deadline, editors moderate them in
the Wagtail admin, members support approved ones once."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from network.models import Proposal, ProposalSupport
from tests.factories import AssemblyPageFactory, ProposalFactory, UserFactory, translate_page

pytestmark = pytest.mark.django_db


def test_a_guest_cannot_propose_and_is_sent_to_sign_in(client, sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")

    response = client.post(f"{assembly.url}propose/", {"title": "Mine", "text": "Please"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Proposal.objects.exists()


def test_a_member_proposes_and_it_waits_for_moderation(client, sections, member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    client.force_login(member)

    response = client.post(
        f"{assembly.url}propose/",
        {"title": "Shared kitchens", "text": "Cook together."},
        follow=True,
    )

    proposal = Proposal.objects.get()
    assert proposal.status == Proposal.Status.PENDING
    assert proposal.author == member
    assert "once an editor has read it" in response.content.decode()
    assert "Shared kitchens" not in client.get(assembly.url).content.decode()


def test_a_proposal_after_the_deadline_is_refused_and_keeps_what_was_typed(
    client, sections, member
):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="Dakar assembly",
        proposal_deadline=timezone.now() - datetime.timedelta(hours=1),
    )
    client.force_login(member)

    response = client.post(
        f"{assembly.url}propose/", {"title": "Late idea", "text": "Sorry I am late."}
    )

    html = response.content.decode()
    assert "closed on" in html
    assert 'value="Late idea"' in html
    assert "Sorry I am late." in html
    assert not Proposal.objects.exists()


def test_approved_proposals_show_and_members_support_them_once(
    client, sections, member, other_member
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    proposal = ProposalFactory(
        assembly=assembly,
        author=other_member,
        title="Shared kitchens",
        status=Proposal.Status.APPROVED,
    )
    ProposalFactory(assembly=assembly, author=other_member, title="Hidden idea")
    client.force_login(member)

    html = client.get(assembly.url).content.decode()
    assert "Shared kitchens" in html and "Hidden idea" not in html

    client.post(f"{assembly.url}proposals/{proposal.pk}/support/")
    response = client.post(f"{assembly.url}proposals/{proposal.pk}/support/", follow=True)

    assert ProposalSupport.objects.filter(proposal=proposal).count() == 1
    assert "You already support this proposal." in response.content.decode()
    assert "1 supporter" in response.content.decode()


def test_a_guest_cannot_support(client, sections, other_member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    proposal = ProposalFactory(
        assembly=assembly, author=other_member, status=Proposal.Status.APPROVED
    )

    response = client.post(f"{assembly.url}proposals/{proposal.pk}/support/")

    assert response.status_code == 302
    assert not ProposalSupport.objects.exists()


def test_a_member_cannot_moderate(client, sections, member, other_member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    proposal = ProposalFactory(assembly=assembly, author=other_member)
    client.force_login(member)

    response = client.post(
        f"/admin/network_proposals/edit/{proposal.pk}/",
        {"status": "approved", "title": proposal.title, "text": proposal.text},
    )

    assert response.status_code in (302, 403)
    assert "/admin/" in response.get("Location", "/admin/")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.PENDING


@pytest.fixture
def moderator(db):
    person = UserFactory(email="mod@example.org", is_staff=True, totp=True)
    group, _ = Group.objects.get_or_create(name="Moderators")
    from django.contrib.auth.models import Permission

    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="network", codename__endswith="proposal"
        ),
    )
    person.groups.add(group)
    return person


def test_an_editor_rejects_only_with_a_reason(client, sections, moderator, other_member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    proposal = ProposalFactory(assembly=assembly, author=other_member, title="Off topic")
    client.force_login(moderator)
    url = f"/admin/network_proposals/edit/{proposal.pk}/"

    response = client.post(
        url, {"status": "rejected", "rejection_reason": "", "title": "Off topic", "text": "x"}
    )
    assert "Give the author a reason" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.PENDING

    client.post(
        url,
        {
            "status": "rejected",
            "rejection_reason": "Not for this assembly.",
            "title": "Off topic",
            "text": "x",
        },
    )
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.REJECTED
    assert proposal.moderated_by == moderator


def test_an_editor_approves_and_the_proposal_appears(client, sections, moderator, other_member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    proposal = ProposalFactory(assembly=assembly, author=other_member, title="Shared kitchens")
    client.force_login(moderator)

    client.post(
        f"/admin/network_proposals/edit/{proposal.pk}/",
        {"status": "approved", "rejection_reason": "", "title": "Shared kitchens", "text": "x"},
    )

    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED
    assert proposal.moderated_at is not None
    client.logout()
    assert "Shared kitchens" in client.get(assembly.url).content.decode()


def test_the_admin_homepage_lists_upcoming_assemblies_and_proposals_awaiting(
    client, sections, moderator, other_member
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    ProposalFactory(assembly=assembly, author=other_member, title="Shared kitchens")
    client.force_login(moderator)

    html = client.get("/admin/").content.decode()

    assert "Dakar assembly" in html
    assert "1 proposal awaiting moderation" in html
    assert "Shared kitchens" in html


def _moderate(client, proposal, status, reason=""):
    client.post(
        f"/admin/network_proposals/edit/{proposal.pk}/",
        {"status": status, "rejection_reason": reason, "title": proposal.title, "text": "x"},
    )


def test_the_author_hears_in_their_language_why_a_proposal_was_rejected(
    client, sections, moderator, other_member, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    proposal = ProposalFactory(assembly=assembly, author=other_member, title="Off topic")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        _moderate(client, proposal, "rejected", "Ya lo decidimos en Lisboa.")

    [message] = mail.outbox
    assert message.to == [other_member.email]
    assert message.subject == "Tu propuesta no se ha publicado: Off topic"
    assert "«Off topic»" in message.body and "Dakar assembly" in message.body
    assert "Ya lo decidimos en Lisboa." in message.body
    assert f"http://testserver{assembly.url}" in message.body


def test_the_author_hears_in_their_language_that_a_proposal_is_published(
    client, sections, moderator, member, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    translate_page(assembly, "fr", title="Assemblée de Dakar")
    proposal = ProposalFactory(assembly=assembly, author=member, title="Shared kitchens")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        _moderate(client, proposal, "approved")
        # Saving it again without changing the decision writes nothing more.
        _moderate(client, proposal, "approved")

    [message] = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "Votre proposition est publiée : Shared kitchens"
    assert "Assemblée de Dakar" in message.body
    assert f"http://testserver/fr/assemblies/dakar-assembly/#proposal-{proposal.pk}" in message.body
