"""Amounts of money in the fund's currencies, and their exact conversion to and from the
integer minor units Stripe counts in (cents, or whole yen for zero-decimal currencies)."""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

# The currencies a donate page can collect in, with their ISO 4217 code.
CURRENCY_CHOICES = [
    ("EUR", _("Euro (EUR)")),
    ("USD", _("US dollar (USD)")),
    ("GBP", _("Pound sterling (GBP)")),
    ("CAD", _("Canadian dollar (CAD)")),
    ("BRL", _("Brazilian real (BRL)")),
    ("MXN", _("Mexican peso (MXN)")),
    ("MAD", _("Moroccan dirham (MAD)")),
    ("CLP", _("Chilean peso (CLP)")),
    ("XOF", _("West African CFA franc (XOF)")),
    ("JPY", _("Japanese yen (JPY)")),
]

# Stripe's zero-decimal currencies: an amount of 500 JPY is sent as 500, not 50000.
ZERO_DECIMAL_CURRENCIES = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "JPY",
        "KMF",
        "KRW",
        "MGA",
        "PYG",
        "RWF",
        "UGX",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)


def decimal_places(currency):
    """How many digits after the decimal point an amount in `currency` may have."""
    return 0 if currency.upper() in ZERO_DECIMAL_CURRENCIES else 2


def to_minor_units(amount, currency):
    """The integer Stripe expects for `amount`; refuses amounts finer than the currency allows."""
    minor = Decimal(amount).scaleb(decimal_places(currency))
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} {currency} has more decimals than the currency allows")
    return int(minor)


def from_minor_units(minor, currency):
    """The Decimal amount for an integer count of Stripe minor units, exactly."""
    return Decimal(int(minor)).scaleb(-decimal_places(currency)).quantize(Decimal("0.01"))


def format_money(amount, currency):
    """An amount with its currency code, in the active language's number format."""
    return f"{number_format(amount, decimal_places(currency), force_grouping=True)} {currency}"
