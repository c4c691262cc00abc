"""Peer review: the pool, automatic and manual assignment, conflicts, locked reviews,
reminders, and the ranking staff decide from."""

import csv
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from grants import reviewing
from grants.models import Application, Review, ReviewAssignment, ReviewerProfile
from tests.factories import (
    HubFactory,
    UserFactory,
    confirmed_reviewer,
    make_application,
    member_of,
    set_status,
    submitted_review,
)


def in_review(grant_round, **kwargs):
    return set_status(make_application(grant_round, **kwargs), Application.Status.IN_REVIEW)


def test_members_volunteer_and_staff_confirm_them(client, people):
    volunteer = UserFactory()
    client.force_login(volunteer)
    client.post(reverse("grants:volunteer"), {"languages": ["pt", "en"]})
    profile = ReviewerProfile.objects.get(user=volunteer)
    assert (profile.status, profile.languages) == ("volunteered", ["pt", "en"])
    client.force_login(people.staff)
    client.post(reverse("grants:reviewer_pool"), {"profile": profile.pk})
    profile.refresh_from_db()
    assert profile.status == "confirmed"
    assert volunteer.groups.filter(name="Peer reviewers").exists()


def test_automatic_assignment_balances_load_prefers_language_and_skips_the_hub(grant_round):
    hub = HubFactory()
    insider = confirmed_reviewer(languages=["pt"])
    member_of(hub, insider, role="member")
    portuguese = confirmed_reviewer(languages=["pt"])
    others = [confirmed_reviewer(languages=["en"]) for _ in range(3)]
    applications = [in_review(grant_round, hub=hub, language="pt")] + [
        in_review(grant_round, language="en") for _ in range(3)
    ]
    reviewing.assign_round(grant_round)
    by_app = {a.pk: set(a.assignments.values_list("reviewer_id", flat=True)) for a in applications}
    assert all(len(reviewers) == 2 for reviewers in by_app.values())
    assert insider.pk not in by_app[applications[0].pk]
    assert portuguese.pk in by_app[applications[0].pk]
    assert applications[0].applicant_id not in by_app[applications[0].pk]
    load = [
        ReviewAssignment.objects.filter(reviewer=r).count() for r in [insider, portuguese, *others]
    ]
    assert max(load) - min(load) <= 2
    assert len(mail.outbox) == 0 or all("review" in m.subject.lower() for m in mail.outbox)


def test_a_conflict_releases_the_assignment_and_finds_another_reviewer(
    client, grant_round, django_capture_on_commit_callbacks
):
    application = in_review(grant_round)
    first, second, spare = (confirmed_reviewer() for _ in range(3))
    assignment = reviewing.assign(application, first)
    reviewing.assign(application, second)
    client.force_login(first)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("grants:declare_conflict", args=[assignment.pk]),
            {"note": "I worked with this hub last year."},
        )
    assignment.refresh_from_db()
    assert assignment.status == "conflict"
    assert application.assignments.filter(reviewer=spare, status="assigned").exists()
    assert spare.email in [m.to[0] for m in mail.outbox]
    assert client.get(reverse("grants:review", args=[assignment.pk])).status_code == 404


def test_a_review_scores_every_criterion_and_is_locked_once_submitted(client, people):
    application = set_status(people.application, Application.Status.IN_REVIEW)
    criteria = application.round.criteria_list()
    client.force_login(people.reviewer_assigned)
    url = reverse("grants:review", args=[people.assignment.pk])
    page = client.get(url).content.decode()
    assert "Does it meet a local need?" in page
    data = {
        f"c_{criteria[0][0]}": "5",
        f"c_{criteria[1][0]}": "2",
        "recommendation": "fund_with_changes",
        "comment_for_committee": "Strong need, thin plan.",
    }
    incomplete = client.post(url, {k: v for k, v in data.items() if k != f"c_{criteria[1][0]}"})
    assert incomplete.status_code == 200 and not Review.objects.exists()
    assert "Strong need, thin plan." in incomplete.content.decode()
    client.post(url, data)
    review = Review.objects.get()
    assert review.weighted_score == Decimal("4.00")  # (5×2 + 2×1) / 3
    client.post(url, {**data, "comment_for_committee": "Changed my mind."})
    review.refresh_from_db()
    assert review.comment_for_committee == "Strong need, thin plan."
    assert Review.objects.count() == 1


def test_reminders_go_to_reviewers_with_reviews_due_soon(
    grant_round, django_capture_on_commit_callbacks
):
    application = in_review(grant_round)
    soon, later = confirmed_reviewer(), confirmed_reviewer()
    reviewing.assign(application, soon, due_at=timezone.now() + timedelta(days=1))
    reviewing.assign(application, later, due_at=timezone.now() + timedelta(days=10))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_review_reminders", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [[soon.email]]
    assert "Reminder" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_review_reminders", stdout=StringIO())
    assert len(mail.outbox) == 1


