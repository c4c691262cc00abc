"""A delivery signed with the webhook secret whose body is not an event as Stripe sends them
is refused with 400 and changes nothing."""

import json

import pytest

from grants.funding.models import Donation, StripeEvent
from tests.factories import DonationFactory

from .conftest import WEBHOOK_SECRET
from .helpers import signed

pytestmark = pytest.mark.django_db

MALFORMED = {
    "list": [],
    "string": "evt_1",
    "null": None,
    "empty object": {},
    "id not text": {"id": ["evt_1"], "type": "charge.refunded", "data": {"object": {}}},
    "no data": {"id": "evt_1", "type": "payment_intent.succeeded"},
    "object not an object": {"id": "evt_1", "type": "charge.refunded", "data": {"object": "x"}},
    "intent without amount": {
        "id": "evt_1",
        "type": "payment_intent.succeeded",
        "data": {"object": {"id": "pi_factory_pending", "currency": "eur"}},
    },
    "refund amount not a number": {
        "id": "evt_1",
        "type": "charge.refunded",
        "data": {
            "object": {
                "id": "ch_1",
                "payment_intent": "pi_factory_pending",
                "amount_refunded": "lots",
                "currency": "eur",
            }
        },
    },
}


@pytest.fixture
def webhook_secret(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_funding"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_funding"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_signed_delivery_that_is_not_an_event_gets_400_and_records_nothing(
    client, webhook_secret, body
):
    pending = DonationFactory(
        status=Donation.Status.PENDING, stripe_payment_intent_id="pi_factory_pending"
    )
    payload = json.dumps(body).encode()

    response = client.post(
        "/stripe/webhook/",
        data=payload,
        content_type="application/json",
        headers={"stripe-signature": signed(payload)},
    )

    assert (response.status_code, response.content) == (400, b"malformed event")
    assert not StripeEvent.objects.exists()
    pending.refresh_from_db()
    assert (pending.status, pending.amount_refunded) == (Donation.Status.PENDING, 0)
