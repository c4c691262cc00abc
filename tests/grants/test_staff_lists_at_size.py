"""The staff lists at the network's size: the committee's ranking comes in pages whose rank
numbers, running total and funding line continue from the pages before; the ranking, the grants
desk and the ranking's CSV cost the same number of queries for 5 applications as for 60; the
CSV is streamed with every row and column."""

import csv
from decimal import Decimal
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from grants.models import Application
from tests.factories import (
    HubFactory,
    approve,
    make_application,
    make_round,
    set_status,
    submitted_review,
)

S = Application.Status
DESK = reverse("grants:staff_applications")


def _ranked(grant_round, count, amount="180.00", start=0):
    """`count` reviewed applications of `amount`, numbered from `start`; the lower the number,
    the higher the score (5.00, 4.95, …), so the ranking's order is known."""
    made = []
    for n in range(start, start + count):
        application = make_application(
            grant_round,
            hub=HubFactory(name=f"Hub {n:02d}"),
            title=f"Project {n:02d}",
            amount=amount,
        )
        review = submitted_review(application).review
        review.weighted_score = Decimal("5.00") - Decimal("0.05") * n
        review.save()
        made.append(set_status(application, S.REVIEWED))
    return made


def _table_rows(response):
    """Each row of the staff table as the cells' texts."""
    table = BeautifulSoup(response.content, "html.parser").select_one("table.staff-table")
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all("td")]
        for row in table.select("tbody tr")
    ]


def _fetched(client, path, data=None):
    """The response to `path` with its body read to the end (streamed or not)."""
    response = client.get(path, data or {})
    response.body = b"".join(response) if response.streaming else response.content
    return response


def _queries(client, path, data=None):
    """Queries of a second request to `path` (the first also fills the site's caches)."""
    _fetched(client, path, data)
    with CaptureQueriesContext(connection) as queries:
        assert _fetched(client, path, data).status_code == 200
    return len(queries)


# The ranking in pages (the round's budget is 10000.00; each application asks 180.00)


def test_page_two_of_the_ranking_continues_the_ranks_the_total_and_the_funding_line(
    client, people, grant_round
):
    people.application.delete()
    _ranked(grant_round, 60)
    client.force_login(people.committee)
    ranking = reverse("grants:ranking", args=[grant_round.pk])

    first = _table_rows(client.get(ranking))
    response = client.get(ranking, {"page": 2})

    assert len(first) == 50
    assert first[0][0] == "1"
    rows = _table_rows(response)
    # Rank, hub, title, then the running total: 55 × 180.00 = 9900.00 is within the budget,
    # the 56th (10080.00) is the first beyond it.
    assert [(row[0], row[2], row[3], row[-1]) for row in rows] == [
        (str(n + 1), f"Hub {n:02d}", f"Project {n:02d}", f"€{180 * (n + 1):,}.00")
        if n < 55
        else (
            str(n + 1),
            f"Hub {n:02d}",
            f"Project {n:02d}",
            f"€{180 * (n + 1):,}.00 beyond the budget",
        )
        for n in range(50, 60)
    ]
    page = BeautifulSoup(response.content, "html.parser")
    assert [tr["class"] for tr in page.select("table.staff-table tbody tr")] == [
        ["within-budget"]
    ] * 5 + [["below-line"]] * 5
    assert "Page 2 of 2" in page.select_one("nav.pagination").get_text()


def test_a_filtered_ranking_ranks_and_totals_only_what_matches(client, people, grant_round):
    people.application.delete()
    _ranked(grant_round, 55)
    client.force_login(people.committee)
    ranking = reverse("grants:ranking", args=[grant_round.pk])

    response = client.get(ranking, {"q": "Project 5"})

    # Projects 50–54 match; ranked among themselves, the total counts only them.
    assert [(row[0], row[3], row[-1]) for row in _table_rows(response)] == [
        (str(n - 49), f"Project {n}", f"€{180 * (n - 49):,}.00") for n in range(50, 55)
    ]


def test_the_ranking_counts_an_award_on_an_earlier_page_in_the_later_total(
    client, people, grant_round
):
    people.application.delete()
    applications = _ranked(grant_round, 51)
    approve(applications[0], "100.00")
    client.force_login(people.committee)

    response = client.get(reverse("grants:ranking", args=[grant_round.pk]), {"page": 2})

    # 100.00 awarded to the first, 180.00 asked by the 50 others.
    assert [(row[0], row[-1]) for row in _table_rows(response)] == [("51", "€9,100.00")]


