"""Each of the fund's people reaches what waits for them from the header and the dashboard,
and nobody without admin access is sent into the admin."""

from datetime import UTC, datetime

from django.urls import reverse

from grants.models import Application, GrantReport, Tranche
from tests.factories import (
    HubFactory,
    approve,
    make_application,
    plan_tranche,
    set_status,
    submitted_review,
)


def _page(client, person, url):
    client.force_login(person)
    return client.get(url).content.decode()


def _work(client, person):
    return _page(client, person, reverse("members:work"))


def test_the_header_and_the_dashboard_lead_to_the_work_area(client, people):
    page = _page(client, people.reviewer_assigned, reverse("members:dashboard"))

    assert f'href="{reverse("members:work")}"' in page
    assert "What waits for me: 0 things" in page


def test_a_reviewer_sees_the_reviews_due_with_their_due_dates(client, people, grant_round):
    set_status(people.application, Application.Status.IN_REVIEW)
    people.assignment.due_at = datetime(2026, 6, 10, 12, tzinfo=UTC)
    people.assignment.save()
    other = set_status(
        make_application(grant_round, hub=HubFactory(), title="Tool library"),
        Application.Status.IN_REVIEW,
    )
    other.assignments.create(reviewer=people.reviewer_not_assigned, due_at=people.assignment.due_at)

    page = _work(client, people.reviewer_assigned)

    assert 'Reviews due <span class="work-list__count">(1)</span>' in page
    assert "Community kitchen" in page
    assert "due June 10, 2026" in page
    assert reverse("grants:review", args=[people.assignment.pk]) in page
    assert "Tool library" not in page


def test_the_committee_sees_rounds_ready_to_decide_each_linking_to_its_ranking(
    client, people, grant_round
):
    set_status(people.application, Application.Status.REVIEWED)
    submitted_review(people.application)

    page = _work(client, people.committee)

    assert 'Rounds ready to decide <span class="work-list__count">(1)</span>' in page
    assert "Spring round" in page
    assert "1 application ready to decide" in page
    assert reverse("grants:ranking", args=[grant_round.pk]) in page
    assert "Submissions to screen" not in page


def test_fund_staff_see_submissions_payments_by_others_and_reports(client, people, grant_round):
    set_status(people.application, Application.Status.SUBMITTED)
    paid = make_application(grant_round, hub=HubFactory(name="Hub C"), title="Tool library")
    approve(paid, "800.00")
    set_status(paid, Application.Status.ACTIVE)
    recorded_at = datetime(2026, 5, 4, 9, tzinfo=UTC)
    plan_tranche(
        paid, "400.00", status=Tranche.Status.RECORDED, recorded_by=people.staff,
        recorded_at=recorded_at,
    )  # fmt: skip
    plan_tranche(
        paid, "100.00", status=Tranche.Status.RECORDED, recorded_by=people.staff_second,
        recorded_at=recorded_at,
    )  # fmt: skip
    GrantReport.objects.create(
        application=paid, kind=GrantReport.Kind.FINAL, narrative="Done.",
        status=GrantReport.Status.SUBMITTED, submitted_by=paid.applicant,
    )  # fmt: skip

    page = _work(client, people.staff_second)

    assert 'Submissions to screen <span class="work-list__count">(1)</span>' in page
    assert "Community kitchen" in page
    assert 'Payments waiting for your approval <span class="work-list__count">(1)</span>' in page
    assert f"€400.00 recorded by {people.staff} on May 4, 2026" in page
    assert "€100.00" not in page
    assert 'Reports to review <span class="work-list__count">(1)</span>' in page
    assert "Final report from Hub C" in page
    assert reverse("grants:staff_applications") in page


def test_a_coordinator_sees_drafts_and_reports_due(client, people, grant_round):
    active = make_application(grant_round, hub=people.hub, title="Tool library")
    approve(active, "800.00")
    set_status(active, Application.Status.ACTIVE)
    tranche = plan_tranche(active, "400.00", requires_report=True)
    tranche.planned_date = datetime(2026, 7, 1).date()
    tranche.save()

    page = _work(client, people.applicant)

    assert 'Applications in progress <span class="work-list__count">(1)</span>' in page
    assert "Community kitchen" in page
    assert 'Reports due <span class="work-list__count">(1)</span>' in page
    assert "report due by July 1, 2026" in page
    assert "Reviews due" not in page


def test_the_committee_and_the_treasurer_are_not_sent_round_the_admin(client, people):
    for person in (people.committee, people.staff):
        client.force_login(person)
        response = client.get("/admin/", follow=True)

        assert response.redirect_chain[-1][0] == reverse("members:work")
        assert "You do not have permission to access the admin." in response.content.decode()
        assert 'href="/admin/' not in response.content.decode()


def test_only_fund_staff_see_the_assign_button_on_the_ranking(client, people, grant_round):
    url = reverse("grants:ranking", args=[grant_round.pk])

    assert "Assign reviewers automatically" not in _page(client, people.committee, url)
    assert "Assign reviewers automatically" in _page(client, people.staff, url)
