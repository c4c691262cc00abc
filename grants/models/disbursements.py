"""Tranches: how an award is paid out, each recorded by one person and approved by another."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.money import money_field


class Tranche(models.Model):
    """One planned payment of an award. Planned → recorded (paid, awaiting a second person's
    approval) → paid; a recorded payment may fail; a planned one may be cancelled (to be
    replaced) or released (the money goes back to the round)."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RECORDED = "recorded", _("Payment recorded, awaiting approval")
        PAID = "paid", _("Paid")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")
        # Cancelled for good: the grant ends without it and the money goes back to the round.
        RELEASED = "released", _("Cancelled, money released")

    class Method(models.TextChoices):
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")
        STRIPE_TRANSFER = "stripe_transfer", _("Stripe transfer")
        OTHER = "other", _("Other")

    application = models.ForeignKey(
        "grants.Application", on_delete=models.CASCADE, related_name="tranches"
    )
    position = models.PositiveSmallIntegerField(_("number"), default=1)
    amount = money_field(_("amount"))
    planned_date = models.DateField(_("planned date"))
    requires_report = models.BooleanField(
        _("requires an accepted report before payment"), default=False
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED, db_index=True
    )
    paid_date = models.DateField(_("payment date"), null=True, blank=True)
    method = models.CharField(_("method"), max_length=20, choices=Method.choices, blank=True)
    payment_reference = models.CharField(_("payment reference"), max_length=120, blank=True)
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tranche")
        verbose_name_plural = _("tranches")
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.application} · {self.position}"
