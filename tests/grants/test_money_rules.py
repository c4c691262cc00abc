"""The fund's money rules: a grant completes only once its award is paid or released, the
remaining tranches can be cancelled with a reason (the money goes back to the round), and a
round takes one application per hub, requests between its minimum and maximum, and awards of
at least its minimum. The round in `grant_round` takes 100.00 to 5,000.00 EUR, budget
10,000.00."""

import csv
import re
from decimal import Decimal
from io import StringIO

import pytest
from django.urls import reverse

from grants import applying, paying, workflow
from grants.ledger import grant_ledger, grants_ledger_by_currency, round_ledger
from grants.models import Application, AuditEntry, BudgetLine, Tranche
from grants.ranking import ranking_queryset, with_funding_line
from tests.factories import (
    HubFactory,
    accepted_final_report,
    approve,
    make_application,
    plan_tranche,
    set_status,
    submitted_review,
)

S = Application.Status
P = Tranche.Status


@pytest.fixture
def grant(people):
    """An active grant of 900.00 with an accepted final report, ready to complete once its
    money is settled."""
    application = approve(people.application, "900.00")
    set_status(application, S.ACTIVE)
    accepted_final_report(application)
    return application


def _paid(tranche, people):
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-1")
    return paying.approve_payment(tranche, people.staff_second)


# Completing a grant


def test_completing_is_refused_while_a_tranche_is_planned(people, grant):
    _paid(plan_tranche(grant, "500.00"), people)
    plan_tranche(grant, "400.00")
    with pytest.raises(workflow.TransitionRefused, match="Tranche 2 is still planned"):
        workflow.perform(grant, "complete", people.staff)
    assert grant.status == S.ACTIVE


def test_completing_is_refused_while_a_payment_is_recorded(people, grant):
    tranche = plan_tranche(grant, "900.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-1")
    with pytest.raises(
        workflow.TransitionRefused, match="Tranche 1 is still payment recorded, awaiting approval"
    ):
        workflow.perform(grant, "complete", people.staff)
    assert grant.status == S.ACTIVE


def test_completing_is_refused_while_part_of_the_award_is_neither_paid_nor_released(people, grant):
    _paid(plan_tranche(grant, "500.00"), people)
    paying.cancel_tranche(plan_tranche(grant, "400.00"), people.staff, "Wrong date.")
    with pytest.raises(workflow.TransitionRefused, match="€400.00 of the award is neither paid"):
        workflow.perform(grant, "complete", people.staff)
    assert grant.status == S.ACTIVE


def test_accepting_the_final_report_does_not_complete_a_grant_with_a_planned_tranche(people):
    application = set_status(approve(people.application, "900.00"), S.ACTIVE)
    plan_tranche(application, "900.00")
    report = paying.submit_report(application, people.applicant, "final", "All done.", {})
    with pytest.raises(workflow.TransitionRefused, match="Tranche 1 is still planned"):
        paying.review_report(report, people.staff, accept=True)
    report.refresh_from_db()
    application.refresh_from_db()
    assert (report.status, application.status) == ("submitted", S.ACTIVE)


def test_a_grant_paid_in_full_completes(people, grant):
    _paid(plan_tranche(grant, "900.00"), people)
    workflow.perform(grant, "complete", people.staff)
    assert grant.status == S.COMPLETED


# Cancelling the remaining tranches with a reason


def test_releasing_the_remaining_tranches_needs_a_reason(people, grant):
    tranche = plan_tranche(grant, "900.00")
    with pytest.raises(workflow.TransitionRefused, match="Please give a reason"):
        paying.release_remaining(grant, people.staff, "  ")
    tranche.refresh_from_db()
    assert tranche.status == P.PLANNED


def test_releasing_is_refused_when_no_tranche_is_planned(people, grant):
    _paid(plan_tranche(grant, "900.00"), people)
    with pytest.raises(paying.PaymentRefused, match="No planned tranche is left"):
        paying.release_remaining(grant, people.staff, "The project ended early.")


def test_releasing_the_remaining_tranches_frees_the_money_and_lets_the_grant_complete(
    people, grant, grant_round
):
    _paid(plan_tranche(grant, "500.00"), people)
    second, third = plan_tranche(grant, "300.00"), plan_tranche(grant, "100.00")
    assert round_ledger(grant_round)["committed"] == Decimal("900.00")

    paying.release_remaining(grant, people.staff, "The hall was lent for free.")

    assert [t.status for t in grant.tranches.all()] == [P.PAID, P.RELEASED, P.RELEASED]
    ledger = round_ledger(grant_round)
    assert (ledger["committed"], ledger["paid"], ledger["remaining"]) == (
        Decimal("500.00"),
        Decimal("500.00"),
        Decimal("9500.00"),
    )
    mine = grant_ledger(grant)
    assert (mine["award"], mine["released"], mine["committed"], mine["remaining"]) == (
        Decimal("900.00"),
        Decimal("400.00"),
        Decimal("500.00"),
        Decimal("0.00"),
    )
    # The fund's own ledger, per currency (the transparency page and the fund's dashboard).
    fund = grants_ledger_by_currency()[grant_round.currency]
    assert (fund["committed"], fund["paid"], fund["remaining"]) == (
        Decimal("500.00"),
        Decimal("500.00"),
        Decimal("9500.00"),
    )
    entries = AuditEntry.objects.filter(tranche__in=[second, third]).order_by("pk")
    assert [(e.actor, e.action, e.from_status, e.to_status, e.note) for e in entries] == [
        (people.staff, "release", "planned", "released", "The hall was lent for free."),
        (people.staff, "release", "planned", "released", "The hall was lent for free."),
    ]
    workflow.perform(grant, "complete", people.staff)
    assert grant.status == S.COMPLETED
    assert round_ledger(grant_round)["committed"] == Decimal("500.00")


