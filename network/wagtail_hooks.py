"""Hooks into Wagtail: the admin's proposals and registrations, the editors' homepage panel
and the member dashboard's panels."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail import hooks

from core.localization import in_languages

from . import personal_data  # noqa: F401  (registers its part of the personal data)
from .admin import AssembliesHomePanel, AssemblyAdminGroup
from .models import Proposal, Registration


@hooks.register("register_admin_viewset")
def register_assembly_admin():
    return AssemblyAdminGroup()


@hooks.register("construct_homepage_panels")
def add_assemblies_panel(request, panels):
    if request.user.has_perm("network.change_proposal"):
        panels.append(AssembliesHomePanel())


def _show_assemblies(items):
    """Give each registration or proposal in `items` the `assembly_shown`: its assembly in the
    reader's language, or the source while there is no translation."""
    items = list(items)
    shown = in_languages([item.assembly for item in items], get_language())
    for item, assembly in zip(items, shown, strict=True):
        item.assembly_shown = assembly
    return items


@hooks.register("member_dashboard_panels")
def my_assembly_registrations(request):
    """The assemblies the signed-in member registered for (most recent first)."""
    registrations = _show_assemblies(
        Registration.objects.filter(user=request.user)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("assembly")
        .order_by("-assembly__start")[:10]
    )
    return {
        "title": _("My assembly registrations"),
        "template": "network/dashboard/registrations.html",
        "context": {"registrations": registrations},
        "order": 30,
    }


@hooks.register("member_dashboard_panels")
def my_proposals(request):
    """The member's proposals and where moderation stands."""
    proposals = _show_assemblies(
        Proposal.objects.filter(author=request.user)
        .select_related("assembly")
        .order_by("-created_at")[:10]
    )
    return {
        "title": _("My proposals"),
        "template": "network/dashboard/proposals.html",
        "context": {"proposals": proposals},
        "order": 40,
    }
