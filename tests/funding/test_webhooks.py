"""The webhook endpoint: only correctly signed events count, each exactly once, even when
Stripe delivers the same event twice or two deliveries race."""

import json
import threading
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection, connections

from grants.funding import stripe_api
from grants.funding.ledger import income_by_currency
from grants.funding.models import Donation, MonthlyGift, StripeEvent
from grants.funding.webhooks import record_event
from tests.factories import DonationFactory, MonthlyGiftFactory

from .conftest import wait_for
from .helpers import card_token, donation_form, post_event, signed, stripe_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def paid_one_off(client, donate_pages, stripe_settings):
    """A one-off gift paid at localstripe whose webhook has not been delivered here."""
    response = client.post(donate_pages["en"].url, donation_form(card_token(), choice="50"))
    assert response.status_code == 302
    donation = Donation.objects.get()
    event = wait_for(lambda: _event_for(donation), message="localstripe made no event")
    return donation, event


def _event_for(donation):
    try:
        event = stripe_event("payment_intent.succeeded")
    except IndexError:
        return None
    if event["data"]["object"]["id"] == donation.stripe_payment_intent_id:
        return event
    return None


def test_the_same_event_delivered_twice_records_one_donation(client, paid_one_off):
    donation, event = paid_one_off

    first = post_event(client, event)
    second = post_event(client, event)

    assert (first.status_code, second.status_code) == (200, 200)
    assert second.content == b"already recorded"
    assert StripeEvent.objects.filter(event_id=event["id"]).count() == 1
    donation.refresh_from_db()
    assert donation.status == Donation.Status.SUCCEEDED
    assert income_by_currency() == {"EUR": Decimal("50.00")}
    assert len(mail.outbox) == 1, "one thank-you, not two"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"stripe-signature": "t=1,v1=deadbeef"},
        {"stripe-signature": "wrong-secret"},
    ],
    ids=["missing", "forged", "wrong-secret"],
)
def test_a_bad_or_missing_signature_gets_400_and_records_nothing(client, paid_one_off, headers):
    donation, event = paid_one_off
    payload = json.dumps(event).encode()
    if headers.get("stripe-signature") == "wrong-secret":
        headers = {"stripe-signature": signed(payload, secret="whsec_someone_else")}

    response = client.post(
        "/stripe/webhook/", data=payload, content_type="application/json", headers=headers
    )

    assert response.status_code == 400
    assert not StripeEvent.objects.exists()
    donation.refresh_from_db()
    assert donation.status == Donation.Status.PENDING


def test_a_signature_over_another_body_is_refused(client, paid_one_off):
    donation, event = paid_one_off
    tampered = dict(event, data={"object": {**event["data"]["object"], "amount": 1}})

    response = client.post(
        "/stripe/webhook/",
        data=json.dumps(tampered),
        content_type="application/json",
        headers={"stripe-signature": signed(json.dumps(event).encode())},
    )

    assert response.status_code == 400
    assert not StripeEvent.objects.exists()


def test_the_webhook_answers_only_post(client, stripe_settings):
    assert client.get("/stripe/webhook/").status_code == 405


def test_refunds_made_in_the_stripe_dashboard_arrive_as_charge_refunded(client, paid_one_off):
    donation, event = paid_one_off
    post_event(client, event)
    stripe = stripe_api.client()
    charge_id = Donation.objects.get().stripe_charge_id
    stripe.refunds.create({"charge": charge_id, "amount": 1500})
    refunded = stripe.charges.retrieve(charge_id).to_dict()
    refund_event = {
        "id": "evt_refund_1",
        "object": "event",
        "type": "charge.refunded",
        "data": {"object": refunded},
    }

    post_event(client, refund_event)
    post_event(client, refund_event)

    assert income_by_currency() == {"EUR": Decimal("35.00")}


