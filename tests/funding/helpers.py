"""What the funding tests share: Stripe test cards, signed webhook deliveries, and the
donate page's form data."""

import hashlib
import hmac
import json
import time

from django.test import TestCase

from grants.funding import stripe_api

from .conftest import WEBHOOK_SECRET

VISA = "4242424242424242"
DECLINED_ON_ATTACH = "4000000000000002"  # Stripe's generic decline test card
DECLINED_ON_CHARGE = "4000000000000341"  # attaches, then the charge is declined


def card_token(number=VISA):
    """What Stripe.js gives the browser: a single-use token for the card."""
    card = {"number": number, "exp_month": 12, "exp_year": 2030, "cvc": "123"}
    return stripe_api.client().tokens.create({"card": card}).id


def donation_form(token, **fields):
    return {
        "choice": "25",
        "frequency": "one_off",
        "name": "Camille",
        "email": "camille@example.org",
        "card_token": token,
        **fields,
    }


def signed(payload, secret=WEBHOOK_SECRET, timestamp=None):
    """A Stripe-Signature header for `payload` (bytes), the way Stripe signs deliveries."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def post_event(client, event, secret=WEBHOOK_SECRET):
    """Deliver `event` signed, as Stripe does; what the view leaves for after its commit
    (the thank-you email) runs before this returns, as it would in production."""
    payload = json.dumps(event).encode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            "/stripe/webhook/",
            data=payload,
            content_type="application/json",
            headers={"stripe-signature": signed(payload, secret)},
        )


def stripe_event(event_type):
    """The latest event of this type localstripe produced, as the dict it delivers."""
    events = stripe_api.client().events.list({"type": event_type})
    return events.data[0].to_dict()
