"""Peer review's rules written out by hand: who is asked to review (least loaded first, the
application's language worth one assignment, never more than the round asks for), when a
review is due and when its reviewer is reminded (at the exact boundaries), how a score is
weighted and rounded, and which reviews can no longer be submitted."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core import mail

from grants import reviewing
from grants.models import Application, Review, ReviewAssignment, ReviewerProfile
from tests.factories import (
    CRITERIA,
    TopicFactory,
    UserFactory,
    confirmed_reviewer,
    make_application,
    make_round,
    set_status,
    submitted_review,
)

NOW = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
Assigned = ReviewAssignment.Status


def _in_review(grant_round, **fields):
    return set_status(make_application(grant_round, **fields), Application.Status.IN_REVIEW)


def _busy(reviewer, grant_round, open_reviews):
    """Give `reviewer` that many open assignments on other applications."""
    for _ in range(open_reviews):
        reviewing.assign(_in_review(grant_round), reviewer)


def _asked(application):
    return sorted(application.assignments.values_list("reviewer__display_name", flat=True))


def _reviewer(name, languages=("en",)):
    user = confirmed_reviewer(languages=languages)
    user.display_name = name
    user.save(update_fields=["display_name"])
    return user


# Who is asked


def test_the_least_loaded_reviewers_are_asked_first(grant_round):
    busy = _reviewer("Busy")
    _reviewer("Idle"), _reviewer("Free")
    _busy(busy, grant_round, open_reviews=1)
    # In a language none of them reads, load alone decides; the busy one joined first.
    application = _in_review(grant_round, language="fr")

    reviewing.fill_assignments(application)

    assert _asked(application) == ["Free", "Idle"]


def test_reading_the_application_s_language_is_worth_exactly_one_open_review(grant_round):
    # Ties go to whoever joined first (the lower user id).
    reads_once_busy = _reviewer("Reads, one open", languages=["pt"])
    reads_twice_busy = _reviewer("Reads, two open", languages=["pt", "en"])
    idle = _reviewer("English only, idle")
    _busy(reads_once_busy, grant_round, open_reviews=1)
    _busy(reads_twice_busy, grant_round, open_reviews=2)
    grant_round.reviewers_per_application = 1
    grant_round.save()

    first = _in_review(grant_round, language="pt")
    reviewing.fill_assignments(first)
    assert _asked(first) == ["Reads, one open"]  # 1 − 1 against idle's 0: a tie, joined first

    second = _in_review(grant_round, language="pt")
    reviewing.fill_assignments(second)
    # Now 2 − 1 each for the two readers against 0: the idle reviewer is asked.
    assert _asked(second) == ["English only, idle"]
    assert idle.pk > reads_once_busy.pk


def test_a_reader_of_the_language_is_preferred_to_an_idle_reviewer_who_joined_first(grant_round):
    _reviewer("English only")
    _reviewer("Reads Portuguese", languages=["pt"])
    grant_round.reviewers_per_application = 1
    grant_round.save()
    application = _in_review(grant_round, language="pt")

    reviewing.fill_assignments(application)

    assert _asked(application) == ["Reads Portuguese"]


def test_submitted_and_handed_back_reviews_are_no_load(grant_round):
    done, handed_back, idle = _reviewer("Done"), _reviewer("Handed back"), _reviewer("Idle")
    submitted_review(_in_review(grant_round), reviewer=done)
    reviewing.declare_conflict(reviewing.assign(_in_review(grant_round), handed_back), "My hub.")
    grant_round.reviewers_per_application = 2
    grant_round.save()
    application = _in_review(grant_round)

    reviewing.fill_assignments(application)

    # All three carry no open review; the two who joined first are asked.
    assert _asked(application) == ["Done", "Handed back"]
    assert idle.pk > handed_back.pk


def test_a_round_is_assigned_so_that_each_new_assignment_counts_as_load(grant_round):
    _reviewer("Ana"), _reviewer("Bea")
    grant_round.reviewers_per_application = 1
    grant_round.save()
    first, second = _in_review(grant_round), _in_review(grant_round)

    reviewing.assign_round(grant_round)

    # Whichever is assigned first, the other goes to the reviewer it left idle.
    assert sorted(_asked(first) + _asked(second)) == ["Ana", "Bea"]


@pytest.mark.parametrize(
    ("asks_for", "new"), [(2, ["R1"]), (3, ["R1", "R2"]), (4, ["R1", "R2", "R3"])]
)
def test_an_application_gets_only_the_reviewers_it_still_lacks(grant_round, asks_for, new):
    grant_round.reviewers_per_application = asks_for
    grant_round.save()
    asked_before = _reviewer("Asked before")
    for name in ("R1", "R2", "R3", "R4"):
        _reviewer(name)
    application = _in_review(grant_round)
    reviewing.assign(application, asked_before)

    created = reviewing.fill_assignments(application)

    assert [a.reviewer.display_name for a in created] == new
    assert len(_asked(application)) == asks_for


def test_within_one_round_each_new_assignment_weighs_exactly_one(grant_round):
    # The reader of Portuguese joined first. After one assignment their load less the
    # language's worth (1 − 1) ties with the idle English reader's 0, so they get both.
    _reviewer("Reads Portuguese", languages=["pt"])
    _reviewer("English only")
    grant_round.reviewers_per_application = 1
    grant_round.save()
    first, second = (_in_review(grant_round, language="pt") for _ in range(2))

    reviewing.assign_round(grant_round)

    assert (_asked(first), _asked(second)) == (["Reads Portuguese"], ["Reads Portuguese"])


def test_an_application_with_more_reviewers_than_asked_for_gets_none(grant_round):
    application = _in_review(grant_round)
    for name in ("One", "Two", "Three"):
        reviewing.assign(application, _reviewer(name))
    _reviewer("Spare"), _reviewer("Second spare")

    assert reviewing.fill_assignments(application) == []
    assert _asked(application) == ["One", "Three", "Two"]


def test_a_handed_back_review_is_replaced_and_not_counted(grant_round):
    first, second, spare = _reviewer("First"), _reviewer("Second"), _reviewer("Spare")
    application = _in_review(grant_round)
    assignment = reviewing.assign(application, first)
    reviewing.assign(application, second)

    created = reviewing.declare_conflict(assignment, "I worked with them.")

    assert [a.reviewer for a in created] == [spare]
    assignment.refresh_from_db()
    assert (assignment.status, assignment.conflict_note) == ("conflict", "I worked with them.")


def test_only_confirmed_reviewers_not_asked_already_are_eligible(grant_round):
    asked = _reviewer("Asked")
    _reviewer("Eligible")
    ReviewerProfile.objects.create(user=UserFactory(), languages=["en"])  # only volunteered
    application = _in_review(grant_round)
    reviewing.assign(application, asked)

    eligible = reviewing.eligible_reviewers(application)

    assert [p.user.display_name for p in eligible] == ["Eligible"]


# When a review is due, and reminders


def test_a_review_is_due_the_round_s_review_days_after_it_is_assigned(
    grant_round, django_capture_on_commit_callbacks
):
    grant_round.review_days = 9
    grant_round.save()
    reviewer = _reviewer("Reviewer")
    with (
        time_machine.travel(NOW, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assignment = reviewing.assign(_in_review(grant_round), reviewer)

    assert assignment.due_at == NOW + timedelta(days=9)
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([reviewer.email], "You have a new application to review")
    ]


def _due(grant_round, name, due_in, reminded_ago=None, status=Assigned.ASSIGNED):
    assignment = ReviewAssignment.objects.create(
        application=_in_review(grant_round),
        reviewer=_reviewer(name),
        due_at=NOW + due_in,
        status=status,
        last_reminded_at=None if reminded_ago is None else NOW - reminded_ago,
    )
    return assignment


def test_reminders_go_for_reviews_due_within_three_days_or_late(grant_round):
    _due(grant_round, "Late", -timedelta(days=1))
    _due(grant_round, "Due now", timedelta(0))
    _due(grant_round, "Due in exactly three days", timedelta(days=3))
    _due(grant_round, "Due a minute later", timedelta(days=3, minutes=1))
    _due(grant_round, "Submitted", timedelta(days=1), status=Assigned.SUBMITTED)
    _due(grant_round, "Handed back", timedelta(days=1), status=Assigned.CONFLICT)

    due = reviewing.due_for_reminder(now=NOW)

    assert sorted(a.reviewer.display_name for a in due) == [
        "Due in exactly three days",
        "Due now",
        "Late",
    ]


def test_a_reviewer_is_reminded_again_three_days_after_the_last_reminder(grant_round):
    _due(grant_round, "Reminded three days ago", timedelta(days=1), timedelta(days=3))
    _due(grant_round, "Reminded a minute too recently", timedelta(days=1), timedelta(minutes=4319))
    _due(grant_round, "Never reminded", timedelta(days=1))

    due = reviewing.due_for_reminder(now=NOW)

    assert sorted(a.reviewer.display_name for a in due) == [
        "Never reminded",
        "Reminded three days ago",
    ]


def test_no_reminder_once_the_application_has_left_review(grant_round):
    assignment = _due(grant_round, "Reviewer", timedelta(days=1))
    set_status(assignment.application, Application.Status.REVIEWED)

    assert list(reviewing.due_for_reminder(now=NOW)) == []


def test_sending_reminders_counts_them_and_records_when(
    grant_round, django_capture_on_commit_callbacks
):
    first = _due(grant_round, "First", timedelta(days=1))
    second = _due(grant_round, "Second", timedelta(days=2))
    _due(grant_round, "Not yet", timedelta(days=8))

    with django_capture_on_commit_callbacks(execute=True):
        sent = reviewing.send_reminders(now=NOW)

    assert sent == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [first.reviewer.email, second.reviewer.email]
    )
    assert {m.subject for m in mail.outbox} == {"Reminder: a review is waiting for you"}
    assert set(
        ReviewAssignment.objects.filter(pk__in=[first.pk, second.pk]).values_list(
            "last_reminded_at", flat=True
        )
    ) == {NOW}


# Scores and submitting


@pytest.mark.parametrize(
    ("weights", "scores", "expected"),
    [
        ((2, 1), (5, 2), "4.00"),  # (10 + 2) / 3
        ((2, 1), (3, 4), "3.33"),  # 10 / 3
        ((2, 1), (4, 3), "3.67"),  # 11 / 3
        ((1, 7), (5, 0), "0.63"),  # 5 / 8 = 0.625, half rounded up
        ((1, 7), (0, 5), "4.38"),  # 35 / 8 = 4.375
        ((3, 3), (0, 5), "2.50"),
    ],
)
def test_a_score_is_the_weighted_mean_to_two_decimals_halves_rounded_up(
    home_site, weights, scores, expected
):
    criteria = [
        ("criterion", {**value, "weight": weight})
        for (_kind, value), weight in zip(CRITERIA, weights, strict=True)
    ]
    grant_round = make_round(home_site, criteria=criteria)
    ids = [block_id for block_id, _n, _g, _w in grant_round.criteria_list()]

    assert reviewing.weighted_score(grant_round, dict(zip(ids, scores, strict=True))) == Decimal(
        expected
    )


def _submit(assignment):
    ids = [block_id for block_id, _n, _g, _w in assignment.application.round.criteria_list()]
    return reviewing.submit_review(assignment, dict.fromkeys(ids, 4), "fund", "Good.", "Well done.")


def test_a_submitted_review_locks_its_assignment(grant_round):
    assignment = reviewing.assign(_in_review(grant_round), _reviewer("Reviewer"))

    review = _submit(assignment)

    assignment.refresh_from_db()
    assert (assignment.status, review.weighted_score, review.recommendation) == (
        "submitted",
        Decimal("4.00"),
        "fund",
    )
    with pytest.raises(reviewing.ReviewRefused, match="already submitted; it cannot be changed"):
        _submit(assignment)


def test_a_handed_back_review_cannot_be_submitted(grant_round):
    assignment = reviewing.assign(_in_review(grant_round), _reviewer("Reviewer"))
    reviewing.declare_conflict(assignment, "My cousin runs the hub.")

    with pytest.raises(reviewing.ReviewRefused, match="You handed this review back"):
        _submit(assignment)
    assert not Review.objects.filter(assignment=assignment).exists()


# The pool


def test_volunteering_again_updates_languages_and_topics(db):
    housing, food = TopicFactory(name="Housing"), TopicFactory(name="Food")
    user = UserFactory()
    reviewing.volunteer(user, ["pt"], [housing])

    profile = reviewing.volunteer(user, ["es", "en"], [food])

    assert ReviewerProfile.objects.filter(user=user).count() == 1
    assert (profile.languages, list(profile.topics.all())) == (["es", "en"], [food])


def test_confirming_a_volunteer_records_who_and_when(db):
    staff, volunteer = UserFactory(), UserFactory()
    profile = reviewing.volunteer(volunteer, ["en"], [])

    with time_machine.travel(NOW, tick=False):
        reviewing.confirm_reviewer(profile, staff)

    profile.refresh_from_db()
    assert (profile.status, profile.confirmed_by, profile.confirmed_at) == ("confirmed", staff, NOW)
    assert list(volunteer.groups.values_list("name", flat=True)) == ["Peer reviewers"]