def test_unknown_event_types_are_stored_and_acknowledged(client, stripe_settings):
    event = {
        "id": "evt_other",
        "object": "event",
        "type": "customer.created",
        "data": {"object": {}},
    }

    response = post_event(client, event)

    assert response.status_code == 200
    assert StripeEvent.objects.get().type == "customer.created"


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite serialises writers; the race needs PostgreSQL's row locking",
)
@pytest.mark.django_db(transaction=True)
def test_two_deliveries_racing_record_one_donation(paid_one_off):
    donation, event = paid_one_off
    start = threading.Barrier(4)
    results = []

    def deliver():
        try:
            start.wait()
            results.append(record_event(event))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False, False, False, True]
    assert StripeEvent.objects.filter(event_id=event["id"]).count() == 1
    assert Donation.objects.filter(status=Donation.Status.SUCCEEDED).count() == 1
    assert income_by_currency() == {"EUR": Decimal("50.00")}
    assert len(mail.outbox) == 1


def _monthly_gift(number, status=MonthlyGift.Status.INCOMPLETE):
    """A monthly gift of 10.00 EUR at Stripe as customer cus_<number>, subscription sub_<number>."""
    return MonthlyGiftFactory(stripe_customer_id=f"cus_{number}", status=status)


def _invoice(number, paid, **more):
    """Stripe's invoice in_<number> of that gift's 10.00 EUR, with `paid` cents paid."""
    return {
        "id": f"in_{number}",
        "object": "invoice",
        "customer": f"cus_{number}",
        "subscription": f"sub_{number}",
        "currency": "eur",
        "amount_due": 1000,
        "amount_paid": paid,
        **more,
    }


def test_a_failed_monthly_invoice_is_recorded_as_failed_not_received(client, stripe_settings):
    gift = _monthly_gift(1, MonthlyGift.Status.ACTIVE)
    invoice = _invoice(1, paid=0)

    post_event(
        client, {"id": "evt_f", "type": "invoice.payment_failed", "data": {"object": invoice}}
    )

    donation = gift.donations.get()
    assert donation.status == Donation.Status.FAILED
    assert income_by_currency() == {}
    paid = dict(invoice, amount_paid=1000, payment_intent="pi_retry")
    post_event(client, {"id": "evt_p", "type": "invoice.paid", "data": {"object": paid}})
    donation.refresh_from_db()
    assert donation.status == Donation.Status.SUCCEEDED, "Stripe's retry succeeded"
    assert income_by_currency() == {"EUR": Decimal("10.00")}


def test_an_invoice_paid_after_the_donor_cancelled_is_received_and_the_gift_stays_cancelled(
    client, stripe_settings
):
    """Stripe may still collect the invoice that was open when the donor cancelled."""
    gift = _monthly_gift(2, MonthlyGift.Status.CANCELLED)
    invoice = _invoice(2, paid=1000, payment_intent="pi_last")

    post_event(client, {"id": "evt_last", "type": "invoice.paid", "data": {"object": invoice}})

    assert gift.donations.get().status == Donation.Status.SUCCEEDED
    assert income_by_currency() == {"EUR": Decimal("10.00")}
    gift.refresh_from_db()
    assert gift.status == MonthlyGift.Status.CANCELLED


def _failed_intent(intent_id, message):
    intent = {
        "id": intent_id,
        "object": "payment_intent",
        "amount": 2500,
        "currency": "eur",
        "last_payment_error": {"message": message},
    }
    return {
        "id": f"evt_{intent_id}",
        "type": "payment_intent.payment_failed",
        "data": {"object": intent},
    }


def test_a_failed_card_payment_is_recorded_with_stripes_reason(client, stripe_settings):
    pending = DonationFactory(
        status=Donation.Status.PENDING, stripe_payment_intent_id="pi_declined", received_at=None
    )

    post_event(client, _failed_intent("pi_declined", "Your card has insufficient funds."))

    pending.refresh_from_db()
    assert pending.status == Donation.Status.FAILED
    assert pending.failure_message == "Your card has insufficient funds."
    assert income_by_currency() == {}


