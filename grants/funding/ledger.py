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
    zero, cent = Decimal("0"), Decimal("0.01")
    return {
        row["currency"]: ((row["received"] or zero) - (row["refunded"] or zero)).quantize(cent)
        for row in rows
    }
