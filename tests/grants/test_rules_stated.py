"""The fund's rules written out by hand, not read back from the code: who may take each step
from each status, each precondition refused on its own, and every money comparison at its
exact boundary (one cent either side)."""

import csv
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from grants import ledger, paying, permissions, workflow
from grants.models import Application, ReviewAssignment, Tranche
from grants.ranking import ranking_queryset, with_funding_line, write_csv
from tests.factories import (
    HubFactory,
    accepted_final_report,
    approve,
    make_application,
    member_of,
    plan_tranche,
    set_status,
    submitted_review,
)

# pytest-django runs tests that do not use the database after those that do; marking every
# test here keeps them in the order written and ahead of the module's other test files, so a
# mutation run (`-x`) stops at the first rule broken.
pytestmark = pytest.mark.django_db

# (action, from status) -> (to status, roles allowed, preconditions checked, in this order).
# Written from the fund's rules (docs and the design), not copied from the code.
APPLICATION_RULES = {
    ("submit", "draft"): (
        "submitted",
        {"applicant"},
        [
            "round_is_open",
            "one_application_per_hub",
            "application_complete",
            "request_within_limits",
        ],
    ),
    ("withdraw", "draft"): ("withdrawn", {"applicant"}, []),
    ("withdraw", "submitted"): ("withdrawn", {"applicant"}, []),
    ("withdraw", "in_review"): ("withdrawn", {"applicant"}, []),
    ("withdraw", "reviewed"): ("withdrawn", {"applicant"}, []),
    ("screen", "submitted"): ("in_review", {"staff"}, ["no_conflict"]),
    ("ineligible", "submitted"): ("declined", {"staff"}, ["no_conflict", "note_given"]),
    ("complete_review", "in_review"): ("reviewed", {"staff"}, ["no_conflict", "enough_reviews"]),
    ("approve", "reviewed"): ("approved", {"committee"}, ["no_conflict", "within_budget"]),
    ("decline", "reviewed"): ("declined", {"committee"}, ["no_conflict", "note_given"]),
    ("waitlist", "reviewed"): ("waitlisted", {"committee"}, ["no_conflict", "note_given"]),
    ("approve", "waitlisted"): ("approved", {"committee"}, ["no_conflict", "within_budget"]),
    ("decline", "waitlisted"): ("declined", {"committee"}, ["no_conflict", "note_given"]),
    ("sign_agreement", "approved"): (
        "active",
        {"staff"},
        ["no_conflict", "schedule_matches_award"],
    ),
    ("complete", "active"): (
        "completed",
        {"staff"},
        ["no_conflict", "final_report_accepted", "nothing_pending", "award_settled"],
    ),
}

# Two people per payment, both fund staff; no one else touches money.
PAYMENT_RULES = {
    ("record", "planned"): (
        "recorded",
        {"staff"},
        ["no_conflict", "grant_active", "report_accepted_if_required"],
    ),
    ("cancel", "planned"): ("cancelled", {"staff"}, ["no_conflict"]),
    ("release", "planned"): ("released", {"staff"}, ["no_conflict", "grant_active", "note_given"]),
    ("approve", "recorded"): ("paid", {"staff"}, ["no_conflict", "not_the_recorder"]),
    ("fail", "recorded"): ("failed", {"staff"}, ["no_conflict"]),
}


def _as_rules(table):
    return {
        (t.action, str(t.source)): (
            str(t.target),
            set(t.roles),
            [check.__name__ for check in t.checks],
        )
        for t in table
    }


def test_the_application_table_is_the_one_written_here():
    assert len(workflow.TRANSITIONS) == len(APPLICATION_RULES)
    assert _as_rules(workflow.TRANSITIONS) == APPLICATION_RULES


def test_the_payments_table_is_the_one_written_here():
    assert len(workflow.PAYMENTS) == len(PAYMENT_RULES)
    assert _as_rules(workflow.PAYMENTS) == PAYMENT_RULES


