"""The donation form: an amount (suggested or custom, at least the page's minimum), one-off or
monthly, optional name and email, an optional open round, and the card token from Stripe.js."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.money import format_money, has_allowed_decimals, too_many_decimals_message

from .models import Frequency

OTHER = "other"


def open_rounds(currency):
    """Live grant rounds of this currency open now, in the active language where translated."""
    from grants.models import GrantRoundPage

    now = timezone.now()
    return (
        GrantRoundPage.objects.live()
        .filter(currency=currency, opens_at__lte=now, closes_at__gt=now)
        .filter(locale=Locale.get_active())
        .order_by("closes_at")
    )


class DonationForm(forms.Form):
    choice = forms.ChoiceField(label=_("Amount"), widget=forms.RadioSelect, required=False)
    custom_amount = forms.DecimalField(
        label=_("Other amount"), required=False, max_digits=12, decimal_places=2, min_value=0
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.ONE_OFF,
        widget=forms.RadioSelect,
    )
    name = forms.CharField(label=_("Your name (optional)"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("Your email (optional)"),
        required=False,
        help_text=_("For your thank-you email. Needed for a monthly gift, so you can stop it."),
    )
    grant_round = forms.ModelChoiceField(
        label=_("Dedicate your gift to an open round (optional)"),
        queryset=None,
        required=False,
        empty_label=_("The whole fund"),
    )
    card_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["choice"].choices = [
            (str(amount), format_money(amount, page.currency)) for amount in page.suggested()
        ] + [(OTHER, _("Other amount"))]
        self.fields["grant_round"].queryset = open_rounds(page.currency)
        if not self.fields["grant_round"].queryset.exists():
            del self.fields["grant_round"]

    def clean(self):
        data = super().clean()
        choice, custom = data.get("choice"), data.get("custom_amount")
        if choice and choice != OTHER:
            amount = Decimal(choice)
        elif custom is not None:
            amount = custom
        else:
            self.add_error("custom_amount", _("Choose an amount or enter your own."))
            return data
        currency, minimum = self.page.currency, self.page.minimum_amount
        if amount < minimum:
            self.add_error(
                "custom_amount",
                _("The smallest gift we can accept is %(minimum)s.")
                % {"minimum": format_money(minimum, currency)},
            )
        elif not has_allowed_decimals(amount, currency):
            self.add_error("custom_amount", too_many_decimals_message(currency))
        data["amount"] = amount
        if data.get("frequency") == Frequency.MONTHLY and not data.get("email"):
            self.add_error("email", _("A monthly gift needs your email, so you can stop it."))
        if not data.get("card_token"):
            raise forms.ValidationError(
                _("Your card details did not reach our payment provider. Please enter them again.")
            )
        round_page = data.get("grant_round")
        data["grant_round"] = round_page.source_round if round_page else None
        data["language"] = (
            self.page.locale.language_code
            if self.page.locale.language_code in dict(settings.LANGUAGES)
            else settings.LANGUAGE_CODE
        )
        return data
