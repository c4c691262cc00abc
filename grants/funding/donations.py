"""Starting a gift with Stripe: a one-off PaymentIntent or a monthly Subscription, each for a
Customer holding the card Stripe.js tokenised in the donor's browser. Nothing here marks a
gift as received: only Stripe's signed webhooks do (see webhooks.py)."""

import logging

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.money import from_minor_units, to_minor_units

from . import stripe_api
from .models import Donation, Frequency, MonthlyGift

logger = logging.getLogger(__name__)

THANKS_SALT = "funding.thanks"
CANCEL_SALT = "funding.cancel-monthly"
PRODUCT_NAME = "Monthly gift to the grants fund"


class DonationError(Exception):
    """A gift could not be started; the message is translated and safe to show the donor."""


def _explain(error):
    """The donor-facing message for a Stripe error (already translated)."""
    import stripe

    if isinstance(error, stripe.CardError):
        return _(
            "Your card was declined, so nothing was charged. Please check the details or try "
            "another card."
        )
    if isinstance(error, stripe.APIConnectionError):
        return _(
            "We could not reach our payment provider, so nothing was charged. Please try "
            "again in a few minutes."
        )
    logger.exception("Stripe refused a donation request", exc_info=error)
    return _("The payment could not be processed and nothing was charged. Please try again later.")


def _customer(client, *, name, email, card_token, language):
    params = {"source": card_token, "preferred_locales": [language]}
    if name:
        params["name"] = name
    if email:
        params["email"] = email
    return client.customers.create(params)


def start_one_off(page, *, amount, name, email, card_token, language, grant_round=None):
    """Charge `amount` once. Returns (donation, payment_intent); the intent may still need the
    donor's authentication in the browser (status "requires_action")."""
    import stripe

    donation = Donation.objects.create(
        amount=amount,
        currency=page.currency,
        frequency=Frequency.ONE_OFF,
        donor_name=name,
        donor_email=email,
        language=language,
        donate_page=page,
        grant_round=grant_round,
    )
    client = stripe_api.client()
    try:
        customer = _customer(
            client, name=name, email=email, card_token=card_token, language=language
        )
        donation.stripe_customer_id = customer.id
        intent = client.payment_intents.create(
            {
                "amount": to_minor_units(amount, page.currency),
                "currency": page.currency.lower(),
                "customer": customer.id,
                "payment_method": customer.default_source,
                # Cards only: no redirect-based methods, so no return_url is needed.
                "payment_method_types": ["card"],
                "confirm": True,
                "metadata": {"donation_id": str(donation.pk)},
            },
            {"idempotency_key": f"donation-{donation.pk}"},
        )
    except stripe.StripeError as error:
        donation.status = Donation.Status.FAILED
        donation.failure_message = str(getattr(error, "user_message", "") or error)[:255]
        donation.save()
        raise DonationError(_explain(error)) from error
    donation.stripe_payment_intent_id = intent.id
    donation.save()
    return donation, intent


def _plan_id(client, amount, currency):
    """A monthly plan for exactly this amount, created on first use."""
    import stripe

    minor = to_minor_units(amount, currency)
    plan_id = f"monthly-gift-{currency.lower()}-{minor}"
    try:
        client.plans.retrieve(plan_id)
    except stripe.InvalidRequestError:
        client.plans.create(
            {
                "id": plan_id,
                "amount": minor,
                "currency": currency.lower(),
                "interval": "month",
                "product": {"name": PRODUCT_NAME},
            }
        )
    return plan_id