def test_only_staff_take_applications_in_from_the_bulk_list():
    assert set(workflow.BULK_ACTIONS) == {"screen", "complete_review"}


# Roles refused in practice, through `perform`: the status stays and nothing is audited.


def _refused(application, action, user, match, **details):
    before = application.status
    with pytest.raises(workflow.TransitionRefused, match=match):
        workflow.perform(application, action, user, **details)
    application.refresh_from_db()
    assert application.status == before
    assert not application.audit.filter(action=action).exists()


@pytest.fixture
def submitted(people):
    return set_status(people.application, Application.Status.SUBMITTED)


@pytest.fixture
def reviewed(people):
    for _ in range(2):
        submitted_review(people.application)
    return set_status(people.application, Application.Status.REVIEWED)


def test_the_committee_cannot_screen(people, submitted):
    _refused(submitted, "screen", people.committee, "not allowed")
    assert workflow.available_actions(submitted, people.committee) == []


def test_the_applicant_cannot_screen_their_own_application(people, submitted):
    _refused(submitted, "screen", people.applicant, "not allowed")


def test_staff_cannot_approve(people, reviewed):
    _refused(reviewed, "approve", people.staff, "not allowed", amount="500.00")
    assert "approve" not in workflow.available_actions(reviewed, people.staff)


def test_staff_cannot_decline_or_waitlist(people, reviewed):
    _refused(reviewed, "decline", people.staff, "not allowed", note="No.")
    _refused(reviewed, "waitlist", people.staff, "not allowed", note="Later.")


def test_the_committee_cannot_sign_the_agreement_or_complete(people):
    application = approve(people.application, "1000.00")
    plan_tranche(application, "1000.00")
    _refused(application, "sign_agreement", people.committee, "not allowed")
    set_status(application, Application.Status.ACTIVE)
    accepted_final_report(application)
    _refused(application, "complete", people.committee, "not allowed")


def test_an_assigned_reviewer_cannot_close_the_review(people):
    application = set_status(people.application, Application.Status.IN_REVIEW)
    for _ in range(2):
        submitted_review(application)
    _refused(application, "complete_review", people.reviewer_assigned, "not allowed")


