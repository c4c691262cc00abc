"""Donations in the Wagtail admin: the fund panel of the staff dashboard, the gifts and
monthly gifts (recorded by Stripe only), and the refund view."""

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from . import donations
from .ledger import income_by_currency
from .models import Donation, MonthlyGift


class RecordedByStripePolicy(ModelPermissionPolicy):
    """Gifts come only from Stripe's webhooks: staff can look and correct details, never add
    or delete one."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


def fund_rows():
    """Per currency: the fund's income beside the grants ledger, when the grants app has one."""
    income = income_by_currency()
    try:
        from grants.ledger import grants_ledger_by_currency
    except ImportError:
        grants = {}
    else:
        grants = grants_ledger_by_currency()
    zero = Decimal("0.00")
    return [
        {"currency": currency, "income": income.get(currency, zero), **grants.get(currency, {})}
        for currency in sorted(set(income) | set(grants))
    ]


class FundPanel(Component):
    """Staff dashboard: money in (donations less refunds) beside what grants committed and paid."""

    name = "fund_ledger"
    order = 60
    template_name = "funding/admin/fund_panel.html"

    def get_context_data(self, parent_context):
        return {"rows": fund_rows()}


class DonationInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        donation = self.object
        can_refund = (
            donation.status == Donation.Status.SUCCEEDED
            and donation.stripe_payment_intent_id
            and donation.amount_refunded < donation.amount
            and self.request.user.has_perm("funding.change_donation")
        )
        if can_refund:
            url = reverse("funding_admin_refund", args=[donation.pk])
            buttons.append(Button(_("Refund"), url=url, icon_name="undo", priority=30))
        return buttons


class DonationViewSet(ModelViewSet):
    model = Donation
    url_prefix = "funding/donations"
    icon = "heart"
    menu_label = gettext_lazy("Donations")
    list_display = [
        Column("amount_display", label=gettext_lazy("Amount")),
        "status",
        "frequency",
        "donor_name",
        "donor_email",
        "received_at",
    ]
    list_filter = ["status", "currency", "frequency"]
    search_fields = ["donor_name", "donor_email", "stripe_payment_intent_id"]
    form_fields = ["donor_name", "donor_email"]
    inspect_view_enabled = True
    inspect_view_class = DonationInspectView
    copy_view_enabled = False


donation_viewset = DonationViewSet()


class MonthlyGiftViewSet(ModelViewSet):
    model = MonthlyGift
    url_prefix = "funding/monthly-gifts"
    icon = "repeat"
    menu_label = gettext_lazy("Monthly gifts")
    list_display = ["__str__", "status", "donor_name", "created_at", "cancelled_at"]
    list_filter = ["status", "currency"]
    search_fields = ["donor_name", "donor_email"]
    form_fields = ["donor_name", "donor_email"]
    inspect_view_enabled = True
    copy_view_enabled = False


class FundingViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Donations")
    menu_icon = "heart"
    items = (donation_viewset, MonthlyGiftViewSet)


def refund_view(request, pk):
    """Staff refund a received gift, in full or in part, at Stripe; the ledger follows."""
    if not request.user.has_perm("funding.change_donation"):
        raise PermissionDenied
    donation = get_object_or_404(Donation, pk=pk, status=Donation.Status.SUCCEEDED)
    remaining = donation.amount - donation.amount_refunded
    context = {"donation": donation, "remaining": remaining, "amount": request.POST.get("amount")}
    if request.method == "POST":
        try:
            amount = Decimal(request.POST.get("amount") or remaining)
        except ArithmeticError:
            amount = None
        if amount is None or not (0 < amount <= remaining):
            context["error"] = _("Enter an amount between 0 and %(remaining)s.") % {
                "remaining": remaining
            }
        else:
            try:
                donations.refund(donation, amount)
            except donations.DonationError as error:
                context["error"] = str(error)
            else:
                messages.success(request, _("The refund was made; the fund ledger is updated."))
                return redirect(donation_viewset.get_url_name("inspect"), donation.pk)
    return TemplateResponse(request, "funding/admin/refund.html", context)
