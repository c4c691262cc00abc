"""Applying Stripe's webhook events: each event is stored once by its id and applied in the
same transaction, so a replayed, retried or racing delivery changes nothing."""

import json

from django.db import transaction
from django.utils import timezone

from core.money import from_minor_units

from .donations import record_refunded_total
from .models import Donation, Frequency, MonthlyGift, StripeEvent
from .notifications import send_thank_you

HANDLERS = {}


def handles(*event_types):
    def register(function):
        for event_type in event_types:
            HANDLERS[event_type] = function
        return function

    return register


class MalformedEvent(ValueError):
    """A signed delivery whose body is not an event of the shape Stripe sends."""


def parse_event(payload):
    """The event in a webhook's verified raw body, checked for the fields every event has."""
    try:
        event = json.loads(payload)
    except ValueError as error:
        raise MalformedEvent("not JSON") from error
    if not (
        isinstance(event, dict)
        and isinstance(event.get("id"), str)
        and isinstance(event.get("type"), str)
        and isinstance(event.get("data"), dict)
        and isinstance(event["data"].get("object"), dict)
    ):
        raise MalformedEvent("not an event")
    return event


def record_event(event):
    """Store `event` (a dict) and apply it; False when it had been recorded before.

    Raises MalformedEvent, storing nothing, when the event's object lacks what its handler
    reads."""
    with transaction.atomic():
        _stored, created = StripeEvent.objects.get_or_create(
            event_id=event["id"], defaults={"type": event["type"], "payload": event}
        )
        if not created:
            return False
        handler = HANDLERS.get(event["type"])
        if handler:
            try:
                handler(event["data"]["object"])
            except (KeyError, TypeError, AttributeError, ValueError, ArithmeticError) as error:
                raise MalformedEvent(f"{event['type']} without the fields it needs") from error
    return True


def _id(value):
    """A Stripe reference that may arrive as an id or as the expanded object."""
    if isinstance(value, dict):
        return value.get("id")
    return value or None


def _donation_for_intent(intent):
    donations = Donation.objects.select_for_update()
    donation = donations.filter(stripe_payment_intent_id=intent["id"]).first()
    donation_id = (intent.get("metadata") or {}).get("donation_id")
    if donation is None and donation_id and donation_id.isdigit():
        # The webhook can outrun the request that saves the intent's id on the donation.
        donation = donations.filter(pk=donation_id, stripe_payment_intent_id=None).first()
    return donation


@handles("payment_intent.succeeded")
def payment_succeeded(intent):
    donation = _donation_for_intent(intent)
    if donation is None or donation.status == Donation.Status.SUCCEEDED:
        return
    donation.status = Donation.Status.SUCCEEDED
    donation.amount = from_minor_units(intent["amount"], intent["currency"])
    donation.currency = intent["currency"].upper()
    donation.stripe_payment_intent_id = intent["id"]
    donation.stripe_charge_id = _id(intent.get("latest_charge")) or ""
    donation.received_at = timezone.now()
    donation.failure_message = ""
    donation.save()
    send_thank_you(donation.pk)


@handles("payment_intent.payment_failed")
def payment_failed(intent):
    donation = _donation_for_intent(intent)
    if donation is None or donation.status == Donation.Status.SUCCEEDED:
        return
    error = intent.get("last_payment_error") or {}
    donation.status = Donation.Status.FAILED
    donation.stripe_payment_intent_id = intent["id"]
    donation.failure_message = (error.get("message") or "")[:255]
    donation.save()


@handles("charge.refunded")
def charge_refunded(charge):
    donation = (
        Donation.objects.filter(
            stripe_payment_intent_id=_id(charge.get("payment_intent")) or "-"
        ).first()
        or Donation.objects.filter(stripe_charge_id=charge["id"]).first()
    )
    if donation is not None:
        refunded = from_minor_units(charge["amount_refunded"], charge["currency"])
        record_refunded_total(donation.pk, refunded)


def _subscription_id(invoice):
    parent = invoice.get("parent") or {}
    details = parent.get("subscription_details") or {}
    return _id(invoice.get("subscription")) or _id(details.get("subscription"))


def _gift_for_invoice(invoice):
    gifts = MonthlyGift.objects.select_for_update()
    subscription_id = _subscription_id(invoice)
    gift = gifts.filter(stripe_subscription_id=subscription_id).first() if subscription_id else None
    return gift or gifts.filter(stripe_customer_id=_id(invoice.get("customer")) or "-").first()


def _invoice_donation(gift, invoice):
    donation, _created = Donation.objects.select_for_update().get_or_create(
        stripe_invoice_id=invoice["id"],
        defaults={
            "amount": from_minor_units(invoice["amount_due"], invoice["currency"]),
            "currency": invoice["currency"].upper(),
            "frequency": Frequency.MONTHLY,
            "monthly_gift": gift,
            "donor_name": gift.donor_name,
            "donor_email": gift.donor_email,
            "language": gift.language,
            "donate_page": gift.donate_page,
            "grant_round": gift.grant_round,
            "stripe_customer_id": gift.stripe_customer_id,
        },
    )
    return donation


@handles("invoice.paid", "invoice.payment_succeeded")
def invoice_paid(invoice):
    gift = _gift_for_invoice(invoice)
    if gift is None:
        return
    donation = _invoice_donation(gift, invoice)
    if donation.status == Donation.Status.SUCCEEDED:
        return
    first = not gift.donations.filter(status=Donation.Status.SUCCEEDED).exists()
    donation.status = Donation.Status.SUCCEEDED
    donation.amount = from_minor_units(invoice["amount_paid"], invoice["currency"])
    donation.stripe_payment_intent_id = _id(invoice.get("payment_intent"))
    donation.stripe_charge_id = _id(invoice.get("charge")) or ""
    donation.received_at = timezone.now()
    donation.failure_message = ""
    donation.save()
    if gift.status == MonthlyGift.Status.INCOMPLETE:
        gift.status = MonthlyGift.Status.ACTIVE
        gift.save(update_fields=["status"])
    if first:
        send_thank_you(donation.pk)


@handles("invoice.payment_failed")
def invoice_failed(invoice):
    gift = _gift_for_invoice(invoice)
    if gift is None:
        return
    donation = _invoice_donation(gift, invoice)
    if donation.status != Donation.Status.SUCCEEDED:
        donation.status = Donation.Status.FAILED
        donation.save(update_fields=["status"])


@handles("customer.subscription.deleted")
def subscription_cancelled(subscription):
    MonthlyGift.objects.filter(stripe_subscription_id=subscription["id"]).exclude(
        status=MonthlyGift.Status.CANCELLED
    ).update(status=MonthlyGift.Status.CANCELLED, cancelled_at=timezone.now())
