"""The one table of the grants workflow: every status change an application can make, who may
make it and what must hold first. Views, admin actions and tests all go through `perform`.

    draft ──submit──> submitted ──screen──> in_review ──complete_review──> reviewed
      │                   │  └──ineligible──> declined                      │
      └─withdraw          └─withdraw             approve / decline / waitlist (committee)
    approved ──sign_agreement──> active ──complete (final report accepted)──> completed
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.refusals import Refusal

from .conflicts import conflict_of_interest
from .models import Application, AuditEntry, GrantRoundPage
from .permissions import APPLICANT, COMMITTEE, STAFF, roles_for

S = Application.Status


class TransitionRefused(Refusal):
    """The transition is not allowed: wrong status, wrong role or a precondition fails."""


# Preconditions: each takes the application and the transition's details (with the acting
# `user`), and returns a translated reason when it does not hold.


def round_is_open(application, details):
    if not application.round.is_open:
        closes = application.round.closes_at_local
        return _("This round closed on %(date)s (%(tz)s); applications can no longer be sent.") % {
            "date": closes.strftime("%Y-%m-%d %H:%M"),
            "tz": application.round.timezone,
        }


def application_complete(application, details):
    from .applying import missing_for_submission

    missing = missing_for_submission(application)
    if missing:
        return _("Some required information is missing: %(fields)s.") % {
            "fields": ", ".join(str(item) for item in missing)
        }


def enough_reviews(application, details):
    due = application.round.reviewers_per_application
    done = application.assignments.filter(status="submitted").count()
    if done < due:
        return _("%(done)s of %(due)s reviews are in.") % {"done": done, "due": due}


def within_budget(application, details):
    from .ledger import check_award

    return check_award(application, details.get("amount"))


def schedule_matches_award(application, details):
    from .ledger import schedule_problem

    return schedule_problem(application)


def final_report_accepted(application, details):
    if not application.reports.filter(kind="final", status="accepted").exists():
        return _("The final report has not been accepted yet.")


def no_conflict(application, details):
    return conflict_of_interest(details["user"], application)


def note_given(application, details):
    if not (details.get("note") or "").strip():
        return _("Please give a reason.")


@dataclass(frozen=True)
class Transition:
    action: str
    source: str
    target: str
    roles: frozenset
    checks: tuple = ()


def T(action, source, target, roles, *checks):
    return Transition(action, source, target, frozenset(roles), checks)


# Every step the fund's team takes is refused to anyone with a conflict of interest in the
# application, whatever their role.
TRANSITIONS = (
    T("submit", S.DRAFT, S.SUBMITTED, {APPLICANT}, round_is_open, application_complete),
    T("withdraw", S.DRAFT, S.WITHDRAWN, {APPLICANT}),
    T("withdraw", S.SUBMITTED, S.WITHDRAWN, {APPLICANT}),
    T("withdraw", S.IN_REVIEW, S.WITHDRAWN, {APPLICANT}),
    T("withdraw", S.REVIEWED, S.WITHDRAWN, {APPLICANT}),
    T("screen", S.SUBMITTED, S.IN_REVIEW, {STAFF}, no_conflict),
    T("ineligible", S.SUBMITTED, S.DECLINED, {STAFF}, no_conflict, note_given),
    T("complete_review", S.IN_REVIEW, S.REVIEWED, {STAFF}, no_conflict, enough_reviews),
    T("approve", S.REVIEWED, S.APPROVED, {COMMITTEE}, no_conflict, within_budget),
    T("decline", S.REVIEWED, S.DECLINED, {COMMITTEE}, no_conflict, note_given),
    T("waitlist", S.REVIEWED, S.WAITLISTED, {COMMITTEE}, no_conflict, note_given),
    T("approve", S.WAITLISTED, S.APPROVED, {COMMITTEE}, no_conflict, within_budget),
    T("decline", S.WAITLISTED, S.DECLINED, {COMMITTEE}, no_conflict, note_given),
    T("sign_agreement", S.APPROVED, S.ACTIVE, {STAFF}, no_conflict, schedule_matches_award),
    T("complete", S.ACTIVE, S.COMPLETED, {STAFF}, no_conflict, final_report_accepted),
)

ACTION_LABELS = {
    "submit": _("Submit"),
    "withdraw": _("Withdraw"),
    "screen": _("Send to review"),
    "ineligible": _("Decline as ineligible"),
    "complete_review": _("Close the review"),
    "approve": _("Approve"),
    "decline": _("Decline"),
    "waitlist": _("Waitlist"),
    "sign_agreement": _("Agreement signed"),
    "complete": _("Complete the grant"),
}

# Actions the committee takes through a decision form rather than a plain button.
DECISION_ACTIONS = ("approve", "decline", "waitlist")


def find(action, status):
    """The transition named `action` out of `status`, or None."""
    for transition in TRANSITIONS:
        if transition.action == action and transition.source == status:
            return transition
    return None


def available_actions(application, user):
    """Actions `user` may try on `application` now (role and status; preconditions are
    checked when they try, so the reason can be shown)."""
    roles = roles_for(user, application)
    return [t.action for t in TRANSITIONS if t.source == application.status and t.roles & roles]


def check(application, action, user, **details):
    """Return the transition if `user` may make it now, else raise TransitionRefused."""
    transition = find(action, application.status)
    if transition is None:
        raise TransitionRefused(
            _("“%(action)s” is not possible while the application is %(status)s.")
            % {
                "action": ACTION_LABELS.get(action, action),
                "status": application.get_status_display(),
            }
        )
    if not transition.roles & roles_for(user, application):
        raise TransitionRefused(_("You are not allowed to do this."))
    for precondition in transition.checks:
        reason = precondition(application, {**details, "user": user})
        if reason:
            raise TransitionRefused(reason)
    return transition


def perform(application, action, user, note="", visible_to_applicant=True, effect=None, **details):
    """Make a transition: lock the round and the application, check, change the status,
    write the audit entry and queue notifications. `effect(application)` runs inside the
    same transaction once the checks pass (a decision, say). Returns the updated application.

    The round is locked first on every transition, so decisions on one round are
    serialised and never commit more than its budget."""
    from . import notifications

    with transaction.atomic():
        list(
            GrantRoundPage.objects.select_for_update(of=("self",))
            .filter(pk=application.round_id)
            .values_list("pk", flat=True)
        )
        locked = (
            Application.objects.select_for_update(of=("self",))
            .select_related("round", "hub")
            .get(pk=application.pk)
        )
        transition = check(locked, action, user, note=note, **details)
        if effect is not None:
            effect(locked)
        locked.status = transition.target
        if action == "submit":
            locked.submitted_at = timezone.now()
            locked.reference = reference_for(locked)
        locked.save(update_fields=["status", "submitted_at", "reference", "updated_at"])
        AuditEntry.objects.create(
            application=locked,
            actor=user,
            action=action,
            from_status=transition.source,
            to_status=transition.target,
            note=note,
            visible_to_applicant=visible_to_applicant,
        )
        transaction.on_commit(lambda: notifications.transition_made(locked.pk, action))
    application.refresh_from_db()
    return application


def reference_for(application):
    """SG-<year of submission>-<number>, e.g. SG-2026-0042."""
    return f"SG-{application.submitted_at:%Y}-{application.pk:04d}"
