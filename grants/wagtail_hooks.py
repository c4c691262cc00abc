"""Registers the grants admin (grants/admin.py) with Wagtail, and the grants panels of the
member dashboard."""

from django.db.models import Case, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import (
    personal_data,  # noqa: F401  (registers its part of the personal data)
    queries,
    worklist,  # noqa: F401  (registers the work-area lists)
)
from .admin import GrantsViewSetGroup, TeamMenuItem
from .models import ReviewAssignment


@hooks.register("register_admin_viewset")
def register_grants_viewsets():
    return GrantsViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_grants_desk():
    return TeamMenuItem(
        _("Grants desk"), reverse("grants:staff_applications"), icon_name="pick", order=250
    )


@hooks.register("member_dashboard_panels")
def my_applications_panel(request):
    applications = list(queries.my_applications(request.user)[:5])
    if not applications:
        return None
    return {
        "title": _("My applications"),
        "template": "grants/dashboard/my_applications.html",
        "context": {"applications": applications},
        "order": 40,
    }


@hooks.register("member_dashboard_panels")
def my_reviews_panel(request):
    # The reviews still to write come first: a reviewer's history must not push them off.
    still_due = Case(When(status=ReviewAssignment.Status.ASSIGNED, then=Value(0)), default=1)
    assignments = list(queries.my_reviews(request.user).order_by(still_due, "due_at")[:5])
    if not assignments:
        return None
    return {
        "title": _("My reviews"),
        "template": "grants/dashboard/my_reviews.html",
        "context": {"assignments": assignments},
        "order": 41,
    }
