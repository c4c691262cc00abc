"""The workflow's remaining rules in words of their own (the tables and each precondition are
in test_rules_stated.py): what submitting stamps and later steps keep, whose history shows
payment steps, what each refusal says, and the boundaries of "enough reviews", "a reason"
and "the award settled"."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.urls import reverse

from grants import paying, workflow
from grants.models import Application, ReviewAssignment, Tranche
from grants.permissions import FUND_STAFF
from members.models import User
from tests.factories import (
    UserFactory,
    accepted_final_report,
    approve,
    confirmed_reviewer,
    plan_tranche,
    set_status,
    submitted_review,
)

S = Application.Status
SUBMITTED_AT = datetime(2027, 4, 6, 11, 0, tzinfo=UTC)


def _refusal(subject, action, user, **details):
    with pytest.raises(workflow.TransitionRefused) as refused:
        workflow.perform(subject, action, user, **details)
    return str(refused.value)


@pytest.mark.parametrize("later_step, by", [("screen", "staff"), ("withdraw", "applicant")])
def test_submitting_stamps_the_time_and_reference_and_later_steps_keep_them(
    people, grant_round, later_step, by
):
    grant_round.opens_at, grant_round.closes_at = (
        datetime(2027, 4, 1, tzinfo=UTC),
        datetime(2027, 4, 30, tzinfo=UTC),
    )
    grant_round.save()
    with time_machine.travel(SUBMITTED_AT, tick=False):
        workflow.perform(people.application, "submit", people.applicant)
    reference = f"SG-2027-{people.application.pk:04d}"

    with time_machine.travel(datetime(2028, 1, 2, tzinfo=UTC), tick=False):
        workflow.perform(people.application, later_step, getattr(people, by))

    people.application.refresh_from_db()
    assert (people.application.submitted_at, people.application.reference) == (
        SUBMITTED_AT,
        reference,
    )


def _history_read_by(client, user, application):
    client.force_login(user)
    page = client.get(reverse("grants:application_detail", args=[application.pk]))
    history = page.content.decode().split('<ol class="audit">')[1].split("</ol>")[0]
    entries = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", item)) for item in history.split("<li>")]
    # Each entry reads "<time> · <who> · <what>"; an empty history reads "Nothing yet."
    return [entry.split(" · ", 2)[2].strip() for entry in entries if " · " in entry]


def test_the_applicant_reads_the_application_s_steps_but_not_the_payment_steps(client, people):
    grant = approve(people.application, "900.00")
    tranche = plan_tranche(grant, "900.00")
    workflow.perform(grant, "sign_agreement", people.staff)
    paying.record_payment(tranche, people.staff, "2027-05-01", "bank_transfer", "TX-1")
    paying.approve_payment(tranche, people.staff_second)

    assert _history_read_by(client, people.applicant, grant) == ["Approved → Active"]
    assert _history_read_by(client, people.staff, grant) == [
        "Approved → Active",
        "Tranche 1: Planned → Payment recorded, awaiting approval",
        "Tranche 1: Payment recorded, awaiting approval → Paid",
    ]


def test_a_step_the_team_keeps_to_itself_is_not_in_the_applicant_s_history(client, people):
    submitted = set_status(people.application, S.SUBMITTED)

    workflow.perform(submitted, "screen", people.staff, visible_to_applicant=False)

    assert _history_read_by(client, people.applicant, submitted) == []
    assert _history_read_by(client, people.staff, submitted) == ["Submitted → In review"]


# What a refusal says


def test_a_step_that_does_not_leave_the_status_is_named_in_the_refusal(people):
    assert _refusal(people.application, "approve", people.committee) == (
        "“Approve” is not possible while the application is Draft."
    )
    assert _refusal(people.application, "publish", people.staff) == (
        "“publish” is not possible while the application is Draft."
    )


def test_a_payment_step_on_a_tranche_in_another_status_names_that_status(people):
    grant = set_status(approve(people.application, "900.00"), S.ACTIVE)
    tranche = plan_tranche(grant, "900.00", status=Tranche.Status.PAID)

    assert _refusal(tranche, "record", people.staff) == "This tranche is Paid."


@pytest.mark.parametrize("decided", [True, False], ids=["approved", "still-in-review"])
def test_no_payment_before_the_agreement_is_signed(people, decided):
    # The staff can plan a tranche before the decision; paying it waits for the agreement.
    if decided:
        grant = approve(people.application, "900.00")
    else:
        grant = set_status(people.application, S.REVIEWED)
    tranche = plan_tranche(grant, "900.00")

    assert _refusal(tranche, "record", people.staff) == (
        "Payments start once the grant agreement is signed."
    )


@pytest.mark.parametrize("note", ["", "   ", "\n\t"])
def test_a_reason_of_only_spaces_is_no_reason(people, note):
    reviewed = set_status(people.application, S.REVIEWED)

    assert _refusal(reviewed, "decline", people.committee, note=note) == "Please give a reason."


# Enough reviews


def _in_review_with(people, submitted, other_statuses=()):
    application = set_status(people.application, S.IN_REVIEW)
    for _ in range(submitted):
        submitted_review(application)
    for status in other_statuses:
        ReviewAssignment.objects.create(
            application=application,
            reviewer=confirmed_reviewer(),
            due_at=SUBMITTED_AT,
            status=status,
        )
    return application


@pytest.mark.parametrize("submitted", [2, 3], ids=["as-many-as-asked", "one-more"])
def test_the_review_closes_with_the_reviews_the_round_asks_for_or_more(people, submitted):
    # The round asks for 2; a third reviewer the staff added does not hold the review open.
    application = _in_review_with(people, submitted=submitted)

    workflow.perform(application, "complete_review", people.staff)

    assert application.status == S.REVIEWED


def test_open_and_handed_back_assignments_are_not_reviews_in(people):
    # people.application already has one open assignment (people.assignment).
    application = _in_review_with(people, 1, [ReviewAssignment.Status.CONFLICT])

    assert _refusal(application, "complete_review", people.staff) == "1 of 2 reviews are in."


# The award settled


def _paid(tranche, people):
    paying.record_payment(tranche, people.staff, "2027-05-01", "bank_transfer", "TX")
    paying.approve_payment(tranche, people.staff_second)


def test_a_single_cent_of_the_award_neither_paid_nor_released_stops_completion(people):
    grant = set_status(approve(people.application, "900.00"), S.ACTIVE)
    _paid(plan_tranche(grant, "899.99"), people)
    accepted_final_report(grant)

    assert _refusal(grant, "complete", people.staff) == (
        "€0.01 of the award is neither paid nor released: plan a tranche for it and pay it "
        "or release it with a reason, before completing the grant."
    )

    _paid(plan_tranche(grant, "0.01"), people)
    workflow.perform(grant, "complete", people.staff)
    assert grant.status == S.COMPLETED


def test_the_first_tranche_still_pending_is_the_one_named(people):
    grant = set_status(approve(people.application, "900.00"), S.ACTIVE)
    _paid(plan_tranche(grant, "300.00"), people)
    plan_tranche(grant, "300.00")
    recorded = plan_tranche(grant, "300.00")
    paying.record_payment(recorded, people.staff, "2027-05-01", "bank_transfer", "TX")
    accepted_final_report(grant)

    assert _refusal(grant, "complete", people.staff) == (
        "Tranche 2 is still planned: pay it, or cancel the remaining tranches with a reason, "
        "before completing the grant."
    )


def test_the_recorder_is_known_by_their_account_number_however_large(people):
    """A network of thousands: the person approving is compared with the recorder by the
    number of their account, read afresh from the database, not by identity."""
    recorder = UserFactory(pk=70_001, groups=[FUND_STAFF])
    grant = set_status(approve(people.application, "1000.00"), S.ACTIVE)
    tranche = plan_tranche(grant, "1000.00")
    paying.record_payment(tranche, recorder, "2027-05-01", "bank_transfer", "TX")

    assert _refusal(tranche, "approve", User.objects.get(email=recorder.email)) == (
        "Someone other than the person who recorded the payment must approve it."
    )
    tranche.refresh_from_db()
    assert (tranche.status, tranche.approved_by) == (Tranche.Status.RECORDED, None)


def test_a_colleague_with_an_older_account_approves_the_payment(people):
    """Any staff member but the recorder approves, whichever of the two joined first."""
    recorder = UserFactory(pk=70_002, groups=[FUND_STAFF])
    grant = set_status(approve(people.application, "1000.00"), S.ACTIVE)
    tranche = plan_tranche(grant, "1000.00")
    paying.record_payment(tranche, recorder, "2027-05-01", "bank_transfer", "TX")

    paying.approve_payment(tranche, people.staff)

    tranche.refresh_from_db()
    assert (tranche.status, tranche.approved_by) == (Tranche.Status.PAID, people.staff)
