"""Money coming into the grants fund: the donate page, each gift received through Stripe,
monthly gifts (Stripe subscriptions) and the Stripe events that recorded them."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from core.money import MONEY_DIGITS, currency_choices, format_money, validate_amount


def parse_amount_list(text):
    """The amounts in a comma-separated list such as "10, 25, 50", as Decimals."""
    amounts = []
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        try:
            amounts.append(Decimal(item))
        except ArithmeticError:
            raise ValidationError(
                _("“%(item)s” is not an amount."), params={"item": item}
            ) from None
    return amounts


def validate_amount_list(text):
    parse_amount_list(text)


class DonatePage(RoutablePageMixin, Page):
    """Where supporters give to the fund in one currency, once or every month."""

    intro = RichTextField(_("introduction"), blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=currency_choices)
    suggested_amounts = models.CharField(
        _("suggested amounts"),
        max_length=100,
        default="10, 25, 50, 100",
        validators=[validate_amount_list],
        help_text=_("Comma-separated, in the page's currency, for example “10, 25, 50”."),
    )
    minimum_amount = models.DecimalField(
        _("minimum amount"),
        **MONEY_DIGITS,
        default=Decimal("5.00"),
        validators=[MinValueValidator(Decimal("1"))],
    )
    thank_you_text = RichTextField(_("thank-you message"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("currency"),
                FieldPanel("suggested_amounts"),
                FieldPanel("minimum_amount"),
            ],
            heading=_("Amounts"),
        ),
        FieldPanel("thank_you_text"),
    ]
    subpage_types = []
    # The amounts are the same in every language (numbers, formatted when shown).
    override_translatable_fields = [
        SynchronizedField("currency"),
        SynchronizedField("suggested_amounts"),
    ]

    class Meta:
        verbose_name = _("donate page")
        verbose_name_plural = _("donate pages")

    def clean(self):
        super().clean()
        amounts = parse_amount_list(self.suggested_amounts or "")
        for amount in amounts + [self.minimum_amount]:
            validate_amount(amount, self.currency)

    def suggested(self):
        """The suggested amounts at or above the minimum, smallest first."""
        return sorted(
            a for a in parse_amount_list(self.suggested_amounts) if a >= self.minimum_amount
        )

    @property
    def minimum_display(self):
        return format_money(self.minimum_amount, self.currency)

    @path("")
    def donate(self, request):
        """The donation form; its handling lives in views.py with the other views."""
        from .views import donate

        return donate(request, self)

    @path("thanks/")
    def thanks(self, request):
        """The thank-you page a donor reaches after paying (its signed reference is in the
        query string: Wagtail's page paths allow only letters, digits and hyphens)."""
        from .views import thank_you

        return thank_you(request, self, request.GET.get("gift", ""))


class Frequency(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    MONTHLY = "monthly", _("Monthly")


class GiftContext(models.Model):
    """Where a gift came from: the donor's language, the donate page and the round it is for."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    donate_page = models.ForeignKey(
        DonatePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    grant_round = models.ForeignKey(
        "grants.GrantRoundPage",
        verbose_name=_("dedicated to round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


class MonthlyGift(GiftContext):
    """A supporter's monthly gift: a Stripe customer and subscription paying one invoice a month,
    each paid invoice becoming a Donation."""

    class Status(models.TextChoices):
        INCOMPLETE = "incomplete", _("Awaiting first payment")
        ACTIVE = "active", _("Active")
        CANCELLED = "cancelled", _("Cancelled")

    amount = models.DecimalField(_("amount"), **MONEY_DIGITS)
    currency = models.CharField(_("currency"), max_length=3)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.INCOMPLETE
    )
    donor_name = models.CharField(_("name"), max_length=150, blank=True)
    donor_email = models.EmailField(_("email"))
    stripe_customer_id = models.CharField(max_length=255, db_index=True)
    stripe_subscription_id = models.CharField(max_length=255, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("monthly gift")
        verbose_name_plural = _("monthly gifts")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{format_money(self.amount, self.currency)} / {self.donor_email}"

    @property
    def amount_display(self):
        return format_money(self.amount, self.currency)


class Donation(GiftContext):
    """One gift to the fund: a one-off PaymentIntent, or one paid invoice of a monthly gift."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SUCCEEDED = "succeeded", _("Received")
        FAILED = "failed", _("Failed")

    amount = models.DecimalField(_("amount"), **MONEY_DIGITS)
    currency = models.CharField(_("currency"), max_length=3)
    amount_refunded = models.DecimalField(_("refunded"), **MONEY_DIGITS, default=Decimal("0"))
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_OFF
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    failure_message = models.CharField(_("failure"), max_length=255, blank=True)
    donor_name = models.CharField(_("name"), max_length=150, blank=True)
    donor_email = models.EmailField(_("email"), blank=True)
    monthly_gift = models.ForeignKey(
        MonthlyGift,
        verbose_name=_("monthly gift"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="donations",
    )
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    stripe_payment_intent_id = models.CharField(max_length=255, null=True, blank=True, unique=True)
    stripe_invoice_id = models.CharField(max_length=255, null=True, blank=True, unique=True)
    stripe_charge_id = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    received_at = models.DateTimeField(_("received"), null=True, blank=True)
    thanked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("donation")
        verbose_name_plural = _("donations")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "currency"])]

    def __str__(self):
        return f"{format_money(self.amount, self.currency)} ({self.get_status_display()})"

    @property
    def amount_display(self):
        return format_money(self.amount, self.currency)

    @property
    def is_refunded(self):
        return self.amount_refunded > 0 and self.amount_refunded >= self.amount


class StripeEvent(models.Model):
    """A Stripe webhook event, stored once by its id: a replayed or retried delivery of the same
    event finds its row and changes nothing."""

    event_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=100)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.type} {self.event_id}"
