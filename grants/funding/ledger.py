"""The fund's income: donations received minus refunds, per currency. Derived from the
Donation rows every time, never stored."""

from decimal import Decimal

from django.db.models import Sum


def income_by_currency():
    """{ISO 4217 currency: Decimal} of donations received minus refunds, e.g. {"EUR": Decimal("125.00")}."""
    from .models import Donation

    rows = (
        Donation.objects.filter(status=Donation.Status.SUCCEEDED)
        .values("currency")
        .annotate(received=Sum("amount"), refunded=Sum("amount_refunded"))
        .order_by("currency")
    )
    return {
        row["currency"]: (row["received"] or Decimal("0")) - (row["refunded"] or Decimal("0"))
        for row in rows
    }
