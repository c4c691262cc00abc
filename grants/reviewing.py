"""Peer review: the reviewer pool, assigning reviewers, conflicts, reviews and reminders."""

from collections import Counter
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.refusals import Refusal

from . import notifications
from .conflicts import conflicted_users, refuse_conflict
from .models import Application, Review, ReviewAssignment, ReviewerProfile
from .permissions import PEER_REVIEWERS


class ReviewRefused(Refusal):
    """A review that can no longer be given: it was submitted already or handed back."""


Assigned = ReviewAssignment.Status


def volunteer(user, languages, topics):
    """Opt in to the reviewer pool (or update one's languages and topics)."""
    profile, _created = ReviewerProfile.objects.update_or_create(
        user=user, defaults={"languages": list(languages)}
    )
    profile.topics.set(topics)
    return profile


def confirm_reviewer(profile, staff_user):
    """Staff confirm a volunteer: they join the Peer reviewers group (and need MFA)."""
    profile.status = ReviewerProfile.Status.CONFIRMED
    profile.confirmed_by = staff_user
    profile.confirmed_at = timezone.now()
    profile.save()
    profile.user.groups.add(Group.objects.get_or_create(name=PEER_REVIEWERS)[0])


def eligible_reviewers(application):
    """Confirmed reviewers who are neither the applicant nor in the applying hub, nor already
    asked for this application."""
    return (
        ReviewerProfile.objects.filter(status=ReviewerProfile.Status.CONFIRMED)
        .exclude(conflicted_users(application, prefix="user__"))
        .exclude(user__review_assignments__application=application)
        .select_related("user")
    )


def assign(application, reviewer, due_at=None):
    """Assign one reviewer (manual assignment goes through here too) and tell them.
    Refused (ConflictOfInterest) for the applicant and members of the applying hub."""
    refuse_conflict(reviewer, application)
    if due_at is None:
        due_at = timezone.now() + timedelta(days=application.round.review_days)
    assignment = ReviewAssignment.objects.create(
        application=application, reviewer=reviewer, due_at=due_at
    )
    notifications.notify_assignment(assignment)
    return assignment


def _open_load():
    return Counter(
        dict(
            ReviewAssignment.objects.filter(status=Assigned.ASSIGNED)
            .values_list("reviewer")
            .annotate(n=Count("pk"))
        )
    )


def fill_assignments(application, load=None):
    """Give `application` as many reviewers as its round asks for: least-loaded first, with
    reviewers who read the application's language preferred. Returns new assignments."""
    load = _open_load() if load is None else load
    wanted = (
        application.round.reviewers_per_application
        - application.assignments.exclude(status=Assigned.CONFLICT).count()
    )
    candidates = sorted(
        eligible_reviewers(application),
        # Reading the application's language is worth one assignment of extra load.
        key=lambda p: (load[p.user_id] - (application.language in p.languages), p.user_id),
    )
    created = []
    for profile in candidates[: max(wanted, 0)]:
        created.append(assign(application, profile.user))
        load[profile.user_id] += 1
    return created


def assign_round(grant_round):
    """Automatic assignment for every application in review in the round."""
    load = _open_load()
    created = []
    applications = Application.objects.filter(
        round=grant_round.source_round, status=Application.Status.IN_REVIEW
    ).select_related("round")
    with transaction.atomic():
        for application in applications:
            created += fill_assignments(application, load)
    return created


def declare_conflict(assignment, note):
    """The reviewer cannot judge this fairly: release the assignment and find another."""
    with transaction.atomic():
        assignment.status = Assigned.CONFLICT
        assignment.conflict_note = note
        assignment.save(update_fields=["status", "conflict_note"])
        return fill_assignments(assignment.application)


def weighted_score(grant_round, scores):
    """The weighted mean of 0–5 scores keyed by criterion id, to two decimals."""
    total = weight_sum = Decimal(0)
    for block_id, _name, _guidance, weight in grant_round.criteria_list():
        total += Decimal(scores[block_id]) * weight
        weight_sum += weight
    return (total / weight_sum).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def submit_review(assignment, scores, recommendation, comment_for_committee, comment_for_applicant):
    """Lock in a review. Once submitted there is no way to change it: a second submit is
    refused (ReviewRefused), as is one from a reviewer who has since become conflicted
    (ConflictOfInterest: joined the hub, say)."""
    with transaction.atomic():
        locked = (
            ReviewAssignment.objects.select_for_update(of=("self",))
            .select_related("reviewer", "application__hub")
            .get(pk=assignment.pk)
        )
        if locked.status == Assigned.SUBMITTED:
            raise ReviewRefused(_("Your review was already submitted; it cannot be changed."))
        if locked.status != Assigned.ASSIGNED:
            raise ReviewRefused(_("You handed this review back; it can no longer be submitted."))
        refuse_conflict(locked.reviewer, locked.application)
        review = Review.objects.create(
            assignment=locked,
            scores=scores,
            weighted_score=weighted_score(assignment.application.round, scores),
            recommendation=recommendation,
            comment_for_committee=comment_for_committee,
            comment_for_applicant=comment_for_applicant,
        )
        locked.status = Assigned.SUBMITTED
        locked.save(update_fields=["status"])
    return review


def due_for_reminder(now=None, every=timedelta(days=3)):
    """Open assignments due within three days (or late) and not reminded in three days."""
    now = now or timezone.now()
    return ReviewAssignment.objects.filter(
        status=Assigned.ASSIGNED,
        application__status=Application.Status.IN_REVIEW,
        due_at__lte=now + timedelta(days=3),
    ).filter(Q(last_reminded_at__isnull=True) | Q(last_reminded_at__lte=now - every))


def send_reminders(now=None):
    """Email every reviewer with a review due soon or late. Returns how many were sent."""
    now = now or timezone.now()
    assignments = list(due_for_reminder(now).select_related("reviewer", "application"))
    for assignment in assignments:
        notifications.notify_assignment(assignment, reminder=True)
    ReviewAssignment.objects.filter(pk__in=[a.pk for a in assignments]).update(last_reminded_at=now)
    return len(assignments)
