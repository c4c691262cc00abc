"""Hubs in the Wagtail admin: the staff's review queue for hub registrations, and how the
audit log words the hub's actions."""

from django.contrib import messages
from django.db import router
from django.db.models.deletion import Collector, ProtectedError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import LogFormatter

from .forms import HubForm, RejectionForm
from .history import changes_in_words, details_of
from .hubs import (
    PROFILE_FIELDS,
    approve_hub,
    profile_snapshot,
    record_profile_update,
    reject_hub,
    suspend_hub,
)
from .models import Hub


class HubIndexView(IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        buttons.insert(
            0,
            ListingButton(
                _("Review"),
                url=self.review_url(instance),
                icon_name="tick",
                priority=5,
            ),
        )
        return buttons

    def review_url(self, instance):
        return reverse("members_hub:review", args=[instance.pk])


class HubReviewView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Approve, reject with a reason, or suspend a hub. The registrant is told by email."""

    permission_required = "change"
    template_name = "members/admin/hub_review.html"
    page_title = gettext_lazy("Review hub")
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.hub = get_object_or_404(Hub.objects.select_related("created_by"), pk=kwargs["pk"])

    def get_page_subtitle(self):
        return self.hub.name

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", RejectionForm())
        return super().get_context_data(hub=self.hub, **kwargs)

    def post(self, request, pk):
        action = request.POST.get("action")
        if action == "approve":
            approve_hub(self.hub, request.user)
            messages.success(
                request, _("“%(hub)s” is approved and now public.") % {"hub": self.hub}
            )
            return redirect("members_hub:index")
        form = RejectionForm(request.POST)
        if action in ("reject", "suspend") and form.is_valid():
            decide = reject_hub if action == "reject" else suspend_hub
            decide(self.hub, request.user, form.cleaned_data["reason"])
            messages.success(request, _("“%(hub)s” has been updated.") % {"hub": self.hub})
            return redirect("members_hub:index")
        return self.render_to_response(self.get_context_data(form=form))


class HubEditView(EditView):
    """Staff edits in the admin go into the hub's history with their old and new values, as
    the coordinators' own edits do (instead of Wagtail's bare "Edited")."""

    def save_instance(self):
        before = profile_snapshot(Hub.objects.get(pk=self.object.pk))
        hub = self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=False
        ).execute(skip_permission_checks=True)
        record_profile_update(hub, before, self.request.user)
        return hub


class HubViewSet(ModelViewSet):
    """Hubs in the admin: the review queue (filter by status), edits, history."""

    model = Hub
    icon = "group"
    menu_label = gettext_lazy("Hubs")
    menu_order = 250
    add_to_admin_menu = True
    url_namespace = "members_hub"
    index_view_class = HubIndexView
    edit_view_class = HubEditView
    inspect_view_enabled = True
    list_display = [
        "name",
        "city",
        Column("country", label=gettext_lazy("Country"), accessor="country.name"),
        "status",
        DateColumn("created_at", label=gettext_lazy("Registered")),
    ]
    list_filter = ["status", "country"]
    search_fields = ["name", "city"]
    # The ORM searches these fields by any part of a word; Hub's search index is the site's.
    search_backend_name = None
    ordering = ["-created_at"]
    # Staff edit the profile with the coordinators' form (its lists and checks); status changes
    # go through the review view, which tells the registrant.
    form_fields = PROFILE_FIELDS

    def get_form_class(self, for_update=False):
        return HubForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("review/<int:pk>/", self.review_view, name="review"),
        ]

    @property
    def review_view(self):
        return self.construct_view(HubReviewView)


class ReasonFormatter(LogFormatter):
    """An audit-log action whose comment is the reason the person gave."""

    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


class RejectFormatter(ReasonFormatter):
    label = gettext_lazy("Reject hub")
    message = gettext_lazy("Hub rejected")


class SuspendFormatter(ReasonFormatter):
    label = gettext_lazy("Suspend hub")
    message = gettext_lazy("Hub suspended")


class ProfileUpdateFormatter(LogFormatter):
    """A profile update says what each changed field was and became, in words."""

    label = gettext_lazy("Update hub profile")
    message = gettext_lazy("Profile updated")

    def format_message(self, log_entry):
        return _("Profile updated: %(changes)s") % {"changes": changes_in_words(log_entry)}


class DetailsFormatter(LogFormatter):
    """A hub action whose comment names the person, address or role it concerns."""

    def __init__(self, label, message):
        self.label, self.message = label, message

    def format_comment(self, log_entry):
        return "; ".join(details_of(log_entry))


def refuse_deleting_people_on_record(request, user):
    """Before the admin deletes an account: people the fund's records name (who recorded or
    approved a payment, who reviewed a report) stay, so that the records still say who did
    what; staff are told to deactivate the account instead."""
    if request.method != "POST":
        return None
    collector = Collector(using=router.db_for_write(type(user)))
    try:
        collector.collect([user])
    except ProtectedError:
        messages.error(
            request,
            _(
                "%(name)s is named in the fund's records, so the account cannot be deleted. "
                "Deactivate it instead."
            )
            % {"name": user},
        )
        return redirect("wagtailusers_users:edit", user.pk)
    return None
