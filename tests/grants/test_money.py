"""Money: ledgers always balance, a round never commits more than its budget (also under two
concurrent decisions on PostgreSQL), and paying needs two different people."""

import threading
import time
from decimal import Decimal

import pytest
from django.db import close_old_connections, connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grants import ledger, paying, workflow
from grants.models import Application, Tranche
from grants.paying import PaymentRefused
from tests.factories import HubFactory, approve, make_application, plan_tranche, set_status

amounts = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("6000.00"), places=2)


def reviewed(grant_round, amount):
    return set_status(make_application(grant_round, amount=amount), Application.Status.REVIEWED)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(requests=st.lists(amounts, min_size=1, max_size=6))
def test_a_round_never_commits_more_than_its_budget(people, grant_round, requests):
    Application.objects.filter(round=grant_round).delete()
    budget = grant_round.budget
    for amount in requests:
        application = reviewed(grant_round, amount + Decimal("10.00"))
        award = amount
        remaining_before = ledger.round_ledger(grant_round)["remaining"]
        try:
            paying.decide(application, people.committee, "approved", "Reasons.", amount=award)
        except workflow.TransitionRefused:
            assert (
                award > remaining_before
                or award > grant_round.maximum_award
                or award < grant_round.minimum_award
            )
        else:
            assert award <= remaining_before
        totals = ledger.round_ledger(grant_round)
        assert totals["committed"] <= budget
        assert totals["committed"] + totals["remaining"] == budget
        assert all(isinstance(v, Decimal) for k, v in totals.items() if k != "currency")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    tranches=st.lists(
        st.tuples(
            st.decimals(min_value=Decimal("0.01"), max_value=Decimal("900.00"), places=2),
            st.sampled_from(["pay", "fail", "cancel", "leave"]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_grant_ledgers_balance_whatever_happens_to_tranches(people, grant_round, tranches):
    Application.objects.filter(round=grant_round).delete()
    total = sum((amount for amount, _fate in tranches), Decimal("0.00"))
    application = approve(make_application(grant_round, amount=total), total)
    set_status(application, Application.Status.ACTIVE)
    for amount, fate in tranches:
        tranche = plan_tranche(application, amount)
        if fate == "cancel":
            paying.cancel_tranche(tranche, people.staff, "Not needed.")
            continue
        if fate == "leave":
            continue
        paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")
        if fate == "pay":
            paying.approve_payment(tranche, people.staff_second)
        else:
            paying.fail_payment(tranche, people.staff_second, "Bounced.")
    grant = ledger.grant_ledger(application)
    paid = sum(
        (t.amount for t in application.tranches.all() if t.status == Tranche.Status.PAID),
        Decimal("0.00"),
    )
    assert grant["paid"] == paid
    assert grant["paid"] + grant["remaining"] == grant["award"] == total
    by_currency = ledger.grants_ledger_by_currency()["EUR"]
    assert by_currency["paid"] == paid
    assert by_currency["committed"] == total
    assert by_currency["budget"] - by_currency["committed"] == by_currency["remaining"]


def test_payment_recorded_and_approved_by_two_different_people(people, grant_round):
    application = approve(make_application(grant_round, amount="600.00"), "600.00")
    set_status(application, Application.Status.ACTIVE)
    tranche = plan_tranche(application, "600.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-9")
    with pytest.raises(workflow.TransitionRefused, match="Someone other than"):
        paying.approve_payment(tranche, people.staff)
    paying.approve_payment(tranche, people.staff_second)
    tranche.refresh_from_db()
    assert (tranche.status, tranche.recorded_by, tranche.approved_by) == (
        Tranche.Status.PAID,
        people.staff,
        people.staff_second,
    )


def test_a_tranche_can_wait_for_an_accepted_report(people, grant_round):
    application = approve(make_application(grant_round, amount="600.00"), "600.00")
    set_status(application, Application.Status.ACTIVE)
    tranche = plan_tranche(application, "600.00", requires_report=True)
    with pytest.raises(workflow.TransitionRefused, match="accepted report"):
        paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")
    report = paying.submit_report(application, people.applicant, "progress", "Halfway.", {})
    paying.review_report(report, people.staff, accept=True)
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX")


def test_the_schedule_cannot_exceed_the_award_and_agreement_needs_it_complete(people, grant_round):
    application = approve(make_application(grant_round, amount="900.00"), "900.00")
    paying.add_tranche(application, people.staff, Decimal("500.00"), "2026-05-01")
    with pytest.raises(PaymentRefused, match="more than the award"):
        paying.add_tranche(application, people.staff, Decimal("500.00"), "2026-06-01")
    with pytest.raises(workflow.TransitionRefused, match="add up to 500.00"):
        workflow.perform(application, "sign_agreement", people.staff)
    paying.add_tranche(application, people.staff, Decimal("400.00"), "2026-06-01")
    workflow.perform(application, "sign_agreement", people.staff)
    assert application.status == Application.Status.ACTIVE


def test_accepting_the_final_report_completes_the_grant(people, grant_round):
    application = approve(make_application(grant_round, amount="900.00"), "900.00")
    set_status(application, Application.Status.ACTIVE)
    tranche = plan_tranche(application, "900.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-1")
    paying.approve_payment(tranche, people.staff_second)
    report = paying.submit_report(application, people.applicant, "final", "All done.", {})
    paying.review_report(report, people.staff, accept=True)
    application.refresh_from_db()
    assert application.status == Application.Status.COMPLETED


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Row locks (SELECT … FOR UPDATE) only serialise decisions on PostgreSQL.",
)
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_decisions_never_overcommit(home_site):
    from grants.permissions import GRANT_COMMITTEE, ensure_groups
    from tests.factories import UserFactory, make_round

    ensure_groups()
    grant_round = make_round(home_site, budget=Decimal("1000.00"), maximum_award=Decimal("1000.00"))
    committee = UserFactory(groups=[GRANT_COMMITTEE])
    first, second = (
        set_status(
            make_application(grant_round, hub=HubFactory(), amount="700.00"),
            Application.Status.REVIEWED,
        )
        for _ in range(2)
    )
    barrier = threading.Barrier(2)
    outcomes = []

    def decide(application):
        try:
            barrier.wait()
            paying.decide(application, committee, "approved", "Both good.", amount="700.00")
            outcomes.append("approved")
        except workflow.TransitionRefused:
            outcomes.append("refused")
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=decide, args=(a,)) for a in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["approved", "refused"]
    assert ledger.round_ledger(grant_round)["committed"] == Decimal("700.00")


def _wait_until_waiting_for_locks(count):
    """Until `count` other connections to the test database wait for a lock."""
    for _attempt in range(600):
        with connection.cursor() as cursor:
            # The activity view is a snapshot per transaction; the caller is inside one.
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0] >= count:
                return
        time.sleep(0.05)
    pytest.fail(f"{count} connections never waited for a lock")


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Row locks (SELECT … FOR UPDATE) only serialise tranches on PostgreSQL.",
)
@pytest.mark.django_db(transaction=True)
def test_two_staff_planning_tranches_at_once_never_schedule_more_than_the_award(home_site):
    from grants.permissions import FUND_STAFF, ensure_groups
    from tests.factories import UserFactory, make_round

    ensure_groups()
    grant_round = make_round(home_site)
    application = approve(make_application(grant_round, amount="1000.00"), "1000.00")
    staff = [UserFactory(groups=[FUND_STAFF]) for _ in range(2)]
    outcomes = []

    def plan(user):
        try:
            paying.add_tranche(application, user, Decimal("600.00"), "2026-05-01")
            outcomes.append("planned")
        except PaymentRefused:
            outcomes.append("refused")
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=plan, args=(user,)) for user in staff]
    # Someone else holds the application row while both staff members start planning: both
    # then go as far as they can, and carry on together once it is released.
    with transaction.atomic():
        Application.objects.select_for_update().get(pk=application.pk)
        for thread in threads:
            thread.start()
        _wait_until_waiting_for_locks(2)
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["planned", "refused"]
    assert ledger.grant_ledger(application)["scheduled"] == Decimal("600.00")
    assert list(application.tranches.values_list("position", flat=True)) == [1]


def test_applicants_are_told_the_decision_in_their_language(
    people, grant_round, django_capture_on_commit_callbacks
):
    from django.core import mail

    people.applicant.preferred_language = "pt"
    people.applicant.save()
    application = set_status(people.application, Application.Status.REVIEWED)
    with django_capture_on_commit_callbacks(execute=True):
        paying.decide(application, people.committee, "approved", "Forte.", amount="800.00")
    message = next(m for m in mail.outbox if m.to == [people.applicant.email])
    assert message.subject.startswith("Decisão sobre a candidatura")
    assert "O comité aprovou um apoio de €\u00a0800,00." in message.body
