"""What each Stripe event does to the fund's records, rule by rule, with events written out
by hand in the shapes Stripe sends (ids or expanded objects, the older and newer places an
invoice names its subscription). No Stripe is needed: `record_event` is what the signed
webhook view calls."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
import time_machine
from django.core import mail

from grants.funding.models import Donation, MonthlyGift, StripeEvent
from grants.funding.webhooks import MalformedEvent, parse_event, record_event
from tests.factories import DonationFactory, MonthlyGiftFactory, make_round

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
S = Donation.Status


def _event(event_type, obj, event_id=None):
    return {"id": event_id or f"evt_{obj['id']}", "type": event_type, "data": {"object": obj}}


def _deliver(event, capture):
    with time_machine.travel(NOW, tick=False), capture(execute=True):
        return record_event(event)


def _pending(intent_id="pi_1", **fields):
    return DonationFactory(
        status=S.PENDING, stripe_payment_intent_id=intent_id, received_at=None, **fields
    )


# Events as such


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'"evt_1"',
        b'{"id": "evt_1", "type": "x", "data": {}}',
        b'{"id": 7, "type": "x", "data": {"object": {}}}',
        b'{"id": "evt_1", "type": null, "data": {"object": {}}}',
        b'{"id": "evt_1", "type": "x", "data": []}',
    ],
)
def test_only_a_json_object_with_an_id_a_type_and_a_data_object_is_an_event(body):
    with pytest.raises(MalformedEvent):
        parse_event(body)


def test_an_event_is_read_as_sent():
    body = b'{"id": "evt_1", "type": "x", "data": {"object": {"id": "o"}}}'

    assert parse_event(body) == {"id": "evt_1", "type": "x", "data": {"object": {"id": "o"}}}


def test_an_event_is_applied_once_and_kept_with_its_type_and_payload(
    django_capture_on_commit_callbacks,
):
    event = _event("customer.created", {"id": "cus_1"})

    assert _deliver(event, django_capture_on_commit_callbacks) is True
    assert _deliver(event, django_capture_on_commit_callbacks) is False

    stored = StripeEvent.objects.get()
    assert (stored.event_id, stored.type, stored.payload) == (
        "evt_cus_1",
        "customer.created",
        event,
    )


def test_an_event_its_handler_cannot_read_is_refused_and_not_kept(
    django_capture_on_commit_callbacks,
):
    pending = _pending()
    event = _event("payment_intent.succeeded", {"id": "pi_1", "amount": 500})  # no currency

    with pytest.raises(MalformedEvent, match="payment_intent.succeeded without the fields"):
        _deliver(event, django_capture_on_commit_callbacks)

    assert not StripeEvent.objects.exists()
    pending.refresh_from_db()
    assert pending.status == S.PENDING


# One-off gifts


@pytest.mark.parametrize(
    ("amount", "currency", "received"),
    [(2550, "eur", Decimal("25.50")), (5000, "jpy", Decimal("5000")), (1, "usd", Decimal("0.01"))],
)
def test_a_succeeded_payment_records_the_amount_stripe_took_in_its_currency(
    django_capture_on_commit_callbacks, amount, currency, received
):
    pending = _pending(failure_message="An earlier attempt failed.")
    intent = {"id": "pi_1", "amount": amount, "currency": currency, "latest_charge": "ch_1"}

    _deliver(_event("payment_intent.succeeded", intent), django_capture_on_commit_callbacks)

    pending.refresh_from_db()
    assert (
        pending.status,
        pending.amount,
        pending.currency,
        pending.stripe_charge_id,
        pending.received_at,
        pending.failure_message,
    ) == (S.SUCCEEDED, received, currency.upper(), "ch_1", NOW, "")
    assert [m.to for m in mail.outbox] == [[pending.donor_email]]


@pytest.mark.parametrize(
    ("latest_charge", "charge_id"),
    [({"id": "ch_expanded", "object": "charge"}, "ch_expanded"), (None, "")],
)
def test_the_charge_is_named_whether_stripe_sends_its_id_or_the_object(
    django_capture_on_commit_callbacks, latest_charge, charge_id
):
    pending = _pending()
    intent = {"id": "pi_1", "amount": 2500, "currency": "eur", "latest_charge": latest_charge}

    _deliver(_event("payment_intent.succeeded", intent), django_capture_on_commit_callbacks)

    pending.refresh_from_db()
    assert pending.stripe_charge_id == charge_id


@pytest.mark.parametrize("naming", ["{pk}x", "", None], ids=["not a number", "empty", "absent"])
def test_metadata_that_names_no_donation_by_number_finds_none(
    django_capture_on_commit_callbacks, naming
):
    waiting = _pending(intent_id=None)
    metadata = {} if naming is None else {"donation_id": naming.format(pk=waiting.pk)}
    intent = {"id": "pi_fast", "amount": 2500, "currency": "eur", "metadata": metadata}

    _deliver(_event("payment_intent.succeeded", intent), django_capture_on_commit_callbacks)

    waiting.refresh_from_db()
    assert (waiting.status, waiting.stripe_payment_intent_id) == (S.PENDING, None)


def test_metadata_never_takes_a_donation_already_tied_to_another_payment(
    django_capture_on_commit_callbacks,
):
    other = _pending(intent_id="pi_other")
    intent = {
        "id": "pi_fast",
        "amount": 2500,
        "currency": "eur",
        "metadata": {"donation_id": str(other.pk)},
    }

    _deliver(_event("payment_intent.succeeded", intent), django_capture_on_commit_callbacks)

    other.refresh_from_db()
    assert (other.status, other.stripe_payment_intent_id) == (S.PENDING, "pi_other")
    assert mail.outbox == []


def test_a_failure_found_by_metadata_ties_the_donation_to_the_intent(
    django_capture_on_commit_callbacks,
):
    waiting = _pending(intent_id=None)
    intent = {"id": "pi_fast", "metadata": {"donation_id": str(waiting.pk)}}

    _deliver(_event("payment_intent.payment_failed", intent), django_capture_on_commit_callbacks)

    waiting.refresh_from_db()
    assert (waiting.status, waiting.stripe_payment_intent_id, waiting.failure_message) == (
        S.FAILED,
        "pi_fast",
        "",
    )


def _refund(amount_refunded, **charge):
    return _event(
        "charge.refunded",
        {"id": "ch_1", "amount_refunded": amount_refunded, "currency": "eur", **charge},
        event_id=f"evt_refund_{amount_refunded}",
    )


@pytest.mark.parametrize(
    "charge",
    [
        {"payment_intent": "pi_1"},
        {"payment_intent": {"id": "pi_1", "object": "payment_intent"}},
        {"payment_intent": None},
        {"payment_intent": "pi_unknown"},
    ],
    ids=["intent id", "expanded intent", "no intent, by charge", "unknown intent, by charge"],
)
def test_a_refund_is_found_by_its_payment_or_else_by_its_charge(
    django_capture_on_commit_callbacks, charge
):
    DonationFactory(stripe_payment_intent_id="pi_1", stripe_charge_id="ch_1")
    DonationFactory(stripe_payment_intent_id="pi_2", stripe_charge_id="ch_2")

    _deliver(_refund(750, **charge), django_capture_on_commit_callbacks)

    assert dict(Donation.objects.values_list("stripe_charge_id", "amount_refunded")) == {
        "ch_1": Decimal("7.50"),
        "ch_2": Decimal("0.00"),
    }


def test_a_refund_of_no_gift_here_changes_nothing(django_capture_on_commit_callbacks):
    DonationFactory(stripe_payment_intent_id="pi_2", stripe_charge_id="ch_2")

    _deliver(
        _event("charge.refunded", {"id": "ch_9", "amount_refunded": 100, "currency": "eur"}),
        django_capture_on_commit_callbacks,
    )

    assert list(Donation.objects.values_list("amount_refunded", flat=True)) == [Decimal("0.00")]


# Monthly gifts


@pytest.fixture
def gift(home_site):
    return MonthlyGiftFactory(
        donor_email="lucas@example.org",
        grant_round=make_round(home_site),
        stripe_customer_id="cus_1",
    )


def _invoice(number, paid=1000, **fields):
    return {
        "id": f"in_{number}",
        "customer": "cus_1",
        "subscription": "sub_1",
        "currency": "eur",
        "amount_due": 1000,
        "amount_paid": paid,
        **fields,
    }


def test_a_paid_invoice_becomes_a_gift_from_the_monthly_donor(
    gift, django_capture_on_commit_callbacks
):
    invoice = _invoice(1, paid=900, payment_intent="pi_in_1", charge={"id": "ch_in_1"})

    _deliver(_event("invoice.paid", invoice), django_capture_on_commit_callbacks)

    donation = Donation.objects.get()
    assert (
        donation.status,
        donation.amount,
        donation.currency,
        donation.frequency,
        donation.monthly_gift,
        donation.donor_name,
        donation.donor_email,
        donation.language,
        donation.grant_round,
        donation.stripe_customer_id,
        donation.stripe_payment_intent_id,
        donation.stripe_charge_id,
        donation.received_at,
    ) == (
        S.SUCCEEDED,
        Decimal("9.00"),
        "EUR",
        "monthly",
        gift,
        "Lucas",
        "lucas@example.org",
        "pt",
        gift.grant_round,
        "cus_1",
        "pi_in_1",
        "ch_in_1",
        NOW,
    )
    gift.refresh_from_db()
    assert gift.status == MonthlyGift.Status.ACTIVE
    assert [m.to for m in mail.outbox] == [["lucas@example.org"]]


@pytest.mark.parametrize(
    "names_it",
    [
        {"subscription": None, "parent": {"subscription_details": {"subscription": "sub_1"}}},
        {"subscription": {"id": "sub_1", "object": "subscription"}},
        {"subscription": None, "customer": {"id": "cus_1", "object": "customer"}},
        {"subscription": "sub_unknown"},
    ],
    ids=["newer API's parent", "expanded subscription", "customer only", "customer fallback"],
)
def test_an_invoice_finds_its_monthly_gift_wherever_stripe_names_it(
    gift, django_capture_on_commit_callbacks, names_it
):
    _deliver(_event("invoice.paid", _invoice(1, **names_it)), django_capture_on_commit_callbacks)

    assert gift.donations.get().status == S.SUCCEEDED


def test_each_invoice_goes_to_the_gift_of_its_subscription_when_a_donor_has_two(
    gift, django_capture_on_commit_callbacks
):
    second = MonthlyGiftFactory(
        amount=Decimal("20.00"), stripe_customer_id="cus_1", stripe_subscription_id="sub_2"
    )

    older_api = _invoice(7)  # names sub_1 at the top
    newer_api = _invoice(
        8,
        subscription=None,
        parent={"subscription_details": {"subscription": "sub_2"}},
        amount_due=2000,
        paid=2000,
    )
    for invoice in (older_api, newer_api):
        _deliver(_event("invoice.paid", invoice), django_capture_on_commit_callbacks)

    assert list(gift.donations.values_list("amount", flat=True)) == [Decimal("10.00")]
    assert list(second.donations.values_list("amount", flat=True)) == [Decimal("20.00")]


def test_an_invoice_of_no_monthly_gift_here_records_nothing(
    gift, django_capture_on_commit_callbacks
):
    stranger = _invoice(1, customer="cus_other", subscription="sub_other")

    _deliver(_event("invoice.paid", stranger), django_capture_on_commit_callbacks)
    _deliver(
        _event("invoice.payment_failed", stranger, "evt_f"), django_capture_on_commit_callbacks
    )

    assert not Donation.objects.exists()


def test_only_the_first_paid_invoice_sends_a_thank_you(gift, django_capture_on_commit_callbacks):
    _deliver(_event("invoice.paid", _invoice(1)), django_capture_on_commit_callbacks)
    _deliver(_event("invoice.paid", _invoice(2)), django_capture_on_commit_callbacks)

    assert list(gift.donations.order_by("pk").values_list("status", flat=True)) == [
        S.SUCCEEDED,
        S.SUCCEEDED,
    ]
    assert len(mail.outbox) == 1


def test_a_failed_invoice_is_a_failed_gift_of_the_amount_due(
    gift, django_capture_on_commit_callbacks
):
    _deliver(
        _event("invoice.payment_failed", _invoice(1, paid=0)), django_capture_on_commit_callbacks
    )

    donation = gift.donations.get()
    assert (donation.status, donation.amount, donation.received_at) == (
        S.FAILED,
        Decimal("10.00"),
        None,
    )
    gift.refresh_from_db()
    assert gift.status == MonthlyGift.Status.INCOMPLETE
    assert mail.outbox == []


def test_a_cancelled_subscription_ends_the_gift_once(gift, django_capture_on_commit_callbacks):
    earlier = datetime(2027, 1, 1, tzinfo=UTC)
    MonthlyGiftFactory(
        stripe_customer_id="cus_2", status=MonthlyGift.Status.CANCELLED, cancelled_at=earlier
    )

    for number in (1, 2):
        _deliver(
            _event("customer.subscription.deleted", {"id": f"sub_{number}"}),
            django_capture_on_commit_callbacks,
        )

    assert dict(MonthlyGift.objects.values_list("stripe_subscription_id", "cancelled_at")) == {
        "sub_1": NOW,
        "sub_2": earlier,
    }
    gift.refresh_from_db()
    assert gift.status == MonthlyGift.Status.CANCELLED
