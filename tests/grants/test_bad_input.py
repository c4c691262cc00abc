"""Staff and reviewer forms sent with values no page offers, or twice at once, answer with a
message instead of an error page."""

import threading

import pytest
from django.db import connection, transaction
from django.urls import reverse

from grants import reviewing
from grants.models import Application, Review, ReviewAssignment, ReviewerProfile
from tests.factories import UserFactory, set_status
from tests.signing_in import SignInClient


def review_data(application):
    criteria = application.round.criteria_list()
    return {
        **{f"c_{block_id}": "4" for block_id, *_rest in criteria},
        "recommendation": "fund",
        "comment_for_committee": "Clear plan.",
    }


@pytest.mark.django_db
def test_a_bulk_action_on_ids_that_are_not_numbers_says_what_to_choose(client, people):
    set_status(people.application, Application.Status.SUBMITTED)
    client.force_login(people.staff)

    response = client.post(
        reverse("grants:bulk_transition"), {"action": "screen", "selected": "abc"}, follow=True
    )

    assert response.status_code == 200
    assert "Choose one or more applications from the list." in response.content.decode()
    people.application.refresh_from_db()
    assert people.application.status == Application.Status.SUBMITTED


@pytest.mark.django_db
def test_confirming_a_reviewer_that_is_not_a_number_says_what_to_choose(client, people):
    volunteer = UserFactory()
    ReviewerProfile.objects.create(user=volunteer, languages=["en"])
    client.force_login(people.staff)

    response = client.post(reverse("grants:reviewer_pool"), {"profile": "abc"}, follow=True)

    assert response.status_code == 200
    assert "Choose a volunteer from the reviewer pool." in response.content.decode()
    assert ReviewerProfile.objects.get(user=volunteer).status == ReviewerProfile.Status.VOLUNTEERED


@pytest.mark.django_db
def test_a_review_submitted_a_second_time_is_refused_with_a_message(people):
    application = set_status(people.application, Application.Status.IN_REVIEW)
    scores = {block_id: 4 for block_id, *_rest in application.round.criteria_list()}
    reviewing.submit_review(people.assignment, scores, "fund", "Clear plan.", "")

    with pytest.raises(reviewing.ReviewRefused, match="already submitted"):
        reviewing.submit_review(people.assignment, scores, "decline", "Second thoughts.", "")

    assert Review.objects.get().recommendation == "fund"


def _waiting_for_locks():
    with connection.cursor() as cursor:
        # pg_locks, not pg_stat_activity: the latter is a snapshot held for the transaction.
        cursor.execute("SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locking needs PostgreSQL (SQLite locks the file)"
)
def test_a_review_sent_twice_at_once_is_stored_once_and_the_second_is_told(people):
    """A double click: both requests read the open assignment before either has saved."""
    from tests.funding.conftest import wait_for

    application = set_status(people.application, Application.Status.IN_REVIEW)
    url = reverse("grants:review", args=[people.assignment.pk])
    responses = []

    def send():
        reviewer_client = SignInClient(raise_request_exception=False)
        reviewer_client.force_login(people.reviewer_assigned)
        try:
            responses.append(reviewer_client.post(url, review_data(application), follow=True))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    with transaction.atomic():
        # Hold the assignment so that both requests get past their first read and queue.
        ReviewAssignment.objects.select_for_update().get(pk=people.assignment.pk)
        for thread in threads:
            thread.start()
        wait_for(
            lambda: _waiting_for_locks() >= 2, timeout=300, message="the requests never queued"
        )
    for thread in threads:
        thread.join()

    assert sorted(r.status_code for r in responses) == [200, 200]
    pages = " ".join(r.content.decode() for r in responses)
    assert "Your review is submitted. Thank you." in pages
    assert "Your review was already submitted; it cannot be changed." in pages
    assert Review.objects.count() == 1
