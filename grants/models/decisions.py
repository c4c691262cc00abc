"""Committee decisions on reviewed applications."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.money import money_field


class Decision(models.Model):
    """The committee's decision: approve (with an amount), decline or waitlist, and why.
    A waitlisted application may get a second, final decision."""

    class Outcome(models.TextChoices):
        APPROVED = "approved", _("Approve")
        DECLINED = "declined", _("Decline")
        WAITLISTED = "waitlisted", _("Waitlist")

    application = models.ForeignKey(
        "grants.Application", on_delete=models.CASCADE, related_name="decisions"
    )
    outcome = models.CharField(_("decision"), max_length=12, choices=Outcome.choices)
    amount = money_field(_("amount awarded"), null=True, blank=True)
    conditions = models.TextField(_("conditions"), blank=True)
    reasons = models.TextField(_("reasons"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["decided_at", "pk"]

    def __str__(self):
        return f"{self.get_outcome_display()} · {self.application}"