def test_the_grant_page_shows_the_released_money_in_its_ledger(client, people, grant):
    _paid(plan_tranche(grant, "500.00"), people)
    plan_tranche(grant, "400.00")
    client.force_login(people.staff)
    url = reverse("grants:release_tranches", args=[grant.pk])
    response = client.post(url, {"note": "The project ended early."}, follow=True)
    page = response.content.decode()
    assert "Awarded €900.00, paid €500.00, released €400.00, still to pay €0.00." in page
    assert "Cancelled, money released" in page
    assert "The project ended early." in page


def test_releasing_without_a_reason_on_the_page_says_so_and_keeps_the_tranche(
    client, people, grant
):
    plan_tranche(grant, "900.00")
    client.force_login(people.staff)
    url = reverse("grants:release_tranches", args=[grant.pk])
    response = client.post(url, {"note": "  "})
    page = response.content.decode()
    assert response.status_code == 200
    note = re.search(r'<textarea[^>]*name="note"[^>]*aria-invalid="true"[^>]*>', page)
    assert note is not None
    assert '<ul class="errorlist" id="id_note_error"><li>Please give a reason.</li>' in page
    assert grant.tranches.get().status == P.PLANNED


def test_a_tranche_beyond_the_award_is_refused_at_its_amount_keeping_what_was_typed(
    client, people, grant
):
    plan_tranche(grant, "800.00")
    client.force_login(people.staff)
    response = client.post(
        reverse("grants:add_tranche", args=[grant.pk]),
        {"amount": "100.01", "planned_date": "2026-09-30"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<input[^>]*name="amount"[^>]*value="100.01"[^>]*aria-invalid="true"', page)
    assert (
        '<ul class="errorlist" id="id_amount_error"><li>The tranches would add up to more than '
        "the award (900.00).</li>" in page
    )
    assert 'value="2026-09-30"' in page
    assert grant.tranches.count() == 1


def test_paying_a_tranche_of_a_completed_grant_says_the_grant_is_completed(people, grant):
    tranche = plan_tranche(grant, "900.00")
    set_status(grant, S.COMPLETED)
    with pytest.raises(workflow.TransitionRefused, match="This grant is completed"):
        paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-1")


# One application per hub and round


def test_a_hub_cannot_start_a_second_application_in_a_round(people, grant_round):
    with pytest.raises(workflow.TransitionRefused, match="Hub A already has an application"):
        applying.start_application(grant_round, people.hub, people.applicant)
    assert Application.objects.filter(hub=people.hub).count() == 1


def test_a_hub_cannot_submit_a_second_application_in_a_round(people, grant_round):
    second = make_application(grant_round, hub=people.hub, applicant=people.applicant)
    applying.submit(people.application, people.applicant)
    with pytest.raises(workflow.TransitionRefused, match="Hub A already has an application"):
        applying.submit(second, people.applicant)
    second.refresh_from_db()
    assert second.status == S.DRAFT


def test_a_withdrawn_application_leaves_room_for_another(people, grant_round):
    workflow.perform(people.application, "withdraw", people.applicant)
    draft = applying.start_application(grant_round, people.hub, people.applicant)
    assert draft.hub == people.hub


def test_a_round_may_take_several_applications_per_hub(people, grant_round):
    grant_round.one_application_per_hub = False
    grant_round.save()
    draft = applying.start_application(grant_round, people.hub, people.applicant)
    assert Application.objects.filter(hub=people.hub, round=grant_round).count() == 2
    assert draft.status == S.DRAFT


def test_rounds_take_one_application_per_hub_unless_told_otherwise(grant_round):
    assert grant_round.one_application_per_hub is True


# The amount requested


def _requesting(application, amount):
    application.budget_lines.all().delete()
    BudgetLine.objects.create(application=application, item="Rent", amount=Decimal(amount))
    return application


@pytest.mark.parametrize("amount", ["100.00", "5000.00"])
def test_a_request_of_exactly_the_minimum_or_maximum_is_sent(people, amount):
    application = applying.submit(_requesting(people.application, amount), people.applicant)
    assert (application.status, application.total_requested) == (S.SUBMITTED, Decimal(amount))


def test_a_request_below_the_minimum_is_refused(people):
    application = _requesting(people.application, "99.99")
    with pytest.raises(
        workflow.TransitionRefused,
        match=r"The amount requested \(€99.99\) must be between the round's minimum "
        r"\(€100.00\) and maximum \(€5,000.00\)",
    ):
        applying.submit(application, people.applicant)
    application.refresh_from_db()
    assert application.status == S.DRAFT


def test_a_request_above_the_maximum_is_refused(people):
    application = _requesting(people.application, "5000.01")
    with pytest.raises(workflow.TransitionRefused, match=r"amount requested \(€5,000.01\)"):
        applying.submit(application, people.applicant)
    application.refresh_from_db()
    assert application.status == S.DRAFT


# The amount awarded


def _reviewed(grant_round, amount="5000.00"):
    return set_status(make_application(grant_round, amount=amount), S.REVIEWED)


def test_an_award_of_exactly_the_minimum_is_recorded(people, grant_round):
    application = paying.decide(
        _reviewed(grant_round), people.committee, "approved", "Yes.", "100.00"
    )
    assert (application.status, application.approved_amount()) == (S.APPROVED, Decimal("100.00"))


def test_an_award_below_the_minimum_is_refused(people, grant_round):
    application = _reviewed(grant_round)
    with pytest.raises(
        workflow.TransitionRefused,
        match=r"cannot be below the round's minimum award \(100.00\)",
    ):
        paying.decide(application, people.committee, "approved", "Yes.", amount="99.99")
    application.refresh_from_db()
    assert (application.status, application.decisions.count()) == (S.REVIEWED, 0)


def test_an_award_of_exactly_the_remaining_budget_is_recorded(people, grant_round):
    approve(_reviewed(grant_round), "5000.00")
    approve(_reviewed(grant_round), "2000.00")
    application = paying.decide(
        _reviewed(grant_round), people.committee, "approved", "Yes.", amount="3000.00"
    )
    assert application.status == S.APPROVED
    assert round_ledger(grant_round)["remaining"] == Decimal("0.00")


def test_an_award_a_cent_over_the_remaining_budget_is_refused(people, grant_round):
    approve(_reviewed(grant_round), "5000.00")
    approve(_reviewed(grant_round), "2000.00")
    application = _reviewed(grant_round)
    with pytest.raises(workflow.TransitionRefused, match="more than the round's remaining budget"):
        paying.decide(application, people.committee, "approved", "Yes.", amount="3000.01")
    application.refresh_from_db()
    assert application.status == S.REVIEWED


def test_a_released_tranche_makes_room_in_the_budget(people, grant_round):
    big = set_status(approve(_reviewed(grant_round), "5000.00"), S.ACTIVE)
    approve(_reviewed(grant_round), "5000.00")
    plan_tranche(big, "5000.00")
    paying.release_remaining(big, people.staff, "The hub closed.")
    application = paying.decide(
        _reviewed(grant_round), people.committee, "approved", "Yes.", amount="5000.00"
    )
    assert application.status == S.APPROVED


# The ranking


def test_the_ranking_counts_awards_for_decided_applications_and_requests_for_the_rest(
    people, grant_round
):
    titles = ["Granted", "Declined", "Undecided"]
    for score, title in zip((5, 4, 3), titles, strict=True):
        application = _reviewed(grant_round, amount="4000.00")
        application.title = title
        application.save()
        submitted_review(application, score=score)
    granted, declined, _undecided = (Application.objects.get(title=t) for t in titles)
    approve(granted, "2500.00")
    set_status(declined, S.DECLINED)

    rows = with_funding_line(ranking_queryset(grant_round), grant_round.budget)

    assert [(a.title, cumulative) for a, cumulative, _within in rows] == [
        ("Granted", Decimal("2500.00")),
        ("Declined", Decimal("2500.00")),
        ("Undecided", Decimal("6500.00")),
    ]


def test_the_ranking_csv_writes_amounts_to_two_decimals_and_rounds_scores(
    client, people, grant_round
):
    application = _reviewed(grant_round, amount="1234.5")
    submitted_review(application, score=4)
    submitted_review(application, score=3)
    third = submitted_review(application, score=3)
    third.review.weighted_score = Decimal("3.333")
    third.review.save()
    approve(application, "1200")
    client.force_login(people.staff)
    response = client.get(reverse("grants:ranking", args=[grant_round.pk]), {"format": "csv"})
    header, row = csv.reader(StringIO(b"".join(response.streaming_content).decode()))
    cells = dict(zip(header, row, strict=True))
    assert (cells["score"], cells["spread"]) == ("3.44", "1.00")
    assert (cells["amount_requested"], cells["amount_awarded"], cells["cumulative"]) == (
        "1234.50",
        "1200.00",
        "1200.00",
    )


def test_another_hub_applies_to_the_same_round(people, grant_round):
    draft = applying.start_application(grant_round, HubFactory(name="Hub C"), people.applicant)
    assert draft.round == grant_round