# Queries do not grow with the number of applications


def _grow(grant_round, other_round):
    """From 5 applications to 60 (in two rounds, one of them granted), keeping the kinds of
    row the lists show."""
    approve(_ranked(grant_round, 1, start=5)[0], "150.00")
    _ranked(grant_round, 40, start=6)
    _ranked(other_round, 14, start=46)


@pytest.fixture
def few(people, grant_round, home_site):
    """Five applications in the round, the fund's staff signed in; `other_round` is empty."""
    people.application.delete()
    _ranked(grant_round, 5)
    return make_round(home_site, title="Autumn round")


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("ranking", {}),
        ("ranking", {"page": 2, "order": "-spread"}),
        ("ranking", {"format": "csv"}),
        (DESK, {}),
        (DESK, {"order": "-score", "min_score": "1"}),
        (DESK, {"format": "csv"}),
    ],
    ids=["ranking", "ranking-sorted", "ranking-csv", "desk", "desk-by-score", "desk-csv"],
)
def test_a_staff_list_costs_as_many_queries_for_60_applications_as_for_5(
    client, people, grant_round, few, django_assert_num_queries, path, data
):
    if path == "ranking":
        path = reverse("grants:ranking", args=[grant_round.pk])
    client.force_login(people.staff)
    with_five = _queries(client, path, data)

    _grow(grant_round, few)

    with django_assert_num_queries(with_five):
        assert _fetched(client, path, data).status_code == 200


# The CSV


def test_the_ranking_csv_streams_every_row_and_column_across_pages(client, people, grant_round):
    people.application.delete()
    applications = _ranked(grant_round, 60)
    client.force_login(people.committee)

    response = _fetched(client, reverse("grants:ranking", args=[grant_round.pk]), {"format": "csv"})

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="ranking-{grant_round.pk}.csv"'
    header, *rows = csv.reader(StringIO(response.body.decode()))
    assert header[0] == "rank" and header[-1] == "currency" and len(header) == 15
    assert len(rows) == 60
    assert [row[:2] for row in rows] == [
        [str(n + 1), a.reference] for n, a in enumerate(applications)
    ]
    assert rows[54][-3:] == ["9900.00", "yes", "EUR"]
    assert rows[59][1:] == [
        applications[59].reference, "Hub 59", "Project 59", "reviewed", "en", "2.05", "0.00",
        "1", "1", "180.00", "", "10800.00", "no", "EUR",
    ]  # fmt: skip


def test_the_desk_csv_streams_every_submitted_application(client, people, grant_round):
    people.application.delete()
    applications = _ranked(grant_round, 60)
    client.force_login(people.staff)

    response = _fetched(client, DESK, {"format": "csv"})

    assert response.streaming
    header, *rows = csv.reader(StringIO(response.body.decode()))
    assert len(header) == 13
    assert sorted(row[0] for row in rows) == sorted(a.reference for a in applications)
    cells = dict(zip(header, next(r for r in rows if r[3] == "Project 07"), strict=True))
    assert cells | {"submitted": ""} == {
        "reference": applications[7].reference,
        "round": "Spring round",
        "hub": "Hub 07",
        "title": "Project 07",
        "status": "reviewed",
        "language": "en",
        "submitted": "",
        "score": "4.65",
        "spread": "0.00",
        "reviews_done": "1",
        "reviews_due": "1",
        "amount_requested": "180.00",
        "currency": "EUR",
    }


# The desk's page of 50


def test_the_desk_shows_scores_and_amounts_of_the_page_it_shows(client, people, grant_round):
    people.application.delete()
    _ranked(grant_round, 55)
    client.force_login(people.staff)

    rows = _table_rows(client.get(DESK, {"order": "-score", "page": 2}))

    # Checkbox, reference, round, hub, title, status, score, spread, reviews, amount.
    assert [row[2:] for row in rows] == [
        ["Spring round", f"Hub {n}", f"Project {n}", "Reviewed", f"{5 - 0.05 * n:.2f}", "0.00",
         "1 / 1", "€180.00"]
        for n in range(50, 55)
    ]  # fmt: skip


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's JIT")
@pytest.mark.django_db
def test_postgresql_does_not_compile_the_lists_queries_with_jit():
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)
