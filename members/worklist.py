"""The member area's lists in the work area: invitations waiting for the person, and for
those who approve hubs, the hubs waiting for approval."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from core.worklist import HOOK, WorkItem, WorkList, day

from .models import Hub, Invitation


@hooks.register(HOOK)
def invitations(request):
    """Invitations to join a hub sent to the person's address and still usable."""
    pending = (
        Invitation.objects.pending()
        .filter(email__iexact=request.user.email)
        .select_related("hub")
        .order_by("expires_at")
    )
    items = [
        WorkItem(
            invitation.hub.name,
            invitation.get_absolute_url(),
            _("answer by %(day)s") % {"day": day(invitation.expires_at, request.user)},
        )
        for invitation in pending
    ]
    return WorkList(_("Invitations to answer"), items, order=5) if items else None


@hooks.register(HOOK)
def hubs_to_approve(request):
    """For those who approve hubs in the admin: every hub registration still pending."""
    user = request.user
    if not (user.has_perm("wagtailadmin.access_admin") and user.has_perm("members.change_hub")):
        return None
    pending = Hub.objects.filter(status=Hub.Status.PENDING).order_by("created_at")
    items = [
        WorkItem(
            hub.name,
            reverse("members_hub:review", args=[hub.pk]),
            _("registered on %(day)s") % {"day": day(hub.created_at, request.user)},
        )
        for hub in pending
    ]
    return WorkList(
        _("Hubs waiting for approval"),
        items,
        tool_url=reverse("members_hub:index"),
        tool_label=_("All hubs"),
        order=60,
    )