def test_the_committee_cannot_record_or_approve_a_payment(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    tranche = plan_tranche(application, "1000.00")
    with pytest.raises(workflow.TransitionRefused, match="not allowed"):
        paying.record_payment(tranche, people.committee, "2026-05-01", "bank_transfer", "TX")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")
    with pytest.raises(workflow.TransitionRefused, match="not allowed"):
        paying.approve_payment(tranche, people.committee)
    tranche.refresh_from_db()
    assert tranche.status == Tranche.Status.RECORDED


# Each precondition refused in a test of its own, with everything else in place.


def test_submitting_after_the_round_closed_is_refused(people, grant_round):
    grant_round.closes_at = timezone.now() - timedelta(minutes=1)
    grant_round.save()
    _refused(people.application, "submit", people.applicant, "This round closed on")


def test_submitting_an_incomplete_application_is_refused(people):
    people.application.timeline = ""
    people.application.save()
    _refused(people.application, "submit", people.applicant, "Some required information")


def test_a_complete_draft_in_an_open_round_is_submitted(people):
    workflow.perform(people.application, "submit", people.applicant)
    assert people.application.status == Application.Status.SUBMITTED
    assert people.application.reference.startswith("SG-")


def test_screening_with_a_conflict_of_interest_is_refused(people, submitted):
    member_of(people.hub, user=people.staff_second, role="member")
    _refused(submitted, "screen", people.staff_second, "Conflict of interest")
    workflow.perform(submitted, "screen", people.staff)
    assert submitted.status == Application.Status.IN_REVIEW


@pytest.mark.parametrize("action", ["decline", "waitlist"])
def test_a_committee_decision_without_a_reason_is_refused(people, reviewed, action):
    _refused(reviewed, action, people.committee, "Please give a reason", note="  ")


def test_declining_as_ineligible_without_a_reason_is_refused(people, submitted):
    _refused(submitted, "ineligible", people.staff, "Please give a reason", note="")


def test_closing_the_review_with_one_review_of_two_is_refused(people):
    application = set_status(people.application, Application.Status.IN_REVIEW)
    submitted_review(application)
    _refused(application, "complete_review", people.staff, "1 of 2 reviews are in")
    submitted_review(application)
    workflow.perform(application, "complete_review", people.staff)
    assert application.status == Application.Status.REVIEWED


def test_approving_without_an_amount_is_refused(people, reviewed):
    _refused(reviewed, "approve", people.committee, "Please give the amount")


def test_signing_the_agreement_before_the_schedule_matches_the_award_is_refused(people):
    application = approve(people.application, "1000.00")
    plan_tranche(application, "999.99")
    _refused(
        application,
        "sign_agreement",
        people.staff,
        "The tranches add up to 999.99 but the award is 1000.00.",
    )


def test_a_schedule_a_cent_over_the_award_does_not_match_it_either(people):
    """Planning refuses to pass the award; a schedule over it made any other way (data from an
    older version, say) still stops the agreement."""
    application = approve(people.application, "1000.00")
    plan_tranche(application, "1000.01")
    assert ledger.schedule_problem(application) == (
        "The tranches add up to 1000.01 but the award is 1000.00."
    )


def test_completing_without_any_final_report_is_refused(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    _refused(application, "complete", people.staff, "final report has not been accepted")


def test_completing_with_a_final_report_not_yet_accepted_is_refused(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    paying.submit_report(application, people.applicant, "final", "All done.", {})
    _refused(application, "complete", people.staff, "final report has not been accepted")


def test_completing_with_only_a_progress_report_accepted_is_refused(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    report = paying.submit_report(application, people.applicant, "progress", "Half.", {})
    paying.review_report(report, people.staff, accept=True)
    _refused(application, "complete", people.staff, "final report has not been accepted")


def test_completing_with_the_final_report_accepted_and_the_award_paid_is_allowed(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    plan_tranche(application, "1000.00", status=Tranche.Status.PAID)
    accepted_final_report(application)
    workflow.perform(application, "complete", people.staff)
    assert application.status == Application.Status.COMPLETED


def test_recording_a_payment_before_the_agreement_is_signed_is_refused(people):
    application = approve(people.application, "1000.00")
    tranche = plan_tranche(application, "1000.00")
    with pytest.raises(workflow.TransitionRefused, match="agreement is signed"):
        paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")
    tranche.refresh_from_db()
    assert tranche.status == Tranche.Status.PLANNED


def test_a_tranche_needing_a_report_is_refused_while_the_report_is_only_submitted(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    tranche = plan_tranche(application, "1000.00", requires_report=True)
    paying.submit_report(application, people.applicant, "progress", "Half.", {})
    with pytest.raises(workflow.TransitionRefused, match="needs an accepted report"):
        paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")


def test_a_tranche_planned_without_asking_for_a_report_is_paid_without_one(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    tranche = paying.add_tranche(application, people.staff, Decimal("1000.00"), "2026-05-01")

    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")

    tranche.refresh_from_db()
    assert (tranche.requires_report, tranche.status) == (False, Tranche.Status.RECORDED)


def test_the_recorder_cannot_approve_their_own_payment(people):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    tranche = plan_tranche(application, "1000.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")
    with pytest.raises(workflow.TransitionRefused, match="Someone other than"):
        paying.approve_payment(tranche, people.staff)
    tranche.refresh_from_db()
    assert (tranche.status, tranche.approved_by) == (Tranche.Status.RECORDED, None)


# Money at its boundaries: the round's budget is 10000.00 and its maximum award 5000.00.


@pytest.fixture
def two_grants_made(people, grant_round):
    """8000.00 of the 10000.00 budget committed: 2000.00 remain."""
    for _ in range(2):
        approve(make_application(grant_round, amount="4000.00"), "4000.00")
    assert ledger.round_ledger(grant_round)["remaining"] == Decimal("2000.00")


def test_an_award_of_exactly_the_remaining_budget_is_accepted(people, reviewed, two_grants_made):
    reviewed.budget_lines.update(amount=Decimal("3000.00"))
    _refused(reviewed, "approve", people.committee, "2000.00 EUR left", amount=Decimal("2000.01"))
    paying.decide(reviewed, people.committee, "approved", "Good.", amount=Decimal("2000.00"))
    assert reviewed.status == Application.Status.APPROVED
    assert ledger.round_ledger(people.application.round)["remaining"] == Decimal("0.00")


@pytest.mark.parametrize(
    ("amount", "refusal"),
    [
        ("0.00", "must be more than zero"),
        ("-0.01", "must be more than zero"),
        ("99.99", "below the round's minimum award"),
        ("100.00", None),  # exactly the round's minimum
        ("1000.00", None),  # exactly the amount requested
        ("1000.01", "cannot exceed the amount requested"),
    ],
)
def test_an_award_between_zero_and_the_amount_requested(people, amount, refusal):
    reason = ledger.check_award(people.application, amount)
    assert reason is None if refusal is None else refusal in reason


@pytest.mark.parametrize(
    ("amount", "refusal"),
    [("5000.00", None), ("5000.01", "cannot exceed the round's maximum award (5000.00)")],
)
def test_an_award_up_to_the_round_maximum(people, amount, refusal):
    people.application.budget_lines.update(amount=Decimal("6000.00"))
    reason = ledger.check_award(people.application, amount)
    assert reason is None if refusal is None else refusal in reason


def test_tranches_may_add_up_to_exactly_the_award_and_not_a_cent_more(people):
    application = approve(people.application, "900.00")
    paying.add_tranche(application, people.staff, Decimal("500.00"), "2026-05-01")
    with pytest.raises(paying.PaymentRefused, match="more than the award"):
        paying.add_tranche(application, people.staff, Decimal("400.01"), "2026-06-01")
    paying.add_tranche(application, people.staff, Decimal("400.00"), "2026-06-01")
    assert ledger.grant_ledger(application)["scheduled"] == Decimal("900.00")
    assert ledger.schedule_problem(application) is None


def test_tranches_are_numbered_one_two_three_in_the_order_they_are_planned(people):
    application = approve(people.application, "900.00")
    for planned in ("2026-05-01", "2026-06-01", "2026-07-01"):
        paying.add_tranche(application, people.staff, Decimal("300.00"), planned)

    numbered = application.tranches.order_by("planned_date").values_list("position", flat=True)
    assert list(numbered) == [1, 2, 3]


def test_the_round_counts_only_approved_payments_as_paid(people, grant_round):
    application = set_status(approve(people.application, "1000.00"), Application.Status.ACTIVE)
    paid = plan_tranche(application, "300.00")
    recorded = plan_tranche(application, "200.00")
    plan_tranche(application, "500.00")
    for tranche in (paid, recorded):
        paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")
    paying.approve_payment(paid, people.staff_second)

    assert ledger.round_ledger(grant_round) == {
        "currency": "EUR",
        "budget": Decimal("10000.00"),
        "committed": Decimal("1000.00"),
        "paid": Decimal("300.00"),
        "remaining": Decimal("9000.00"),
    }
    assert ledger.grants_ledger_by_currency()["EUR"]["paid"] == Decimal("300.00")
    grant = ledger.grant_ledger(application)
    assert (grant["paid"], grant["scheduled"], grant["remaining"]) == (
        Decimal("300.00"),
        Decimal("1000.00"),
        Decimal("700.00"),
    )


def test_a_declined_or_waitlisted_application_commits_nothing(people, grant_round, reviewed):
    paying.decide(reviewed, people.committee, "waitlisted", "Later.")
    assert ledger.round_ledger(grant_round)["committed"] == Decimal("0.00")


@pytest.mark.parametrize("outcome", ["declined", "waitlisted"])
def test_a_decision_other_than_approval_records_no_amount_even_if_one_was_typed(
    people, reviewed, outcome
):
    paying.decide(reviewed, people.committee, outcome, "Not this round.", amount=Decimal("500"))

    assert reviewed.decisions.get().amount is None


# The funding line: an application is within budget while the running total is at most it.


def _in_review(grant_round, amount, score):
    application = set_status(make_application(grant_round, amount=amount), "in_review")
    for _ in range(2):
        submitted_review(application, score=score)
    return application


def test_the_funding_line_falls_after_the_application_reaching_the_budget_exactly(grant_round):
    first = _in_review(grant_round, "4000.00", score=5)
    second = _in_review(grant_round, "6000.00", score=4)
    third = _in_review(grant_round, "0.01", score=3)

    rows = with_funding_line(ranking_queryset(grant_round), grant_round.budget)

    assert [(a, total, within) for a, total, within in rows] == [
        (first, Decimal("4000.00"), True),
        (second, Decimal("10000.00"), True),
        (third, Decimal("10000.01"), False),
    ]


def test_reviews_due_leave_out_declared_conflicts(grant_round):
    application = _in_review(grant_round, "100.00", score=4)
    ReviewAssignment.objects.create(
        application=application,
        reviewer=member_of(application.hub),
        due_at=timezone.now() + timedelta(days=3),
        status=ReviewAssignment.Status.CONFLICT,
    )
    [row] = ranking_queryset(grant_round)
    assert (row.reviews_done, row.reviews_due, row.score) == (2, 2, Decimal("4"))


def test_the_ranking_csv_has_every_figure_of_each_row(grant_round):
    scored_one = _in_review(grant_round, "4000.00", score=5)
    # Scores 5, 5 and 2: mean 4, spread 3 (a spread of 5 % 2 or 5 + 2 would show).
    submitted_review(scored_one, score=2)
    unscored = set_status(
        make_application(grant_round, hub=HubFactory(name="Hub South"), amount="6000.01"),
        "in_review",
    )
    out = StringIO()

    write_csv(with_funding_line(ranking_queryset(grant_round), grant_round.budget), "EUR", out)

    header, first, second = csv.reader(StringIO(out.getvalue()))
    assert header == [
        "rank", "reference", "hub", "title", "status", "language", "score", "spread",
        "reviews_done", "reviews_due", "amount_requested", "amount_awarded", "cumulative",
        "within_budget", "currency",
    ]  # fmt: skip
    assert first[:6] == [
        "1",
        scored_one.reference,
        scored_one.hub.name,
        "Community kitchen",
        "in_review",
        "en",
    ]
    assert [Decimal(first[6]), Decimal(first[7])] + first[8:10] == [
        Decimal("4"),
        Decimal("3"),
        "3",
        "3",
    ]
    # Amounts to two decimals; nothing awarded yet.
    assert first[10:] == ["4000.00", "", "4000.00", "yes", "EUR"]
    assert second[:10] == [
        "2", unscored.reference, "Hub South", "Community kitchen", "in_review", "en",
        "", "", "0", "0",
    ]  # fmt: skip
    assert second[10:] == ["6000.01", "", "10000.01", "no", "EUR"]


# Who holds a role in the fund.


def test_the_three_grants_groups_are_made_once_and_given_by_name(db):
    names = ["Peer reviewers", "Grant committee", "Fund staff"]
    groups = permissions.ensure_groups()
    assert {name: group.name for name, group in groups.items()} == {name: name for name in names}
    assert permissions.ensure_groups() == groups
    assert Group.objects.filter(name__in=names).count() == 3


def test_someone_not_signed_in_holds_no_role_in_the_fund(people):
    visitor = AnonymousUser()
    assert not permissions.is_fund_staff(visitor)
    assert not permissions.is_committee(visitor)
    assert not permissions.is_confirmed_reviewer(visitor)
    assert not permissions.is_grants_team(visitor)
    assert permissions.hubs_user_may_apply_for(visitor) == []
    assert permissions.roles_for(visitor, people.application) == set()
