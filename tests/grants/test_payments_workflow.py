"""Payments follow their own short workflow table: planned → recorded → paid, failed or
cancelled, two people per payment, every step in the application's history."""

import pytest
from django.urls import reverse

from grants import paying, workflow
from grants.models import Application, AuditEntry, Tranche
from grants.permissions import STAFF
from tests.factories import approve, plan_tranche, set_status

P = Tranche.Status

# Written by hand from the fund's rules: who may take each payment step, and where it leads.
EXPECTED = {
    ("record", P.PLANNED): ({STAFF}, P.RECORDED),
    ("cancel", P.PLANNED): ({STAFF}, P.CANCELLED),
    ("release", P.PLANNED): ({STAFF}, P.RELEASED),
    ("approve", P.RECORDED): ({STAFF}, P.PAID),
    ("fail", P.RECORDED): ({STAFF}, P.FAILED),
}


def test_the_payments_table_is_the_one_the_fund_agreed():
    table = {(t.action, t.source): (set(t.roles), t.target) for t in workflow.PAYMENTS}
    assert table == EXPECTED


@pytest.fixture
def grant(people):
    application = approve(people.application, "900.00")
    return set_status(application, Application.Status.ACTIVE)


def _history(tranche):
    entries = AuditEntry.objects.filter(tranche=tranche).order_by("pk")
    return [(e.actor, e.action, e.from_status, e.to_status, e.note) for e in entries]


def test_each_payment_step_writes_who_from_and_to_in_the_history(people, grant):
    paid, failed, cancelled = (plan_tranche(grant, "300.00") for _i in range(3))
    paying.record_payment(paid, people.staff, "2026-05-01", "bank_transfer", "TX-1")
    paying.approve_payment(paid, people.staff_second)
    paying.record_payment(failed, people.staff, "2026-05-02", "bank_transfer", "TX-2")
    paying.fail_payment(failed, people.staff_second, "Bounced.")
    paying.cancel_tranche(cancelled, people.staff, "Not needed.")

    assert _history(paid) == [
        (people.staff, "record", "planned", "recorded", ""),
        (people.staff_second, "approve", "recorded", "paid", ""),
    ]
    assert _history(failed) == [
        (people.staff, "record", "planned", "recorded", ""),
        (people.staff_second, "fail", "recorded", "failed", "Bounced."),
    ]
    assert _history(cancelled) == [(people.staff, "cancel", "planned", "cancelled", "Not needed.")]
    assert set(
        AuditEntry.objects.filter(tranche__isnull=False).values_list("application", flat=True)
    ) == {grant.pk}
    failed.refresh_from_db()
    assert (failed.status, failed.note, failed.payment_reference) == (P.FAILED, "Bounced.", "TX-2")


def test_the_recorder_cannot_approve_their_own_payment(people, grant):
    tranche = plan_tranche(grant, "900.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-9")
    with pytest.raises(workflow.TransitionRefused, match="Someone other than the person"):
        paying.approve_payment(tranche, people.staff)
    tranche.refresh_from_db()
    assert (tranche.status, tranche.approved_by) == (P.RECORDED, None)
    assert [action for _who, action, *_rest in _history(tranche)] == ["record"]


def test_a_step_the_table_does_not_allow_is_refused(people, grant):
    tranche = plan_tranche(grant, "900.00")
    with pytest.raises(workflow.TransitionRefused, match="This tranche is Planned"):
        paying.approve_payment(tranche, people.staff_second)
    with pytest.raises(workflow.TransitionRefused, match="not allowed"):
        paying.record_payment(tranche, people.committee, "2026-05-01", "bank_transfer", "TX")
    assert _history(tranche) == []


def test_the_team_reads_payment_steps_in_the_history_and_the_hub_does_not(client, people, grant):
    tranche = plan_tranche(grant, "900.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-3")
    url = reverse("grants:application_detail", args=[grant.pk])
    client.force_login(people.staff_second)
    step = "Tranche 1: Planned → Payment recorded, awaiting approval"
    assert step in client.get(url).content.decode()
    client.force_login(people.applicant)
    assert "Planned → Payment recorded" not in client.get(url).content.decode()
