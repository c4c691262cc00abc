"""Applications from hubs, their budget lines, private attachments and the audit trail."""

from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Sum
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.money import MONEY_DIGITS, ZERO, money_field, validate_amount
from core.uploads import GeneratedName

from .disbursements import Tranche

MONEY = models.DecimalField(**MONEY_DIGITS)


class Status(models.TextChoices):
    """Every status an application can have; `grants.workflow` says how they connect."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    REVIEWED = "reviewed", _("Reviewed")
    APPROVED = "approved", _("Approved")
    WAITLISTED = "waitlisted", _("Waitlisted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")


class PrivateStorage(FileSystemStorage):
    """Files kept outside the public media folder; only a permission-checked view serves them."""

    def __init__(self):
        super().__init__(base_url=None)

    @cached_property
    def base_location(self):
        configured = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
        return str(configured or Path(settings.MEDIA_ROOT).parent / "private-media")

    @cached_property
    def location(self):
        return str(Path(self.base_location).resolve())

    def url(self, name):
        raise ValueError("Private files have no public address; use grants:attachment.")


def private_storage():
    return PrivateStorage()


class ApplicationQuerySet(models.QuerySet):
    def with_amount_requested(self):
        """Annotate `amount_requested`: the sum of the budget lines (never stored)."""
        lines = BudgetLine.objects.filter(application=models.OuterRef("pk"))
        total = lines.values("application").annotate(total=Sum("amount")).values("total")
        return self.annotate(
            amount_requested=models.functions.Coalesce(
                models.Subquery(total, output_field=MONEY),
                ZERO,
                output_field=MONEY,
            )
        )

    def submitted(self):
        """Applications sent to the fund at some point: the team never sees the others."""
        return self.exclude(submitted_at=None)

    def for_lists(self):
        """What every list of applications shows, in a fixed number of queries."""
        return self.select_related("hub", "round", "applicant").with_amount_requested()


class Application(models.Model):
    """A hub's request for a grant in one round, from first draft to completed grant."""

    Status = Status

    round = models.ForeignKey(
        "grants.GrantRoundPage",
        verbose_name=_("round"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    hub = models.ForeignKey(
        "members.Hub", verbose_name=_("hub"), on_delete=models.PROTECT, related_name="applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.PROTECT,
        related_name="grant_applications",
    )
    reference = models.CharField(_("reference"), max_length=20, unique=True, null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    description = models.TextField(_("description"), blank=True)
    hub_context = models.TextField(_("the hub's context"), blank=True)
    timeline = models.TextField(_("timeline"), blank=True)
    language = models.CharField(
        _("language of the application"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    answers = models.JSONField(_("answers to the round's questions"), default=dict, blank=True)
    declaration_truthful = models.BooleanField(
        _("The information given is true and complete."), default=False
    )
    declaration_consent = models.BooleanField(
        _("The hub agrees to report on how the grant is used."), default=False
    )
    anonymous = models.BooleanField(
        _("Do not name our hub on the public list of grants"), default=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.reference or _('Draft')} · {self.title}"

    @property
    def total_requested(self):
        """The amount requested: the sum of the budget lines."""
        if hasattr(self, "amount_requested"):
            return self.amount_requested
        total = self.budget_lines.aggregate(total=Sum("amount"))["total"] or ZERO
        return total.quantize(Decimal("0.01"))

    @property
    def currency(self):
        return self.round.currency

    @property
    def was_submitted(self):
        """Sent to the fund. Until then it belongs to its hub: a draft, or a draft withdrawn
        before it was sent."""
        return self.submitted_at is not None

    def approved_amount(self):
        """The amount of the approving decision, or None."""
        decision = self.decisions.filter(outcome="approved").order_by("-decided_at").first()
        return decision.amount if decision else None


class BudgetLine(models.Model):
    """One line of the budget: what the money is for and how much."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="budget_lines"
    )
    item = models.CharField(_("item"), max_length=200)
    amount = money_field(_("amount"))
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.item

    def clean(self):
        if self.application_id:
            validate_amount(self.amount, self.application.round.currency, field="amount")


class Attachment(models.Model):
    """A file given with an application, a question answer or a report. Private."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    report = models.ForeignKey(
        "grants.GrantReport",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    question_id = models.CharField(max_length=64, blank=True)
    file = models.FileField(
        _("file"), upload_to=GeneratedName("grants/%Y/%m/"), storage=private_storage
    )
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name


class AuditEntry(models.Model):
    """One step in an application's history: who moved it, when, from where to where, why.
    A payment step names its tranche; the statuses are then the tranche's."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="audit")
    tranche = models.ForeignKey(
        "grants.Tranche",
        verbose_name=_("tranche"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="audit",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    action = models.CharField(_("action"), max_length=40)
    from_status = models.CharField(_("from"), max_length=12, blank=True)
    to_status = models.CharField(_("to"), max_length=12, blank=True)
    note = models.TextField(_("note"), blank=True)
    visible_to_applicant = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.action}: {self.from_status} → {self.to_status}"

    def _label(self, status):
        # A payment step's statuses are its tranche's, the others the application's.
        choices = Tranche.Status if self.tranche_id else Status
        return dict(choices.choices).get(status, status)

    @property
    def from_label(self):
        """The status the step left, as the workflow names it in the reader's language."""
        return self._label(self.from_status)

    @property
    def to_label(self):
        """The status the step reached, as the workflow names it in the reader's language."""
        return self._label(self.to_status)
