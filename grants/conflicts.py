"""Conflicts of interest: the one rule of who may not review, decide on or pay an application.

It is checked at every step that judges or pays (assignment, review, decisions, tranches),
not only at assignment: people join hubs after they have been asked."""

from django.db.models import Q
from django.utils.translation import gettext as _

from core.refusals import Refusal
from members.models import HubMembership


class ConflictOfInterest(Refusal):
    """The person may not judge or pay this application: they applied or are in the hub."""


def conflict_of_interest(user, application):
    """Why `user` may not judge or pay `application` (a translated reason), or None.
    The applicant and every member of the applying hub, whatever their role, are conflicted."""
    if user.pk == application.applicant_id:
        return _("Conflict of interest: %(person)s applied for this grant.") % {"person": user}
    if HubMembership.objects.filter(hub_id=application.hub_id, user_id=user.pk).exists():
        return _("Conflict of interest: %(person)s belongs to %(hub)s, the applying hub.") % {
            "person": user,
            "hub": application.hub,
        }
    return None


def refuse_conflict(user, application):
    """Raise ConflictOfInterest with the reason when `user` has a conflict of interest in
    `application` (reviewing and paying refuse this way; the workflow has a precondition)."""
    reason = conflict_of_interest(user, application)
    if reason:
        raise ConflictOfInterest(reason)


def conflicted_users(application, prefix=""):
    """The same rule as a filter on users (or, with `prefix="user__"`, on rows pointing to
    them), for finding reviewers in one query."""
    return Q(**{f"{prefix}pk": application.applicant_id}) | Q(
        **{f"{prefix}hub_memberships__hub": application.hub_id}
    )
