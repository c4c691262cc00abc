"""Money fields shared by every grants model: Decimal amounts with an ISO 4217 currency."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models

ZERO = Decimal("0.00")

# The currencies the fund works in (ISO 4217). Adding one is a line here.
CURRENCY_CHOICES = [
    (code, code)
    for code in (
        "EUR", "USD", "GBP", "BRL", "MXN", "ARS", "COP", "CLP", "PEN", "XOF", "MAD", "EGP",
        "TND", "LBP", "JOD", "DZD", "INR", "ZAR", "KES", "NGN", "PHP", "CAD", "CHF",
    )
]  # fmt: skip


def money_field(verbose_name, **kwargs):
    """A non-negative amount: Decimal with 12 digits, 2 after the point."""
    return models.DecimalField(
        verbose_name,
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(ZERO)],
        **kwargs,
    )
