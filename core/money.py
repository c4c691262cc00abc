"""Amounts of money: the fund's currencies, the model field that stores an amount, the number
of decimals each currency allows (from ISO 4217 as CLDR records it, through Babel), the exact
conversion to and from Stripe's integer minor units, and formatting in the reader's language."""

from decimal import Decimal

from babel.numbers import format_currency, get_currency_name, get_currency_precision
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext as _

from .locales import babel_locale

ZERO = Decimal("0.00")

# Every amount is stored with this many digits; a currency with more (the Jordanian dinar's
# fils, three decimals) is kept to two here.
MONEY_DIGITS = {"max_digits": 12, "decimal_places": 2}

# The currencies the fund works in (ISO 4217). Adding one is a code here.
CURRENCIES = (
    "EUR", "USD", "GBP", "CAD", "CHF", "JPY", "BRL", "MXN", "ARS", "COP", "CLP", "PEN", "XOF",
    "MAD", "EGP", "TND", "LBP", "JOD", "DZD", "INR", "ZAR", "KES", "NGN", "PHP",
)  # fmt: skip

# Stripe's own exponents, which differ from ISO 4217 for a few currencies: it counts these in
# whole units, and these three-decimal ones in thousandths.
STRIPE_ZERO_DECIMAL = frozenset(
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
STRIPE_THREE_DECIMAL = frozenset(["BHD", "JOD", "KWD", "OMR", "TND"])


def currency_choices():
    """The fund's currencies as form choices, each named in the active language."""
    locale = babel_locale()
    return [(code, f"{get_currency_name(code, locale=locale)} ({code})") for code in CURRENCIES]


def money_field(verbose_name, **kwargs):
    """A non-negative amount: Decimal with 12 digits, 2 after the point."""
    return models.DecimalField(
        verbose_name, **MONEY_DIGITS, validators=[MinValueValidator(ZERO)], **kwargs
    )


def decimal_places(currency):
    """How many digits after the decimal point an amount in `currency` may have."""
    return min(get_currency_precision(currency.upper()), MONEY_DIGITS["decimal_places"])


def minor_unit(currency):
    """The smallest amount in `currency`: Decimal("0.01") for euros, Decimal("1") for yen."""
    return Decimal(1).scaleb(-decimal_places(currency))


def quantize(amount, currency):
    """`amount` rounded to the currency's minor unit."""
    return Decimal(amount).quantize(minor_unit(currency))


def has_allowed_decimals(amount, currency):
    """Whether `amount` is a whole number of the currency's minor units."""
    return Decimal(amount) == quantize(amount, currency)


def too_many_decimals_message(currency):
    """What a person is told, in the active language, when an amount is finer than `currency`."""
    places = decimal_places(currency)
    if places == 0:
        return _("Amounts in %(currency)s cannot have decimals.") % {"currency": currency}
    return _("Amounts in %(currency)s have at most %(places)s decimals.") % {
        "currency": currency,
        "places": places,
    }


def validate_amount(amount, currency, field=None):
    """Refuses an amount finer than the currency allows, as an error on `field` if named."""
    if amount is not None and currency and not has_allowed_decimals(amount, currency):
        message = too_many_decimals_message(currency)
        raise ValidationError({field: message} if field else message)


def stripe_exponent(currency):
    """How many decimals Stripe's integer amounts count in `currency`."""
    code = currency.upper()
    if code in STRIPE_ZERO_DECIMAL:
        return 0
    return 3 if code in STRIPE_THREE_DECIMAL else 2


def to_minor_units(amount, currency):
    """The integer Stripe expects for `amount`; refuses amounts finer than the currency allows."""
    if not has_allowed_decimals(amount, currency):
        raise ValueError(f"{amount} {currency} has more decimals than the currency allows")
    return int(Decimal(amount).scaleb(stripe_exponent(currency)))


def from_minor_units(minor, currency):
    """The Decimal amount for an integer count of Stripe minor units, exactly."""
    return quantize(Decimal(int(minor)).scaleb(-stripe_exponent(currency)), currency)


def format_money(amount, currency, language=None):
    """`amount` in `currency` as a reader of `language` (default: the active one) writes it,
    for example €15,000.00 in English and 15 000,00 € in French."""
    return format_currency(Decimal(amount), currency, locale=babel_locale(language))
