"""Paying out a grant, rule by rule in words of its own: what each payment step records and
who is told, what ending the payments early releases, when reports may be sent, and what
accepting or returning one does."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import PermissionDenied

from grants import paying
from grants.conflicts import ConflictOfInterest
from grants.models import Application, Decision, GrantReport, Tranche
from tests.factories import approve, member_of, plan_tranche, set_status

NOW = datetime(2027, 5, 3, 10, 30, tzinfo=UTC)
P = Tranche.Status


@pytest.fixture
def grant(people):
    application = approve(people.application, "900.00")
    return set_status(application, Application.Status.ACTIVE)


def _fresh(tranche):
    return Tranche.objects.get(pk=tranche.pk)


def test_recording_a_payment_keeps_its_date_method_reference_and_who_recorded_it_when(
    people, grant, django_capture_on_commit_callbacks
):
    tranche = plan_tranche(grant, "300.00")

    with (
        time_machine.travel(NOW, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        paying.change_tranche(
            tranche,
            people.staff,
            "record",
            paid_date=date(2027, 5, 2),
            method="bank_transfer",
            reference="TX-41",
        )

    recorded = _fresh(tranche)
    assert (
        recorded.status,
        recorded.paid_date,
        recorded.method,
        recorded.payment_reference,
        recorded.recorded_by,
        recorded.recorded_at,
        recorded.approved_by,
    ) == (P.RECORDED, date(2027, 5, 2), "bank_transfer", "TX-41", people.staff, NOW, None)
    # Every other member of the fund's staff is asked to approve it; the recorder is not.
    assert [m.to for m in mail.outbox] == [[people.staff_second.email]]


def test_approving_a_payment_keeps_who_approved_it_when_and_tells_the_grantee(
    people, grant, django_capture_on_commit_callbacks
):
    tranche = plan_tranche(grant, "300.00")
    paying.record_payment(tranche, people.staff, date(2027, 5, 2), "bank_transfer", "TX-41")
    mail.outbox.clear()

    with (
        time_machine.travel(NOW, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        paying.change_tranche(tranche, people.staff_second, "approve")

    paid = _fresh(tranche)
    assert (paid.status, paid.approved_by, paid.approved_at, paid.recorded_by) == (
        P.PAID,
        people.staff_second,
        NOW,
        people.staff,
    )
    assert people.applicant.email in [address for m in mail.outbox for address in m.to]


@pytest.mark.parametrize(("action", "status"), [("fail", P.FAILED), ("cancel", P.CANCELLED)])
def test_failing_or_cancelling_keeps_the_note(people, grant, action, status):
    tranche = plan_tranche(grant, "300.00")
    if action == "fail":
        paying.record_payment(tranche, people.staff, date(2027, 5, 2), "bank_transfer", "TX-1")

    paying.change_tranche(tranche, people.staff_second, action, note="The account closed.")

    changed = _fresh(tranche)
    assert (changed.status, changed.note) == (status, "The account closed.")


def test_ending_payments_early_releases_the_planned_tranches_only(people, grant):
    recorded = plan_tranche(grant, "300.00")
    paying.record_payment(recorded, people.staff, date(2027, 5, 2), "bank_transfer", "TX-1")
    second, third = plan_tranche(grant, "300.00"), plan_tranche(grant, "300.00")

    released = paying.release_remaining(grant, people.staff, "The project stopped.")

    assert released == [second, third]
    assert [(t.position, t.status, t.note) for t in grant.tranches.order_by("position")] == [
        (1, P.RECORDED, ""),
        (2, P.RELEASED, "The project stopped."),
        (3, P.RELEASED, "The project stopped."),
    ]


def test_a_tranche_keeps_its_planned_date_and_whether_it_waits_for_a_report(people, grant):
    tranche = paying.add_tranche(
        grant, people.staff, Decimal("450.00"), date(2027, 9, 1), requires_report=True
    )

    assert (tranche.amount, tranche.planned_date, tranche.requires_report, tranche.status) == (
        Decimal("450.00"),
        date(2027, 9, 1),
        True,
        P.PLANNED,
    )


def test_only_fund_staff_plan_tranches(people, grant):
    for someone in (people.committee, people.applicant, people.member):
        with pytest.raises(PermissionDenied):
            paying.add_tranche(grant, someone, Decimal("100.00"), date(2027, 9, 1))
    assert not grant.tranches.exists()


def test_staff_in_the_applying_hub_cannot_plan_its_tranches(people, grant):
    member_of(people.hub, people.staff, role="member")

    with pytest.raises(ConflictOfInterest):
        paying.add_tranche(grant, people.staff, Decimal("100.00"), date(2027, 9, 1))


# Reports


@pytest.mark.parametrize(
    "status",
    [
        Application.Status.APPROVED,
        Application.Status.COMPLETED,
        Application.Status.IN_REVIEW,
        Application.Status.DECLINED,
    ],
)
def test_reports_are_refused_unless_the_grant_is_active(people, status):
    application = set_status(people.application, status)

    with pytest.raises(paying.PaymentRefused, match="Reports are sent while the grant is active"):
        paying.submit_report(application, people.applicant, "progress", "Going well.", "€100")
    assert not GrantReport.objects.exists()


def test_a_report_keeps_what_the_grantee_wrote_and_staff_are_told(
    people, grant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report = paying.submit_report(grant, people.applicant, "progress", "Going well.", "€100")

    report.refresh_from_db()
    assert (report.kind, report.narrative, report.spending, report.submitted_by) == (
        "progress",
        "Going well.",
        "€100",
        people.applicant,
    )
    assert sorted(address for m in mail.outbox for address in m.to) == sorted(
        [people.staff.email, people.staff_second.email]
    )
    assert {m.subject for m in mail.outbox} == {f"A report on {grant.reference} waits for review"}


def test_a_grant_read_back_from_the_database_takes_reports(people, grant):
    # As in a request: the status is the text stored, not the value set in Python.
    stored = Application.objects.get(pk=grant.pk)

    report = paying.submit_report(stored, people.applicant, "final", "All done.", "€900")

    assert (report.application, report.kind) == (stored, "final")


def _report(grant, kind):
    return GrantReport.objects.create(
        application=grant, kind=kind, narrative="Done.", submitted_by=grant.applicant
    )


def test_returning_a_report_keeps_the_note_and_who_returned_it(
    people, grant, django_capture_on_commit_callbacks
):
    report = _report(grant, "final")

    with (
        time_machine.travel(NOW, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        paying.review_report(report, people.staff, accept=False, note="Add the receipts.")

    report.refresh_from_db()
    grant.refresh_from_db()
    assert (report.status, report.reviewed_by, report.reviewed_at, report.staff_note) == (
        "returned",
        people.staff,
        NOW,
        "Add the receipts.",
    )
    assert grant.status == "active"
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([people.applicant.email], f"Your report on {grant.reference} was returned for changes")
    ]


def test_accepting_a_progress_report_leaves_the_grant_active(
    people, grant, django_capture_on_commit_callbacks
):
    report = _report(grant, "progress")

    with django_capture_on_commit_callbacks(execute=True):
        paying.review_report(report, people.staff, accept=True)

    grant.refresh_from_db()
    assert (GrantReport.objects.get().status, grant.status) == ("accepted", "active")
    assert [m.subject for m in mail.outbox] == [f"Your report on {grant.reference} was accepted"]


def test_accepting_the_final_report_of_a_paid_grant_completes_it(people, grant):
    tranche = plan_tranche(grant, "900.00")
    paying.record_payment(tranche, people.staff, date(2027, 5, 2), "bank_transfer", "TX-1")
    paying.approve_payment(tranche, people.staff_second)

    paying.review_report(_report(grant, "final"), people.staff, accept=True, note="Thank you.")

    grant.refresh_from_db()
    assert grant.status == "completed"
    assert grant.audit.latest("pk").note == "Thank you."


def test_only_fund_staff_review_reports(people, grant):
    report = _report(grant, "final")
    for someone in (people.committee, people.applicant):
        with pytest.raises(PermissionDenied):
            paying.review_report(report, someone, accept=True)
    report.refresh_from_db()
    assert (report.status, report.reviewed_by) == ("submitted", None)


# Decisions


def test_a_decision_keeps_its_reasons_conditions_and_who_decided(people):
    application = set_status(people.application, Application.Status.REVIEWED)

    paying.decide(
        application,
        people.committee,
        "approved",
        "A clear local need.",
        amount=Decimal("750.00"),
        conditions="Report at mid-term.",
    )

    decision = Decision.objects.get()
    assert (
        decision.outcome,
        decision.amount,
        decision.reasons,
        decision.conditions,
        decision.decided_by,
    ) == (
        "approved",
        Decimal("750.00"),
        "A clear local need.",
        "Report at mid-term.",
        people.committee,
    )
    application.refresh_from_db()
    assert application.status == "approved"
