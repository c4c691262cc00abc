"""From decision to completed grant: the committee's decisions, the tranche schedule,
payments recorded and approved by two different people, and reports."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.refusals import Refusal

from . import notifications, workflow
from .conflicts import refuse_conflict
from .models import Application, Decision, GrantReport, Tranche
from .permissions import is_fund_staff


class PaymentRefused(Refusal):
    """A tranche, payment or report that the rules of paying out a grant do not allow."""


def decide(application, user, outcome, reasons, amount=None, conditions=""):
    """Record the committee's decision. Approval is refused when it would commit more than
    the round's remaining budget (checked with the round locked)."""

    def record(locked):
        Decision.objects.create(
            application=locked,
            outcome=outcome,
            amount=amount if outcome == Decision.Outcome.APPROVED else None,
            conditions=conditions,
            reasons=reasons,
            decided_by=user,
        )

    action = {"approved": "approve", "declined": "decline", "waitlisted": "waitlist"}[outcome]
    return workflow.perform(application, action, user, note=reasons, effect=record, amount=amount)


def _require_staff(user, application):
    """Only fund staff handle money, and never for an application they have a conflict in."""
    if not is_fund_staff(user):
        raise PermissionDenied
    refuse_conflict(user, application)


def add_tranche(application, user, amount, planned_date, requires_report=False):
    """Plan one more tranche. The schedule may not exceed the award: checked with the
    application locked, so two staff planning at once cannot schedule more than it."""
    _require_staff(user, application)
    from .ledger import grant_ledger

    with transaction.atomic():
        locked = (
            Application.objects.select_for_update(of=("self",))
            .select_related("round")
            .get(pk=application.pk)
        )
        ledger = grant_ledger(locked)
        if ledger["scheduled"] + amount > ledger["committed"]:
            raise PaymentRefused(
                _("The tranches would add up to more than the award (%(award)s).")
                % {"award": ledger["committed"]},
                code="schedule_exceeds_award",
            )
        return Tranche.objects.create(
            application=locked,
            position=locked.tranches.count() + 1,
            amount=amount,
            planned_date=planned_date,
            requires_report=requires_report,
        )


def record_payment(tranche, user, paid_date, method, reference):
    """First person: the payment was made (date, method, reference). Awaits approval."""

    def record(locked):
        locked.paid_date, locked.method, locked.payment_reference = paid_date, method, reference
        locked.recorded_by, locked.recorded_at = user, timezone.now()

    return workflow.perform(tranche, "record", user, effect=record)


def approve_payment(tranche, user):
    """Second person: confirm the recorded payment. The recorder cannot approve it."""

    def approve(locked):
        locked.approved_by, locked.approved_at = user, timezone.now()

    return workflow.perform(tranche, "approve", user, effect=approve)


def _with_note(note):
    def keep(locked):
        locked.note = note

    return keep


def fail_payment(tranche, user, note):
    """The recorded payment bounced or was never received."""
    return workflow.perform(tranche, "fail", user, note=note, effect=_with_note(note))


def cancel_tranche(tranche, user, note):
    """A planned tranche will not be paid (a replacement may be planned)."""
    return workflow.perform(tranche, "cancel", user, note=note, effect=_with_note(note))


def release_remaining(application, user, reason):
    """End the grant's payments early: release every planned tranche, with `reason`, so its
    money is no longer committed and goes back to the round. Recorded payments are settled
    first (approved or failed)."""
    with transaction.atomic():
        planned = list(application.tranches.filter(status=Tranche.Status.PLANNED))
        if not planned:
            raise PaymentRefused(_("No planned tranche is left to cancel."))
        for tranche in planned:
            workflow.perform(tranche, "release", user, note=reason, effect=_with_note(reason))
    return planned


TRANCHE_ACTIONS = ("record", "approve", "fail", "cancel")


def change_tranche(tranche, user, action, *, paid_date=None, method="", reference="", note=""):
    """One of the `TRANCHE_ACTIONS` on a tranche, by name: record a payment (with its date,
    method and reference), approve it, mark it failed or cancel the tranche (with a note)."""
    if action == "record":
        return record_payment(tranche, user, paid_date, method, reference)
    if action == "approve":
        return approve_payment(tranche, user)
    handler = {"fail": fail_payment, "cancel": cancel_tranche}[action]
    return handler(tranche, user, note)


def submit_report(application, user, kind, narrative, spending):
    """A grantee reports on progress or at the end."""
    if application.status != application.Status.ACTIVE:
        raise PaymentRefused(_("Reports are sent while the grant is active."))
    report = GrantReport.objects.create(
        application=application,
        kind=kind,
        narrative=narrative,
        spending=spending,
        submitted_by=user,
    )
    transaction.on_commit(lambda: notifications.transition_made(report, "submit"))
    return report


def review_report(report, user, accept, note=""):
    """Staff accept a report or return it; accepting the final report completes the grant."""
    _require_staff(user, report.application)
    with transaction.atomic():
        report.status = GrantReport.Status.ACCEPTED if accept else GrantReport.Status.RETURNED
        report.reviewed_by = user
        report.reviewed_at = timezone.now()
        report.staff_note = note
        report.save()
        if accept and report.kind == GrantReport.Kind.FINAL:
            workflow.perform(report.application, "complete", user, note=note)
        step = "accept" if accept else "return"
        transaction.on_commit(lambda: notifications.transition_made(report, step))
    return report
