"""Grants in the Wagtail admin (lists for staff) and in the member dashboard."""

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import worklist  # noqa: F401  (registers the work-area lists)
from .models import Application, ReviewAssignment, ReviewerProfile, Tranche
from .permissions import is_grants_team


class SubmittedOnly:
    """An admin view of one application that does not find drafts: they belong to their hub
    until submitted."""

    def get_object(self, *args, **kwargs):
        application = super().get_object(*args, **kwargs)
        if not application.was_submitted:
            raise Http404
        return application


def submitted_only(view_class):
    return type(view_class.__name__, (SubmittedOnly, view_class), {})


class ApplicationViewSet(ModelViewSet):
    """Submitted applications for staff; every view that opens one refuses drafts."""

    name = "grants_applications"
    url_prefix = "grants/applications"
    model = Application
    icon = "form"
    menu_label = _("Applications")
    list_display = ["reference", "title", "hub", "status", "language", "submitted_at"]
    list_filter = ["status", "language", "round"]
    search_fields = ["title", "reference"]
    form_fields = ["title", "summary", "anonymous"]
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_class = submitted_only(generic.InspectView)
    edit_view_class = submitted_only(generic.EditView)
    delete_view_class = submitted_only(generic.DeleteView)
    history_view_class = submitted_only(history.HistoryView)
    usage_view_class = submitted_only(usage.UsageView)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=Application.objects.submitted(), **kwargs)


class ReviewerViewSet(ModelViewSet):
    name = "grants_reviewers"
    url_prefix = "grants/reviewers"
    model = ReviewerProfile
    icon = "user"
    menu_label = _("Peer reviewers")
    list_display = ["user", "status", "volunteered_at"]
    list_filter = ["status"]
    form_fields = ["languages", "topics", "status"]
    copy_view_enabled = False


class AssignmentViewSet(ModelViewSet):
    name = "grants_assignments"
    url_prefix = "grants/assignments"
    model = ReviewAssignment
    icon = "tasks"
    menu_label = _("Review assignments")
    list_display = ["application", "reviewer", "status", "due_at"]
    list_filter = ["status"]
    form_fields = ["application", "reviewer", "due_at"]
    copy_view_enabled = False

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "application":
            kwargs["queryset"] = Application.objects.submitted()
        return super().formfield_for_dbfield(db_field, **kwargs)


class TrancheViewSet(ModelViewSet):
    name = "grants_tranches"
    url_prefix = "grants/tranches"
    model = Tranche
    icon = "doc-full"
    menu_label = _("Tranches")
    list_display = ["application", "position", "amount", "planned_date", "status"]
    list_filter = ["status", "method"]
    form_fields = ["planned_date", "requires_report", "note"]
    copy_view_enabled = False


class GrantsViewSetGroup(ViewSetGroup):
    menu_label = _("Small grants")
    menu_icon = "pick"
    items = (ApplicationViewSet, ReviewerViewSet, AssignmentViewSet, TrancheViewSet)


@hooks.register("register_admin_viewset")
def register_grants_viewsets():
    return GrantsViewSetGroup()


class TeamMenuItem(MenuItem):
    def is_shown(self, request):
        return is_grants_team(request.user)


@hooks.register("register_admin_menu_item")
def register_grants_desk():
    return TeamMenuItem(
        _("Grants desk"), reverse("grants:staff_applications"), icon_name="pick", order=250
    )


@hooks.register("member_dashboard_panels")
def my_applications_panel(request):
    from .models import Application

    applications = list(
        Application.objects.filter(hub__memberships__user=request.user)
        .for_lists()
        .order_by("-updated_at")[:5]
    )
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
    assignments = list(
        ReviewAssignment.objects.filter(reviewer=request.user)
        .exclude(status=ReviewAssignment.Status.CONFLICT)
        .select_related("application__round")[:5]
    )
    if not assignments:
        return None
    return {
        "title": _("My reviews"),
        "template": "grants/dashboard/my_reviews.html",
        "context": {"assignments": assignments},
        "order": 41,
    }
