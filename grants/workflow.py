"""The tables of the grants workflow: every status change an application or a tranche can
make, who may make it, what must hold first, and how the step is offered (its label and kind).
Views, admin actions, the demo and tests all go through `perform`; nothing else sets a status.

    draft ──submit──> submitted ──screen──> in_review ──complete_review──> reviewed
      │                   │  └──ineligible──> declined                      │
      └─withdraw          └─withdraw             approve / decline / waitlist (committee)
    approved ──sign_agreement──> active ──complete (final report accepted)──> completed

    tranche: planned ──record──> recorded ──approve (someone else)──> paid
                ├──cancel──> cancelled   └──fail──> failed
                └──release (with a reason)──> released: the grant will not pay it
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.refusals import Refusal

from .conflicts import conflict_of_interest
from .models import Application, AuditEntry, GrantReport, GrantRoundPage, ReviewAssignment, Tranche
from .permissions import APPLICANT, COMMITTEE, STAFF, roles_for

S = Application.Status
P = Tranche.Status

# Named sets of statuses: what the rest of the fund asks of an application or a tranche.
EDITABLE = (S.DRAFT,)  # the applicant still edits it
RANKED = (S.IN_REVIEW, S.REVIEWED, S.WAITLISTED, S.APPROVED, S.DECLINED, S.ACTIVE, S.COMPLETED)
GRANTED = (S.APPROVED, S.ACTIVE, S.COMPLETED)  # its award counts against the round's budget
PLANNING = (S.APPROVED, S.ACTIVE)  # staff plan its tranches
SCHEDULED = (P.PLANNED, P.RECORDED, P.PAID)  # the tranche counts towards the schedule
PENDING = (P.PLANNED, P.RECORDED)  # money still on its way to the grantee


class TransitionRefused(Refusal):
    """The transition is not allowed: wrong status, wrong role or a precondition fails."""


# Preconditions: each takes the application and the transition's details (the acting `user`,
# and for a payment step the `tranche`), and returns a translated reason when it does not hold.


def one_application_per_hub(application, details):
    return second_application(application.round, application.hub, application)


def second_application(grant_round, hub, application=None):
    """Why `hub` cannot start an application in the round, or send `application` to it, or
    None: the round takes one application per hub and the hub has another (withdrawn ones do
    not count; when sending, nor do drafts, so the first sent wins)."""
    grant_round = grant_round.source_round
    if not grant_round.one_application_per_hub:
        return None
    others = Application.objects.filter(round=grant_round, hub=hub).exclude(status=S.WITHDRAWN)
    if application is not None:
        others = others.exclude(pk=application.pk).submitted()
    other = others.order_by("pk").first()
    if other is not None:
        return _("%(hub)s already has an application in this round (“%(title)s”).") % {
            "hub": hub.name,
            "title": other.title,
        }


def request_within_limits(application, details):
    from core.money import format_money

    grant_round, requested = application.round, application.total_requested
    if not grant_round.minimum_award <= requested <= grant_round.maximum_award:
        currency = grant_round.currency
        return _(
            "The amount requested (%(requested)s) must be between the round's minimum "
            "(%(minimum)s) and maximum (%(maximum)s)."
        ) % {
            "requested": format_money(requested, currency),
            "minimum": format_money(grant_round.minimum_award, currency),
            "maximum": format_money(grant_round.maximum_award, currency),
        }


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
            "fields": ", ".join(str(label) for _name, label in missing)
        }


def enough_reviews(application, details):
    due = application.round.reviewers_per_application
    done = application.assignments.filter(status=ReviewAssignment.Status.SUBMITTED).count()
    if done < due:
        return _("%(done)s of %(due)s reviews are in.") % {"done": done, "due": due}


def within_budget(application, details):
    from .ledger import check_award

    return check_award(application, details.get("amount"))


def schedule_matches_award(application, details):
    from .ledger import schedule_problem

    return schedule_problem(application)


def final_report_accepted(application, details):
    reports = application.reports.filter(
        kind=GrantReport.Kind.FINAL, status=GrantReport.Status.ACCEPTED
    )
    if not reports.exists():
        return _("The final report has not been accepted yet.")


def no_conflict(application, details):
    return conflict_of_interest(details["user"], application)


def note_given(application, details):
    if not (details.get("note") or "").strip():
        return _("Please give a reason.")


def nothing_pending(application, details):
    pending = application.tranches.filter(status__in=PENDING).order_by("position").first()
    if pending is not None:
        return _(
            "Tranche %(number)s is still %(status)s: pay it, or cancel the remaining tranches "
            "with a reason, before completing the grant."
        ) % {"number": pending.position, "status": pending.get_status_display().lower()}


def award_settled(application, details):
    from core.money import format_money

    from .ledger import grant_ledger

    ledger = grant_ledger(application)
    if ledger["remaining"] > 0:
        return _(
            "%(amount)s of the award is neither paid nor released: plan a tranche for it and "
            "pay it or release it with a reason, before completing the grant."
        ) % {"amount": format_money(ledger["remaining"], ledger["currency"])}


def grant_active(application, details):
    if application.status == S.COMPLETED:
        return _("This grant is completed: none of its tranches can be paid any more.")
    if application.status != S.ACTIVE:
        return _("Payments start once the grant agreement is signed.")


def report_accepted_if_required(application, details):
    accepted = application.reports.filter(status=GrantReport.Status.ACCEPTED)
    if details["tranche"].requires_report and not accepted.exists():
        return _("This tranche needs an accepted report first.")


def not_the_recorder(application, details):
    if details["tranche"].recorded_by_id == details["user"].pk:
        return _("Someone other than the person who recorded the payment must approve it.")


# How a step is offered: a plain button on the application (with a note), a button that also
# moves several applications at once from the staff list, the committee's decision form, or
# the applicant's application form.
BUTTON, BULK, DECISION, FORM = "button", "bulk", "decision", "form"


@dataclass(frozen=True)
class Transition:
    """One row of a table: `action` moves its subject from `source` to `target`, for any of
    `roles`, when every check passes; offered as `kind` with `label`."""

    action: str
    source: str
    target: str
    roles: frozenset
    kind: str
    label: str
    checks: tuple = ()


def T(action, source, target, roles, kind, label, *checks):
    return Transition(action, source, target, frozenset(roles), kind, label, checks)


# Every step the fund's team takes is refused to anyone with a conflict of interest in the
# application, whatever their role.
# fmt: off
TRANSITIONS = (
    T("submit", S.DRAFT, S.SUBMITTED, {APPLICANT}, FORM, _("Submit"), round_is_open, one_application_per_hub, application_complete, request_within_limits),
    T("withdraw", S.DRAFT, S.WITHDRAWN, {APPLICANT}, BUTTON, _("Withdraw")),
    T("withdraw", S.SUBMITTED, S.WITHDRAWN, {APPLICANT}, BUTTON, _("Withdraw")),
    T("withdraw", S.IN_REVIEW, S.WITHDRAWN, {APPLICANT}, BUTTON, _("Withdraw")),
    T("withdraw", S.REVIEWED, S.WITHDRAWN, {APPLICANT}, BUTTON, _("Withdraw")),
    T("screen", S.SUBMITTED, S.IN_REVIEW, {STAFF}, BULK, _("Send to review"), no_conflict),
    T("ineligible", S.SUBMITTED, S.DECLINED, {STAFF}, BUTTON, _("Decline as ineligible"), no_conflict, note_given),
    T("complete_review", S.IN_REVIEW, S.REVIEWED, {STAFF}, BULK, _("Close the review"), no_conflict, enough_reviews),
    T("approve", S.REVIEWED, S.APPROVED, {COMMITTEE}, DECISION, _("Approve"), no_conflict, within_budget),
    T("decline", S.REVIEWED, S.DECLINED, {COMMITTEE}, DECISION, _("Decline"), no_conflict, note_given),
    T("waitlist", S.REVIEWED, S.WAITLISTED, {COMMITTEE}, DECISION, _("Waitlist"), no_conflict, note_given),
    T("approve", S.WAITLISTED, S.APPROVED, {COMMITTEE}, DECISION, _("Approve"), no_conflict, within_budget),
    T("decline", S.WAITLISTED, S.DECLINED, {COMMITTEE}, DECISION, _("Decline"), no_conflict, note_given),
    T("sign_agreement", S.APPROVED, S.ACTIVE, {STAFF}, BUTTON, _("Agreement signed"), no_conflict, schedule_matches_award),
    T("complete", S.ACTIVE, S.COMPLETED, {STAFF}, BUTTON, _("Complete the grant"), no_conflict, final_report_accepted, nothing_pending, award_settled),
)

# Two people per payment: one records it, someone else approves it.
PAYMENTS = (
    T("record", P.PLANNED, P.RECORDED, {STAFF}, BUTTON, _("Record payment"), no_conflict, grant_active, report_accepted_if_required),
    T("cancel", P.PLANNED, P.CANCELLED, {STAFF}, BUTTON, _("Cancel tranche"), no_conflict),
    T("release", P.PLANNED, P.RELEASED, {STAFF}, BUTTON, _("Cancel and release the money"), no_conflict, grant_active, note_given),
    T("approve", P.RECORDED, P.PAID, {STAFF}, BUTTON, _("Approve payment"), no_conflict, not_the_recorder),
    T("fail", P.RECORDED, P.FAILED, {STAFF}, BUTTON, _("Mark as failed"), no_conflict),
)
# fmt: on

ACTION_LABELS = {t.action: t.label for t in TRANSITIONS}


def actions_of(*kinds):
    """The application actions offered in one of `kinds`, in table order."""
    return tuple(dict.fromkeys(t.action for t in TRANSITIONS if t.kind in kinds))


BUTTON_ACTIONS = actions_of(BUTTON, BULK)
BULK_ACTIONS = actions_of(BULK)


def _table(subject):
    return PAYMENTS if isinstance(subject, Tranche) else TRANSITIONS


def _application(subject):
    return subject.application if isinstance(subject, Tranche) else subject


def find(action, status, table=TRANSITIONS):
    """The transition named `action` out of `status` in `table`, or None."""
    for transition in table:
        if transition.action == action and transition.source == status:
            return transition
    return None


def available_actions(application, user):
    """Actions `user` may try on `application` now (role and status; preconditions are
    checked when they try, so the reason can be shown)."""
    roles = roles_for(user, application)
    return [t.action for t in TRANSITIONS if t.source == application.status and t.roles & roles]


def _not_possible(subject, action):
    if isinstance(subject, Tranche):
        return _("This tranche is %(status)s.") % {"status": subject.get_status_display()}
    return _("“%(action)s” is not possible while the application is %(status)s.") % {
        "action": ACTION_LABELS.get(action, action),
        "status": subject.get_status_display(),
    }


def check(subject, action, user, **details):
    """Return the transition if `user` may make it now on `subject` (an application or a
    tranche), else raise TransitionRefused. Roles are those held towards the application."""
    transition = find(action, subject.status, _table(subject))
    if transition is None:
        raise TransitionRefused(_not_possible(subject, action))
    application = _application(subject)
    if not transition.roles & roles_for(user, application):
        raise TransitionRefused(_("You are not allowed to do this."))
    details = {**details, "user": user, "tranche": subject if subject is not application else None}
    for precondition in transition.checks:
        reason = precondition(application, details)
        if reason:
            # The precondition's name lets a form show the reason at the field it is about.
            raise TransitionRefused(reason, code=precondition.__name__)
    return transition


def _locked(subject):
    """Lock the round, the application and (for a payment step) the tranche, in that order,
    and return them fresh. The round is locked first on every transition, so decisions on
    one round are serialised and never commit more than its budget."""
    application = _application(subject)
    list(
        GrantRoundPage.objects.select_for_update(of=("self",))
        .filter(pk=application.round_id)
        .values_list("pk", flat=True)
    )
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("round", "hub")
        .get(pk=application.pk)
    )
    if not isinstance(subject, Tranche):
        return application
    tranche = Tranche.objects.select_for_update(of=("self",)).get(pk=subject.pk)
    tranche.application = application
    return tranche


def perform(subject, action, user, note="", visible_to_applicant=True, effect=None, **details):
    """Make a transition of an application or of one of its tranches: lock, check, change
    the status, write the audit entry (on the application, naming the tranche) and queue
    the application's notifications. `effect(subject)` runs inside the same transaction
    once the checks pass (a decision, a payment's details). Returns the updated subject.
    Payment steps are for the fund's team: their audit entries are not shown to applicants."""
    from . import notifications

    with transaction.atomic():
        locked = _locked(subject)
        transition = check(locked, action, user, note=note, **details)
        if effect is not None:
            effect(locked)
        locked.status = transition.target
        tranche = locked if isinstance(locked, Tranche) else None
        if tranche is None and action == "submit":
            locked.submitted_at = timezone.now()
            locked.reference = reference_for(locked)
        locked.save()
        AuditEntry.objects.create(
            application=_application(locked),
            tranche=tranche,
            actor=user,
            action=action,
            from_status=transition.source,
            to_status=transition.target,
            note=note,
            visible_to_applicant=visible_to_applicant and tranche is None,
        )
        transaction.on_commit(lambda: notifications.transition_made(locked, action))
    subject.refresh_from_db()
    return subject


def reference_for(application):
    """SG-<year of submission>-<number>, e.g. SG-2026-0042."""
    return f"SG-{application.submitted_at:%Y}-{application.pk:04d}"
