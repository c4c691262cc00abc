"""The grants desk: fund staff list the applications sent to the fund, narrow them to a round,
download the list they see as CSV, and move several at once, told which could not move and
why."""

import csv
from io import StringIO

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from grants.models import Application
from tests.factories import HubFactory, make_application, make_round, set_status

S = Application.Status
DESK = reverse("grants:staff_applications")


@pytest.fixture
def two_rounds(home_site, grant_round, people):
    """Spring round: a kitchen and a library submitted; Autumn round: a garden in review."""
    autumn = make_round(home_site, title="Autumn round")
    kitchen = set_status(people.application, S.SUBMITTED)
    library = set_status(
        make_application(grant_round, hub=HubFactory(name="Hub L"), title="Seed library"),
        S.SUBMITTED,
    )
    garden = set_status(
        make_application(autumn, hub=HubFactory(name="Hub G"), title="Roof garden", amount="750"),
        S.IN_REVIEW,
    )
    return autumn, kitchen, library, garden


def _rows(response):
    """(reference, round, hub, title) of each row the desk shows."""
    return [(a.reference, a.round.title, a.hub.name, a.title) for a in response.context["page_obj"]]


def test_the_desk_shows_each_application_with_its_round(client, people, two_rounds):
    _autumn, kitchen, library, garden = two_rounds
    client.force_login(people.staff)
    response = client.get(DESK)
    assert sorted(_rows(response)) == sorted(
        [
            (kitchen.reference, "Spring round", "Hub A", "Community kitchen"),
            (library.reference, "Spring round", "Hub L", "Seed library"),
            (garden.reference, "Autumn round", "Hub G", "Roof garden"),
        ]
    )
    page = response.content.decode()
    assert '<th scope="col">Round</th>' in page
    assert "<td>Autumn round</td>" in page


def test_the_desk_narrows_the_list_to_one_round(client, people, two_rounds):
    autumn, _kitchen, _library, garden = two_rounds
    client.force_login(people.staff)
    response = client.get(DESK, {"round": autumn.pk})
    assert _rows(response) == [(garden.reference, "Autumn round", "Hub G", "Roof garden")]
    assert "Seed library" not in response.content.decode()


def test_the_desk_downloads_the_filtered_list_as_csv(client, people, two_rounds):
    autumn, _kitchen, _library, garden = two_rounds
    client.force_login(people.staff)
    response = client.get(DESK, {"round": autumn.pk, "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, *rows = csv.reader(StringIO(b"".join(response.streaming_content).decode()))
    assert [dict(zip(header, row, strict=True)) for row in rows] == [
        {
            "reference": garden.reference,
            "round": "Autumn round",
            "hub": "Hub G",
            "title": "Roof garden",
            "status": "in_review",
            "language": "en",
            "submitted": garden.submitted_at.isoformat(),
            "score": "",
            "spread": "",
            "reviews_done": "0",
            "reviews_due": "0",
            "amount_requested": "750.00",
            "currency": "EUR",
        }
    ]


def test_the_desk_csv_writes_formula_like_titles_as_text(client, people, grant_round):
    set_status(make_application(grant_round, title="=1+1"), S.SUBMITTED)
    client.force_login(people.staff)
    response = client.get(DESK, {"format": "csv"})
    header, row = csv.reader(StringIO(b"".join(response.streaming_content).decode()))
    assert dict(zip(header, row, strict=True))["title"] == "'=1+1"


def test_people_outside_the_fund_cannot_download_the_desk(client, people, two_rounds):
    client.force_login(people.applicant)
    assert client.get(DESK, {"format": "csv"}).status_code == 404


def test_a_bulk_action_names_each_application_it_could_not_move_and_why(client, people, two_rounds):
    _autumn, kitchen, library, garden = two_rounds
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:bulk_transition"),
        {"action": "screen", "selected": [kitchen.pk, library.pk, garden.pk]},
    )
    assert response.status_code == 302
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == [
        "Send to review: 2 done, 1 not possible.",
        f"Not moved: {garden.reference} · Roof garden (Hub G). "
        "“Send to review” is not possible while the application is In review.",
    ]
    statuses = dict(Application.objects.values_list("title", "status"))
    assert statuses == {
        "Community kitchen": S.IN_REVIEW,
        "Seed library": S.IN_REVIEW,
        "Roof garden": S.IN_REVIEW,
    }


def test_a_bulk_action_says_why_a_review_cannot_close_yet(client, people, two_rounds):
    _autumn, _kitchen, _library, garden = two_rounds
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:bulk_transition"),
        {"action": "complete_review", "selected": [garden.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert f"Not moved: {garden.reference} · Roof garden (Hub G). 0 of 2 reviews are in." in page
