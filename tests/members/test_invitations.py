"""An invitation belongs to the address it was sent to: only an account holding that address,
confirmed, can accept it. Coordinators see the invitations still open, can revoke them, and
cannot send a second one to the same address."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from members import roles
from members.models import Invitation
from tests.factories import InvitationFactory, UserFactory

WRONG_ACCOUNT = "This invitation was sent to another email address"


def people_page(client, hub):
    return client.get(reverse("members:hub_people", args=[hub.slug])).content.decode()


def test_another_account_holding_the_link_is_refused(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, email="joana@example.org", role="coordinator")
    client = signed_in(UserFactory(email="someone.else@example.org"))

    page = client.get(invitation.get_absolute_url()).content.decode()
    response = client.post(invitation.get_absolute_url(), follow=True)

    assert WRONG_ACCOUNT in page
    assert "Accept the invitation" not in page
    assert WRONG_ACCOUNT in response.content.decode()
    assert not cast.hub.memberships.filter(user__email="someone.else@example.org").exists()
    assert Invitation.objects.pending().filter(pk=invitation.pk).exists()


def test_the_invited_address_must_be_confirmed_on_the_account(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, email="joana@example.org")
    person = UserFactory(email="joana.work@example.org")
    EmailAddress.objects.create(user=person, email="joana@example.org", verified=False)

    response = signed_in(person).post(invitation.get_absolute_url(), follow=True)

    assert WRONG_ACCOUNT in response.content.decode()
    assert not cast.hub.memberships.filter(user=person).exists()


def test_a_confirmed_second_address_of_the_account_may_accept(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, email="Joana@Example.org")
    person = UserFactory(email="joana.work@example.org")
    EmailAddress.objects.create(user=person, email="joana@example.org", verified=True)

    response = signed_in(person).post(invitation.get_absolute_url(), follow=True)

    assert f"Welcome to {cast.hub.name}" in response.content.decode()
    assert cast.hub.memberships.filter(user=person).exists()


def test_the_refusal_is_translated(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, email="joana@example.org")
    client = signed_in(UserFactory())

    page = client.get(f"/fr{invitation.get_absolute_url()[3:]}").content.decode()

    assert "Cette invitation a été envoyée à une autre adresse" in page


def test_an_accepted_invitation_leaves_the_pending_list(signed_in, client, cast):
    invitation = InvitationFactory(hub=cast.hub, email="joana@example.org")
    signed_in(UserFactory(email="joana@example.org")).post(invitation.get_absolute_url())

    client.logout()
    page = people_page(signed_in(cast.coordinator), cast.hub)

    assert "Invitations not yet accepted" not in page
    assert "joana@example.org" not in page.split("Invite someone")[1]


def test_a_coordinator_revokes_an_invitation(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, email="joana@example.org")
    client = signed_in(cast.coordinator)
    assert "joana@example.org" in people_page(client, cast.hub)

    response = client.post(
        reverse("members:hub_invitation_revoke", args=[cast.hub.slug, invitation.pk]),
        follow=True,
    )

    page = response.content.decode()
    assert "The invitation to joana@example.org has been revoked." in page
    assert "Invitations not yet accepted" not in page
    person = UserFactory(email="joana@example.org")
    refused = signed_in(person).post(invitation.get_absolute_url(), follow=True)
    assert refused.status_code == 404
    assert not cast.hub.memberships.filter(user=person).exists()


def test_revoking_is_a_post_by_a_coordinator_of_that_hub(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub)
    address = reverse("members:hub_invitation_revoke", args=[cast.hub.slug, invitation.pk])
    other_hubs_address = reverse(
        "members:hub_invitation_revoke", args=[cast.other_hub.slug, invitation.pk]
    )

    assert signed_in(cast.coordinator).get(address).status_code == 405
    assert signed_in(cast.member).post(address).status_code == 404
    assert signed_in(cast.other_coordinator).post(address).status_code == 404
    assert signed_in(cast.other_coordinator).post(other_hubs_address).status_code == 404
    assert Invitation.objects.pending().filter(pk=invitation.pk).exists()


def test_a_second_pending_invitation_for_the_same_address_is_refused(signed_in, cast):
    InvitationFactory(hub=cast.hub, email="joana@example.org")
    InvitationFactory(hub=cast.other_hub, email="ines@example.org")
    client = signed_in(cast.coordinator)
    address = reverse("members:hub_people", args=[cast.hub.slug])

    refused = client.post(address, {"email": "Joana@Example.org", "role": "coordinator"})
    other_hubs_invitee = client.post(address, {"email": "ines@example.org", "role": "member"})

    page = refused.content.decode()
    assert refused.status_code == 200
    assert "An invitation to this address is already waiting to be accepted." in page
    assert 'value="Joana@Example.org"' in page
    assert other_hubs_invitee.status_code == 302
    assert cast.hub.invitations.filter(email="joana@example.org").count() == 1


def test_the_domain_rule_refuses_another_account_too(cast):
    invitation = InvitationFactory(hub=cast.hub, email="joana@example.org")

    with pytest.raises(roles.RoleError, match="sent to another email address"):
        roles.accept_invitation(invitation.token, UserFactory())
