"""The one place that talks to Stripe: a client built from settings, with the library's own
retries (idempotency keys included) for network errors. The library (some 10 MB) is imported
where it is used, here and in donations.py, so a worker that takes no donation never holds it
(tests/website/test_start_up.py)."""

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
    import stripe

    options = {}
    if settings.STRIPE_API_BASE:
        options["base_addresses"] = {"api": settings.STRIPE_API_BASE}
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        max_network_retries=NETWORK_RETRIES,
        http_client=stripe.RequestsClient(timeout=TIMEOUT_SECONDS),
        **options,
    ).v1


def verify_signature(payload, signature):
    """Check a webhook's raw body (bytes) against its Stripe-Signature header, within Stripe's
    tolerance; raises stripe.SignatureVerificationError for a bad, missing or stale one.

    Only the signature: reading the body is webhooks.parse_event's job, and Stripe's own
    parser fails with unexpected errors on signed bodies that are not objects."""
    import stripe

    stripe.WebhookSignature.verify_header(
        payload.decode("utf-8", errors="replace"),
        signature,
        settings.STRIPE_WEBHOOK_SECRET,
        stripe.Webhook.DEFAULT_TOLERANCE,
    )
