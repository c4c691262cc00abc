"""Conflicts of interest at every step: the applicant and the members of the applying hub
cannot be assigned, review, decide, plan or pay, however they got there; each is told why."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from grants import paying, reviewing, workflow
from grants.conflicts import ConflictOfInterest
from grants.models import Application, Review, ReviewAssignment, Tranche
from tests.factories import (
    UserFactory,
    approve,
    confirmed_reviewer,
    member_of,
    plan_tranche,
    set_status,
)

IN_HUB = "belongs to Hub A, the applying hub"


@pytest.fixture
def in_review(people):
    return set_status(people.application, Application.Status.IN_REVIEW)


def test_automatic_assignment_skips_the_applicant_and_every_member_of_the_hub(people, in_review):
    member_reviewer = member_of(people.hub, confirmed_reviewer(), role="member")
    coordinator_reviewer = member_of(people.hub, confirmed_reviewer())
    in_review.assignments.all().delete()
    reviewing.fill_assignments(in_review)
    reviewers = set(in_review.assignments.values_list("reviewer_id", flat=True))
    assert len(reviewers) == 2
    assert not reviewers & {member_reviewer.pk, coordinator_reviewer.pk, people.applicant.pk}


@pytest.mark.parametrize("who", ["applicant", "hub_member"])
def test_manual_assignment_refuses_the_applicant_and_the_hub(people, in_review, who):
    with pytest.raises(ConflictOfInterest) as refusal:
        reviewing.assign(in_review, getattr(people, who))
    reason = (
        f"{people.applicant} applied for this grant"
        if who == "applicant"
        else f"{people.hub_member} {IN_HUB}"
    )
    assert reason in refusal.value.message
    assert not in_review.assignments.filter(reviewer=getattr(people, who)).exists()


@pytest.mark.parametrize("who", ["applicant", "hub_member"])
def test_the_admin_assignment_form_refuses_the_applicant_and_the_hub(
    client, people, in_review, who
):
    admin = UserFactory(is_superuser=True, is_staff=True, groups=["Fund staff"])
    client.force_login(admin)
    person = getattr(people, who)
    response = client.post(
        "/admin/grants/assignments/new/",
        {
            "application": in_review.pk,
            "reviewer": person.pk,
            "due_at": (timezone.now() + timedelta(days=7)).strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 200
    assert "Conflict of interest" in response.content.decode()
    assert not ReviewAssignment.objects.filter(reviewer=person).exists()


def review_data(application):
    criteria = application.round.criteria_list()
    return {
        f"c_{criteria[0][0]}": "4",
        f"c_{criteria[1][0]}": "3",
        "recommendation": "fund",
        "comment_for_committee": "Joined them since.",
    }


def test_a_reviewer_who_joined_the_hub_since_cannot_submit_the_review(client, people, in_review):
    member_of(people.hub, people.reviewer_assigned, role="member")
    client.force_login(people.reviewer_assigned)
    response = client.post(
        reverse("grants:review", args=[people.assignment.pk]), review_data(in_review)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert f"{people.reviewer_assigned} {IN_HUB}" in page
    assert "Joined them since." in page  # nothing typed is lost
    assert not Review.objects.exists()
    people.assignment.refresh_from_db()
    assert people.assignment.status == ReviewAssignment.Status.ASSIGNED


def test_a_committee_member_in_the_hub_cannot_decide(client, people):
    application = set_status(people.application, Application.Status.REVIEWED)
    member_of(people.hub, people.committee, role="member")
    with pytest.raises(workflow.TransitionRefused, match=IN_HUB):
        paying.decide(application, people.committee, "approved", "Good.", amount="500.00")
    client.force_login(people.committee)
    response = client.post(
        reverse("grants:decide", args=[application.pk]),
        {"outcome": "declined", "amount": "", "reasons": "Not this time.", "conditions": ""},
        follow=True,
    )
    assert f"{people.committee} {IN_HUB}" in response.content.decode()
    application.refresh_from_db()
    assert application.status == Application.Status.REVIEWED
    assert not application.decisions.exists()


def test_the_applicant_cannot_decide_on_their_own_application_even_on_the_committee(people):
    application = set_status(people.application, Application.Status.REVIEWED)
    people.applicant.groups.add(*people.committee.groups.all())
    with pytest.raises(workflow.TransitionRefused, match="applied for this grant"):
        paying.decide(application, people.applicant, "waitlisted", "Later.")


@pytest.fixture
def active_grant(people):
    application = approve(people.application, "1000.00")
    return set_status(application, Application.Status.ACTIVE)


def test_fund_staff_in_the_hub_cannot_plan_a_tranche(client, people, active_grant):
    member_of(people.hub, people.staff, role="member")
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:add_tranche", args=[active_grant.pk]),
        {"amount": "400.00", "planned_date": "2026-05-01"},
        follow=True,
    )
    assert f"{people.staff} {IN_HUB}" in response.content.decode()
    assert not active_grant.tranches.exists()


def test_fund_staff_in_the_hub_cannot_record_a_payment(client, people, active_grant):
    tranche = plan_tranche(active_grant, "1000.00")
    member_of(people.hub, people.staff, role="member")
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:tranche_action", args=[tranche.pk, "record"]),
        {"paid_date": "2026-05-01", "method": "bank_transfer", "payment_reference": "TX-1"},
        follow=True,
    )
    assert f"{people.staff} {IN_HUB}" in response.content.decode()
    tranche.refresh_from_db()
    assert tranche.status == Tranche.Status.PLANNED


def test_fund_staff_in_the_hub_cannot_approve_a_payment(client, people, active_grant):
    tranche = plan_tranche(active_grant, "1000.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-1")
    member_of(people.hub, people.staff_second, role="member")
    client.force_login(people.staff_second)
    response = client.post(
        reverse("grants:tranche_action", args=[tranche.pk, "approve"]), follow=True
    )
    assert f"{people.staff_second} {IN_HUB}" in response.content.decode()
    tranche.refresh_from_db()
    assert (tranche.status, tranche.approved_by) == (Tranche.Status.RECORDED, None)


def test_fund_staff_in_the_hub_cannot_accept_its_report(client, people, active_grant):
    report = paying.submit_report(active_grant, people.applicant, "final", "All done.", {})
    member_of(people.hub, people.staff, role="member")
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:review_report", args=[report.pk]), {"accept": "1"}, follow=True
    )
    assert f"{people.staff} {IN_HUB}" in response.content.decode()
    active_grant.refresh_from_db()
    assert active_grant.status == Application.Status.ACTIVE