def test_a_late_failure_never_undoes_a_received_gift(client, stripe_settings):
    received = DonationFactory(stripe_payment_intent_id="pi_received")
    gift = _monthly_gift(3, MonthlyGift.Status.ACTIVE)
    invoice = _invoice(3, paid=1000, payment_intent="pi_invoice_3")
    post_event(client, {"id": "evt_paid3", "type": "invoice.paid", "data": {"object": invoice}})

    # Stripe does not promise the order of its deliveries: the failures arrive afterwards.
    post_event(client, _failed_intent("pi_received", "Your card was declined."))
    failed = dict(invoice, amount_paid=0)
    post_event(
        client, {"id": "evt_fail3", "type": "invoice.payment_failed", "data": {"object": failed}}
    )

    received.refresh_from_db()
    assert (received.status, received.failure_message) == (Donation.Status.SUCCEEDED, "")
    assert gift.donations.get().status == Donation.Status.SUCCEEDED
    assert income_by_currency() == {"EUR": Decimal("35.00")}


def _succeeded_intent(intent_id, event_id):
    intent = {"id": intent_id, "object": "payment_intent", "amount": 2500, "currency": "eur"}
    return {"id": event_id, "type": "payment_intent.succeeded", "data": {"object": intent}}


def test_a_payment_for_an_intent_of_no_gift_here_is_acknowledged_and_records_nothing(
    client, stripe_settings
):
    response = post_event(client, _succeeded_intent("pi_elsewhere", "evt_elsewhere"))

    assert response.status_code == 200
    assert not Donation.objects.exists()
    assert mail.outbox == []


def test_a_second_success_event_for_a_received_gift_changes_nothing_and_thanks_no_one_again(
    client, stripe_settings
):
    received = DonationFactory(stripe_payment_intent_id="pi_once", amount=Decimal("25.00"))
    received_at = received.received_at

    post_event(client, _succeeded_intent("pi_once", "evt_again"))

    received.refresh_from_db()
    assert (received.status, received.received_at) == (Donation.Status.SUCCEEDED, received_at)
    assert mail.outbox == []


def test_a_success_that_outruns_the_donation_request_finds_the_donation_by_its_metadata(
    client, stripe_settings
):
    """Stripe can report the payment before the request that started it has saved the intent's
    id on the donation: the intent's metadata names the donation."""
    waiting = DonationFactory(
        status=Donation.Status.PENDING, stripe_payment_intent_id=None, received_at=None
    )
    event = _succeeded_intent("pi_fast", "evt_fast")
    event["data"]["object"]["metadata"] = {"donation_id": str(waiting.pk)}

    post_event(client, event)

    waiting.refresh_from_db()
    assert (waiting.status, waiting.stripe_payment_intent_id) == (
        Donation.Status.SUCCEEDED,
        "pi_fast",
    )
    assert income_by_currency() == {"EUR": Decimal("25.00")}


def test_a_long_failure_reason_is_kept_to_the_255_characters_the_record_holds(
    client, stripe_settings
):
    pending = DonationFactory(
        status=Donation.Status.PENDING, stripe_payment_intent_id="pi_long", received_at=None
    )
    reason = "The bank refused the payment. " * 10  # 300 characters

    post_event(client, _failed_intent("pi_long", reason))

    pending.refresh_from_db()
    assert pending.failure_message == reason[:255]


def test_an_invoice_reported_paid_twice_is_received_once(client, stripe_settings):
    """Stripe sends both invoice.paid and invoice.payment_succeeded for one invoice."""
    gift = _monthly_gift(4)
    invoice = _invoice(4, paid=1000, payment_intent="pi_invoice_4")
    post_event(client, {"id": "evt_4a", "type": "invoice.paid", "data": {"object": invoice}})
    received_at = gift.donations.get().received_at

    post_event(
        client,
        {"id": "evt_4b", "type": "invoice.payment_succeeded", "data": {"object": invoice}},
    )

    donation = gift.donations.get()
    assert (donation.status, donation.received_at) == (Donation.Status.SUCCEEDED, received_at)
    assert income_by_currency() == {"EUR": Decimal("10.00")}
    assert len(mail.outbox) == 1, "one thank-you"
