"""Comparing the ledger with Stripe: payments Stripe has that no donation records, donations
Stripe has no payment for, and amounts or refunds that differ."""

from dataclasses import dataclass, field
from datetime import datetime

from core.money import from_minor_units

from .models import Donation
from .stripe_api import client


@dataclass
class Reconciliation:
    missing_from_ledger: list = field(default_factory=list)
    missing_from_stripe: list = field(default_factory=list)
    mismatched: list = field(default_factory=list)

    @property
    def differs(self):
        return bool(self.missing_from_ledger or self.missing_from_stripe or self.mismatched)


def stripe_payments(since):
    """Stripe's succeeded charges created at or after `since`, keyed by payment intent (or
    charge id when a charge has no intent)."""
    created_after = int(since.timestamp()) - 1
    charges = client().charges.list({"created": {"gt": created_after}, "limit": 100})
    payments = {}
    for charge in charges.auto_paging_iter():
        charge = charge.to_dict()
        if charge["status"] != "succeeded" or not charge.get("captured", True):
            continue
        key = charge.get("payment_intent") or charge["id"]
        payments[key] = {
            "charge": charge["id"],
            "amount": from_minor_units(charge["amount"], charge["currency"]),
            "refunded": from_minor_units(charge.get("amount_refunded") or 0, charge["currency"]),
            "currency": charge["currency"].upper(),
        }
    return payments


def reconcile(since: datetime):
    """Compare the ledger's received donations since `since` with Stripe's payments."""
    payments = stripe_payments(since)
    by_charge = {payment["charge"]: key for key, payment in payments.items()}
    result = Reconciliation()
    ledger = Donation.objects.filter(
        status=Donation.Status.SUCCEEDED, received_at__gte=since
    ).order_by("received_at")
    seen = set()
    for donation in ledger:
        key = donation.stripe_payment_intent_id
        if key not in payments:
            key = by_charge.get(donation.stripe_charge_id)
        if key is None:
            result.missing_from_stripe.append(donation)
            continue
        seen.add(key)
        payment = payments[key]
        if (payment["amount"], payment["currency"], payment["refunded"]) != (
            donation.amount,
            donation.currency,
            donation.amount_refunded,
        ):
            result.mismatched.append((donation, key, payment))
    result.missing_from_ledger = [
        (key, payment) for key, payment in payments.items() if key not in seen
    ]
    return result
