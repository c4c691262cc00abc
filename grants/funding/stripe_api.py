"""The one place that talks to Stripe: a client built from settings, with the library's own
retries (idempotency keys included) for network errors."""

import stripe
from django.conf import settings

NETWORK_RETRIES = 2
TIMEOUT_SECONDS = 20


def is_configured():
    """True when the secret and publishable keys and the webhook secret are all set."""
    return bool(
        settings.STRIPE_SECRET_KEY
        and settings.STRIPE_PUBLISHABLE_KEY
        and settings.STRIPE_WEBHOOK_SECRET
    )


def client():
    """A Stripe client for the configured account (and API address, for a local fake Stripe)."""
    options = {}
    if settings.STRIPE_API_BASE:
        options["base_addresses"] = {"api": settings.STRIPE_API_BASE}
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        max_network_retries=NETWORK_RETRIES,
        http_client=stripe.RequestsClient(timeout=TIMEOUT_SECONDS),
        **options,
    ).v1


def verified_event(payload, signature):
    """The event in a webhook's raw body once its signature checks out (Stripe's tolerance).

    Raises ValueError for a body that is not an event and stripe.SignatureVerificationError
    for a bad, missing or stale signature."""
    return stripe.Webhook.construct_event(payload, signature, settings.STRIPE_WEBHOOK_SECRET)
