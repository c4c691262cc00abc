"""The reviewer pool, review assignments and the reviews themselves."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..conflicts import conflict_of_interest


class ReviewerProfile(models.Model):
    """A member who volunteered to review, with the languages and topics they can judge."""

    class Status(models.TextChoices):
        VOLUNTEERED = "volunteered", _("Volunteered")
        CONFIRMED = "confirmed", _("Confirmed")
        RETIRED = "retired", _("Retired")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_profile"
    )
    languages = models.JSONField(_("languages I can review in"), default=list)
    topics = models.ManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.VOLUNTEERED
    )
    volunteered_at = models.DateTimeField(auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("peer reviewer")
        verbose_name_plural = _("peer reviewers")

    def __str__(self):
        return str(self.user)


class ReviewAssignment(models.Model):
    """A reviewer asked to review one application by a due date."""

    class Status(models.TextChoices):
        ASSIGNED = "assigned", _("To review")
        CONFLICT = "conflict", _("Conflict of interest declared")
        SUBMITTED = "submitted", _("Review submitted")

    application = models.ForeignKey(
        "grants.Application", on_delete=models.CASCADE, related_name="assignments"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        related_name="review_assignments",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ASSIGNED
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    due_at = models.DateTimeField(_("due"))
    conflict_note = models.TextField(_("conflict of interest"), blank=True)
    last_reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("review assignment")
        verbose_name_plural = _("review assignments")
        ordering = ["due_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"], name="one_assignment_per_reviewer"
            )
        ]

    def __str__(self):
        return f"{self.reviewer} · {self.application}"

    def clean(self):
        """Manual assignment (the admin form) keeps the conflict-of-interest rule."""
        if not (self.application_id and self.reviewer_id):
            return
        reason = conflict_of_interest(self.reviewer, self.application)
        if reason:
            raise ValidationError({"reviewer": reason})


class Review(models.Model):
    """A submitted review: a 0–5 score per criterion (by criterion id), a recommendation and
    comments. Locked once submitted: there is no edit path."""

    class Recommendation(models.TextChoices):
        FUND = "fund", _("Fund")
        FUND_WITH_CHANGES = "fund_with_changes", _("Fund with changes")
        DO_NOT_FUND = "do_not_fund", _("Do not fund")

    assignment = models.OneToOneField(
        ReviewAssignment, on_delete=models.CASCADE, related_name="review"
    )
    scores = models.JSONField(_("scores"))
    weighted_score = models.DecimalField(_("weighted score"), max_digits=4, decimal_places=2)
    recommendation = models.CharField(
        _("recommendation"), max_length=20, choices=Recommendation.choices
    )
    comment_for_committee = models.TextField(_("comment for the committee"))
    comment_for_applicant = models.TextField(_("comment for the applicant"), blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self):
        return str(self.assignment)
