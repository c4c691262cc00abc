"""The network's Wagtail admin: proposal moderation, assembly registrations with CSV export,
and the homepage panel editors see first."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from core.csv_export import SafeIndexView
from core.localization import in_active_locale

from .models import AssemblyPage, Proposal, Registration
from .proposals import moderate


class ProposalEditView(EditView):
    """Saving a proposal whose status changed records who moderated it and when."""

    def save_instance(self):
        proposal = self.form.save(commit=False)
        if "status" in self.form.changed_data and proposal.status != Proposal.Status.PENDING:
            return moderate(
                proposal,
                self.request.user,
                approve=proposal.status == Proposal.Status.APPROVED,
                reason=proposal.rejection_reason,
            )
        proposal.save()
        return proposal


class ProposalViewSet(ModelViewSet):
    """Editors read proposals, approve them or reject them with a reason."""

    model = Proposal
    icon = "comment"
    edit_view_class = ProposalEditView
    list_display = ["title", "assembly", "author", "status", "created_at"]
    list_filter = ["status", "assembly"]
    search_fields = ["title", "text"]
    inspect_view_enabled = True
    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("rejection_reason")], heading=_("Moderation")
        ),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("assembly", read_only=True),
        FieldPanel("author", read_only=True),
    ]

    def get_queryset(self, request):
        return Proposal.objects.select_related("assembly", "author")


class RegistrationCreateView(CreateView):
    """Nobody adds registrations here: they are made on the assembly's page, where places are
    given in order up to the capacity and guests confirm their address."""

    def user_has_permission(self, permission):
        return False


class RegistrationViewSet(ModelViewSet):
    """Organisers see who registered for each assembly and export the list as CSV."""

    model = Registration
    icon = "group"
    add_view_class = RegistrationCreateView
    index_view_class = SafeIndexView
    add_to_admin_menu = False
    list_display = ["name", "email", "assembly", "status", "language", "created_at"]
    list_filter = ["assembly", "status"]
    list_export = ["name", "email", "assembly", "status", "language", "created_at", "confirmed_at"]
    export_filename = "assembly-registrations"
    search_fields = ["name", "email"]
    form_fields = ["status"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Registration.objects.select_related("assembly")


class AssemblyAdminGroup(ModelViewSetGroup):
    menu_label = _("Assemblies")
    menu_icon = "group"
    menu_order = 250
    items = [ProposalViewSet("network_proposals"), RegistrationViewSet("network_registrations")]


class AssembliesHomePanel(Component):
    """Upcoming assemblies with their registrations, and proposals awaiting moderation."""

    name = "network_assemblies"
    template_name = "network/admin/homepage_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        upcoming = (
            in_active_locale(AssemblyPage.objects.filter(end__gt=timezone.now()))
            .order_by("start")
            .annotate(
                confirmed=Count(
                    "registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)
                )
            )[:5]
        )
        pending = Proposal.objects.filter(status=Proposal.Status.PENDING).select_related("assembly")
        return {"upcoming": upcoming, "pending": pending[:10], "pending_count": pending.count()}