def start_monthly(page, *, amount, name, email, card_token, language, grant_round=None):
    """Start a monthly gift: a Customer and a Subscription whose first invoice is paid now.
    Each paid invoice becomes a Donation when Stripe's webhook reports it."""
    import stripe

    client = stripe_api.client()
    try:
        customer = _customer(
            client, name=name, email=email, card_token=card_token, language=language
        )
        # Saved before the subscription exists, so an early invoice webhook finds it by customer.
        gift = MonthlyGift.objects.create(
            amount=amount,
            currency=page.currency,
            donor_name=name,
            donor_email=email,
            language=language,
            donate_page=page,
            grant_round=grant_round,
            stripe_customer_id=customer.id,
        )
        try:
            subscription = client.subscriptions.create(
                {
                    "customer": customer.id,
                    "items": [{"plan": _plan_id(client, amount, page.currency)}],
                    "payment_behavior": "error_if_incomplete",
                    "metadata": {"monthly_gift_id": str(gift.pk)},
                },
                {"idempotency_key": f"monthly-gift-{gift.pk}"},
            )
        except stripe.StripeError:
            gift.status = MonthlyGift.Status.CANCELLED
            gift.cancelled_at = timezone.now()
            gift.save(update_fields=["status", "cancelled_at"])
            raise
    except stripe.StripeError as error:
        raise DonationError(_explain(error)) from error
    gift.stripe_subscription_id = subscription.id
    gift.save(update_fields=["stripe_subscription_id"])
    return gift


def cancel_monthly(gift):
    """Stop a monthly gift at Stripe and here; cancelling twice is harmless."""
    import stripe

    if gift.status == MonthlyGift.Status.CANCELLED:
        return gift
    if gift.stripe_subscription_id:
        try:
            stripe_api.client().subscriptions.cancel(gift.stripe_subscription_id)
        except stripe.InvalidRequestError:
            # Already gone at Stripe (cancelled from its dashboard): just record it here.
            logger.info("Subscription %s was already cancelled", gift.stripe_subscription_id)
        except stripe.StripeError as error:
            raise DonationError(_explain(error)) from error
    MonthlyGift.objects.filter(pk=gift.pk).exclude(status=MonthlyGift.Status.CANCELLED).update(
        status=MonthlyGift.Status.CANCELLED, cancelled_at=timezone.now()
    )
    gift.refresh_from_db()
    return gift


def refund(donation, amount=None):
    """Refund a received donation at Stripe (all of it unless `amount` is given) and record the
    charge's refunded total, the same figure the charge.refunded webhook carries."""
    import stripe

    donation.refresh_from_db()
    if amount is None:
        amount = donation.amount - donation.amount_refunded
    client = stripe_api.client()
    params = {
        "payment_intent": donation.stripe_payment_intent_id,
        "amount": to_minor_units(amount, donation.currency),
    }
    try:
        created = client.refunds.create(params)
        charge = client.charges.retrieve(created.charge)
    except stripe.StripeError as error:
        raise DonationError(_explain(error)) from error
    with transaction.atomic():
        record_refunded_total(
            donation.pk, from_minor_units(charge.amount_refunded, donation.currency)
        )


def record_refunded_total(donation_id, refunded):
    """Set a donation's refunded total, never lowering it (events may arrive out of order)."""
    donation = Donation.objects.select_for_update().get(pk=donation_id)
    if refunded > donation.amount_refunded:
        donation.amount_refunded = refunded
        donation.save(update_fields=["amount_refunded"])
    return donation


def thanks_token(obj):
    """A signed reference to a donation or monthly gift for its thank-you page."""
    kind = "m" if isinstance(obj, MonthlyGift) else "d"
    return signing.dumps([kind, obj.pk], salt=THANKS_SALT)


def from_thanks_token(token):
    """The Donation or MonthlyGift a thank-you token names, or None for a bad token."""
    try:
        kind, pk = signing.loads(token, salt=THANKS_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    model = MonthlyGift if kind == "m" else Donation
    return model.objects.filter(pk=pk).first()


def cancel_token(gift):
    """The signed token in a monthly donor's cancel link."""
    return signing.dumps(gift.pk, salt=CANCEL_SALT)


def gift_from_cancel_token(token):
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return MonthlyGift.objects.filter(pk=pk).first()
