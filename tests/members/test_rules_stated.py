"""A hub's rules for its people, written out by hand: an invitation gives the role it names
but never takes one away, and only stepping down or leaving can cost a hub its last
coordinator."""

from datetime import timedelta

import pytest
from django.utils import timezone

from members import roles
from members.models import HubMembership
from tests.factories import InvitationFactory, UserFactory


def _accept(cast, membership, invited_role):
    invitation = InvitationFactory(hub=cast.hub, email=membership.user.email, role=invited_role)
    roles.accept_invitation(invitation.token, membership.user)
    membership.refresh_from_db()
    return membership.role


def test_a_member_accepting_an_invitation_as_coordinator_becomes_coordinator(cast):
    assert _accept(cast, cast.membership, "coordinator") == "coordinator"


def test_a_coordinator_accepting_an_invitation_as_member_stays_coordinator(cast):
    assert _accept(cast, cast.coordinator_membership, "member") == "coordinator"


def test_making_the_only_coordinator_coordinator_again_changes_nothing(cast):
    roles.change_role(cast.coordinator_membership, "coordinator", cast.coordinator)

    cast.coordinator_membership.refresh_from_db()
    assert cast.coordinator_membership.role == "coordinator"
    assert cast.hub.memberships.filter(role=HubMembership.Role.COORDINATOR).count() == 1


def test_an_expired_invitation_is_refused_even_to_the_address_it_was_sent_to(cast):
    invitation = InvitationFactory(
        hub=cast.hub, email="late@example.org", expires_at=timezone.now() - timedelta(minutes=1)
    )
    latecomer = UserFactory(email="late@example.org")

    with pytest.raises(roles.RoleError, match="already been used or has expired"):
        roles.accept_invitation(invitation.token, latecomer)

    assert not cast.hub.memberships.filter(user=latecomer).exists()
