"""Registers the donations admin (grants/funding/admin.py) with Wagtail, and the donor's own
gifts on the member dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import (
    donations,
    personal_data,  # noqa: F401  (registers its part of the personal data)
)
from .admin import FundingViewSetGroup, FundPanel, RecordedByStripePolicy, refund_view
from .models import Donation, MonthlyGift

register_permission_policy(Donation, RecordedByStripePolicy(Donation))
register_permission_policy(MonthlyGift, RecordedByStripePolicy(MonthlyGift))


@hooks.register("construct_homepage_panels")
def add_fund_panel(request, panels):
    from grants.permissions import is_fund_staff

    if is_fund_staff(request.user) or request.user.has_perm("funding.view_donation"):
        panels.append(FundPanel())


@hooks.register("register_admin_viewset")
def register_funding_viewsets():
    return FundingViewSetGroup()


@hooks.register("register_admin_urls")
def register_refund_url():
    return [
        path(
            "funding/donations/<int:pk>/refund/",
            refund_view,
            name="funding_admin_refund",
        )
    ]


@hooks.register("member_dashboard_panels")
def my_gifts_panel(request):
    """The signed-in member's own gifts, matched by email, with their monthly gifts."""
    email = request.user.email
    gifts = list(
        Donation.objects.filter(donor_email__iexact=email, status=Donation.Status.SUCCEEDED)[:10]
    )
    monthly = list(
        MonthlyGift.objects.filter(donor_email__iexact=email, status=MonthlyGift.Status.ACTIVE)
    )
    if not gifts and not monthly:
        return None
    for gift in monthly:
        gift.cancel_url = reverse("funding:cancel_monthly", args=[donations.cancel_token(gift)])
    return {
        "title": _("My gifts to the fund"),
        "template": "funding/dashboard/my_gifts.html",
        "context": {
            "gifts": gifts,
            "monthly_gifts": monthly,
            # The day each gift arrived, in the zone the member chose.
            "zone": request.user.timezone or "UTC",
        },
        "order": 70,
    }
