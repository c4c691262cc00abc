"""Registers the hub admin and its audit-log actions (members/admin.py) with Wagtail, and the
member dashboard's own panels."""

from functools import partial

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import worklist  # noqa: F401  (registers the work-area lists)
from .admin import (
    DetailsFormatter,
    HubViewSet,
    ProfileUpdateFormatter,
    RejectFormatter,
    SuspendFormatter,
    refuse_deleting_people_on_record,
)
from .models import HubMembership, Invitation

hooks.register("before_delete_user", refuse_deleting_people_on_record)


@hooks.register("register_admin_viewset")
def register_hub_viewset():
    return HubViewSet("members_hub")


@hooks.register("register_log_actions")
def register_hub_log_actions(actions):
    actions.register_action("members.hub.register", _("Register hub"), _("Hub registered"))
    actions.register_action("members.hub.approve", _("Approve hub"), _("Hub approved"))
    for action, label, message in (
        ("members.hub.invite", _("Invite"), _("Invitation sent")),
        ("members.hub.join", _("Join"), _("Joined through an invitation")),
        ("members.hub.revoke", _("Revoke invitation"), _("Invitation revoked")),
        ("members.hub.role", _("Change role"), _("Role changed")),
        ("members.hub.leave", _("Leave"), _("Left or removed from the hub")),
    ):
        actions.register_action(action)(partial(DetailsFormatter, label, message))
    actions.register_action("members.hub.reject")(RejectFormatter)
    actions.register_action("members.hub.suspend")(SuspendFormatter)
    actions.register_action("members.hub.update")(ProfileUpdateFormatter)


@hooks.register("member_dashboard_panels")
def my_hubs_panel(request):
    memberships = (
        HubMembership.objects.filter(user=request.user).select_related("hub").order_by("hub__name")
    )
    return {
        "title": _("My hubs and roles"),
        "template": "members/dashboard/my_hubs.html",
        "context": {"memberships": memberships},
        "order": 10,
    }


@hooks.register("member_dashboard_panels")
def invitations_panel(request):
    invitations = list(
        Invitation.objects.pending()
        .filter(email__iexact=request.user.email)
        .select_related("hub", "invited_by")
    )
    if not invitations:
        return None
    return {
        "title": _("Invitations waiting for you"),
        "template": "members/dashboard/invitations.html",
        "context": {"invitations": invitations},
        "order": 5,
    }
