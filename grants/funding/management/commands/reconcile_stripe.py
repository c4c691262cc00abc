"""manage.py reconcile_stripe --since 2026-11-01: list what Stripe and the fund ledger
disagree on; exits with status 1 when they differ."""

import datetime

import stripe
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from grants.funding import stripe_api
from grants.funding.reconcile import reconcile


def since_date(value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--since wants a date like 2026-11-01, not {value!r}") from None
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


class Command(BaseCommand):
    help = "Compare the donations ledger with Stripe's payments since a date."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True, help="first day to compare (YYYY-MM-DD)")

    def handle(self, *args, since, **options):
        if not stripe_api.is_configured():
            raise CommandError("Stripe is not configured (STRIPE_SECRET_KEY and friends).")
        start = since_date(since)
        try:
            result = reconcile(start)
        except stripe.StripeError as error:
            raise CommandError(f"Stripe could not be asked: {error}") from error
        for key, payment in result.missing_from_ledger:
            self.stdout.write(
                f"In Stripe, not in the ledger: {key} ({payment['charge']}) "
                f"{payment['amount']} {payment['currency']}"
            )
        for donation in result.missing_from_stripe:
            self.stdout.write(
                f"In the ledger, not in Stripe: donation {donation.pk} "
                f"{donation.stripe_payment_intent_id or donation.stripe_invoice_id} "
                f"{donation.amount} {donation.currency}"
            )
        for donation, key, payment in result.mismatched:
            self.stdout.write(
                f"Different: donation {donation.pk} {key}: ledger {donation.amount} "
                f"{donation.currency} (refunded {donation.amount_refunded}), Stripe "
                f"{payment['amount']} {payment['currency']} (refunded {payment['refunded']})"
            )
        if result.differs:
            raise CommandError("Stripe and the ledger differ.", returncode=1)
        self.stdout.write(
            self.style.SUCCESS(f"Stripe and the ledger agree since {timezone.localdate(start)}.")
        )