def test_the_ranking_shows_scores_spread_and_the_funding_line(client, people, grant_round):
    scores = [(5, 3), (4, 4), (2, 2)]
    for n, (a, b) in enumerate(scores):
        application = in_review(grant_round, amount="4000.00", title=f"Project {n}")
        submitted_review(application, score=a)
        submitted_review(application, score=b)
    client.force_login(people.committee)
    response = client.get(reverse("grants:ranking", args=[grant_round.pk]))
    rows = response.context["page_obj"]
    assert [r.title for r in rows] == ["Project 0", "Project 1", "Project 2"]
    assert [r.spread for r in rows] == [Decimal("2"), Decimal("0"), Decimal("0")]
    assert [r.cumulative for r in rows] == [Decimal("4000"), Decimal("8000"), Decimal("12000")]
    assert [r.within_budget for r in rows] == [True, True, False]
    csv = client.get(reverse("grants:ranking", args=[grant_round.pk]), {"format": "csv"})
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0].startswith("rank,reference,hub,title")
    assert lines[3].endswith("no,EUR")
    by_amount = client.get(reverse("grants:ranking", args=[grant_round.pk]), {"min_score": "3.5"})
    assert [r.title for r in by_amount.context["page_obj"]] == ["Project 0", "Project 1"]


def test_the_ranking_csv_writes_formula_like_names_as_text(client, people, grant_round):
    hub = HubFactory(name='=HYPERLINK("https://evil.example","Hub")')
    application = in_review(grant_round, hub=hub, amount="750.00", title="@SUM(A1)")
    submitted_review(application, score=4)
    client.force_login(people.staff)
    response = client.get(reverse("grants:ranking", args=[grant_round.pk]), {"format": "csv"})
    header, row = csv.reader(StringIO(b"".join(response.streaming_content).decode()))
    cells = dict(zip(header, row, strict=True))
    assert cells["hub"] == "'" + hub.name
    assert cells["title"] == "'@SUM(A1)"
    assert (Decimal(cells["amount_requested"]), cells["rank"]) == (Decimal("750.00"), "1")


@pytest.mark.parametrize("count", [3, 12])
def test_list_query_counts_do_not_grow_with_rows(
    client, people, grant_round, count, django_assert_max_num_queries
):
    for n in range(count):
        application = in_review(grant_round, title=f"Project {n}")
        submitted_review(application)
    client.force_login(people.staff)
    client.get(reverse("grants:ranking", args=[grant_round.pk]))
    with django_assert_max_num_queries(14):
        client.get(reverse("grants:ranking", args=[grant_round.pk]))
    with django_assert_max_num_queries(14):
        client.get(reverse("grants:staff_applications"))


def test_lists_with_500_applications_and_1500_reviews_cost_the_same_queries(
    client, people, grant_round
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.grants_lists import seed

    client.force_login(people.staff)
    urls = [
        reverse("grants:ranking", args=[grant_round.pk]),
        reverse("grants:staff_applications"),
    ]

    def costs():
        counts = []
        for url in urls:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.append(len(queries))
        return counts

    seed(grant_round, applications=5, reviews_each=3)
    few = costs()
    seed(grant_round, applications=495, reviews_each=3)
    assert grant_round.applications.count() == 501
    assert costs() == few


def test_manual_assignment_refuses_members_of_the_applying_hub(people):
    from django.core.exceptions import ValidationError

    assignment = ReviewAssignment(
        application=people.application, reviewer=people.hub_member, due_at=timezone.now()
    )
    with pytest.raises(ValidationError, match="applying hub"):
        assignment.full_clean()


def test_staff_send_several_applications_to_review_at_once(client, people, grant_round):
    submitted = [
        set_status(make_application(grant_round), Application.Status.SUBMITTED) for _ in range(2)
    ]
    draft = make_application(grant_round)
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:bulk_transition"),
        {"action": "screen", "selected": [a.pk for a in [*submitted, draft]]},
        follow=True,
    )
    assert "2 done, 1 not possible" in response.content.decode()
    assert {a.status for a in Application.objects.filter(pk__in=[a.pk for a in submitted])} == {
        "in_review"
    }
    client.force_login(people.member)
    assert client.post(reverse("grants:bulk_transition"), {"action": "screen"}).status_code == 404


def test_submitting_a_review_twice_is_refused_with_a_reason(people):
    from core.refusals import Refusal

    application = set_status(people.application, Application.Status.IN_REVIEW)
    criteria = application.round.criteria_list()
    scores = {criteria[0][0]: 4, criteria[1][0]: 3}
    reviewing.submit_review(people.assignment, scores, "fund", "Good.", "")
    with pytest.raises(Refusal, match="already submitted"):
        reviewing.submit_review(people.assignment, scores, "fund", "Changed my mind.", "")
    assert Review.objects.get().comment_for_committee == "Good."


def test_a_second_submit_of_a_review_shows_the_page_with_a_translated_reason(client, people):
    from django.utils import translation

    application = set_status(people.application, Application.Status.IN_REVIEW)
    criteria = application.round.criteria_list()
    data = {
        f"c_{criteria[0][0]}": "4",
        f"c_{criteria[1][0]}": "3",
        "recommendation": "fund",
        "comment_for_committee": "Good.",
    }
    client.force_login(people.reviewer_assigned)
    with translation.override("fr"):
        url = reverse("grants:review", args=[people.assignment.pk])
    client.post(url, data)
    # The same form sent again (a second tab, a double click) once the review is in.
    second = client.post(url, {**data, "comment_for_committee": "Changed my mind."}, follow=True)
    assert second.status_code == 200
    page = second.content.decode()
    assert "Votre évaluation a déjà été envoyée ; elle ne peut plus être modifiée." in page
    assert Review.objects.get().comment_for_committee == "Good."
