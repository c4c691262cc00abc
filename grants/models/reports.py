"""Progress and final reports from grantees."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class GrantReport(models.Model):
    """A grantee's account of the work and of spending against the budget lines.
    Accepting the final report completes the grant."""

    class Kind(models.TextChoices):
        PROGRESS = "progress", _("Progress report")
        FINAL = "final", _("Final report")

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        ACCEPTED = "accepted", _("Accepted")
        RETURNED = "returned", _("Returned for changes")

    application = models.ForeignKey(
        "grants.Application", on_delete=models.CASCADE, related_name="reports"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    narrative = models.TextField(_("what happened"))
    spending = models.JSONField(_("spending per budget line"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    staff_note = models.TextField(_("note from staff"), blank=True)

    class Meta:
        verbose_name = _("grant report")
        verbose_name_plural = _("grant reports")
        ordering = ["submitted_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.application}"
