"""Who may do what in a hub, and the changes coordinators make to its people: invitations,
roles, removals. A hub always keeps at least one coordinator."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from core.refusals import Refusal

from . import notifications
from .models import Hub, HubMembership, Invitation


class RoleError(Refusal):
    """A change to a hub's people that the rules do not allow; the message says why."""


LAST_COORDINATOR = _("A hub needs at least one coordinator. Make someone else coordinator first.")
WRONG_ADDRESS = _(
    "This invitation was sent to another email address. To accept it, sign in with the account "
    "that uses that address, or add that address to your account and confirm it."
)


def membership_of(user, hub):
    """The person's membership of the hub, or None."""
    if not user.is_authenticated:
        return None
    return HubMembership.objects.filter(hub=hub, user=user).first()


def can_manage(user, hub):
    """Coordinators of the hub manage its profile and people."""
    membership = membership_of(user, hub)
    return membership is not None and membership.is_coordinator


def _other_coordinators(membership):
    """Whether someone else coordinates the hub. Locks the hub row first so that two
    coordinators stepping down at the same moment cannot both succeed."""
    Hub.objects.select_for_update().filter(pk=membership.hub_id).exists()
    return (
        HubMembership.objects.filter(hub_id=membership.hub_id, role=HubMembership.Role.COORDINATOR)
        .exclude(pk=membership.pk)
        .exists()
    )


def invite(hub, email, role, invited_by):
    """Send a single-use invitation to join the hub, valid for 14 days."""
    invitation = Invitation.objects.create(
        hub=hub, email=email.lower(), role=role, invited_by=invited_by
    )
    log(hub, "members.hub.invite", user=invited_by, data={"email": invitation.email, "role": role})
    notifications.invitation(invitation)
    return invitation


@transaction.atomic
def accept_invitation(token, user):
    """Use the invitation for `user`: they join the hub (or take the invited role if they are
    in it already). Returns the membership; raises RoleError if the link is used or expired, or
    if the invited address is not confirmed on the person's account."""
    invitation = Invitation.objects.select_for_update().filter(token=token).first()
    if invitation is None or not invitation.is_usable:
        raise RoleError(_("This invitation has already been used or has expired."))
    if not invitation.is_addressed_to(user):
        raise RoleError(WRONG_ADDRESS)
    membership, created = HubMembership.objects.get_or_create(
        hub=invitation.hub, user=user, defaults={"role": invitation.role}
    )
    if not created and invitation.role == HubMembership.Role.COORDINATOR:
        membership.role = invitation.role
        membership.save(update_fields=["role"])
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    log(invitation.hub, "members.hub.join", user=user, data={"role": membership.role})
    return membership


def revoke_invitation(invitation, revoked_by):
    """Withdraw an invitation not yet accepted: its link stops working."""
    log(invitation.hub, "members.hub.revoke", user=revoked_by, data={"email": invitation.email})
    invitation.delete()


@transaction.atomic
def change_role(membership, role, changed_by):
    """Make a member coordinator or the other way round."""
    demoting = role == HubMembership.Role.MEMBER and membership.is_coordinator
    if demoting and not _other_coordinators(membership):
        raise RoleError(LAST_COORDINATOR)
    membership.role = role
    membership.save(update_fields=["role"])
    log(
        membership.hub,
        "members.hub.role",
        user=changed_by,
        data={"person": str(membership.user), "person_id": membership.user_id, "role": role},
    )


@transaction.atomic
def remove_member(membership, removed_by):
    """Take someone out of the hub (themselves when leaving)."""
    if membership.is_coordinator and not _other_coordinators(membership):
        raise RoleError(LAST_COORDINATOR)
    log(
        membership.hub,
        "members.hub.leave",
        user=removed_by,
        data={"person": str(membership.user), "person_id": membership.user_id},
    )
    membership.delete()
