"""reconcile_stripe compares the ledger with localstripe's payments."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from grants.funding.models import Donation
from grants.funding.webhooks import record_event

from .conftest import wait_for
from .helpers import card_token, donation_form, stripe_event

pytestmark = pytest.mark.django_db

TODAY = timezone.now().date().isoformat()


def _give(client, page, choice):
    client.post(page.url, donation_form(card_token(), choice=choice))
    return Donation.objects.latest("pk")


def _apply_webhook(donation):
    def event():
        try:
            found = stripe_event("payment_intent.succeeded")
        except IndexError:
            return None
        return found if found["data"]["object"]["id"] == donation.stripe_payment_intent_id else None

    record_event(wait_for(event))


def test_agreeing_ledger_and_stripe_pass(client, donate_pages, stripe_settings, capsys):
    _apply_webhook(_give(client, donate_pages["en"], "25"))

    call_command("reconcile_stripe", since=TODAY)

    assert "agree" in capsys.readouterr().out


def test_a_payment_left_out_of_the_ledger_is_found(client, donate_pages, stripe_settings, capsys):
    recorded = _give(client, donate_pages["en"], "25")
    _apply_webhook(recorded)
    left_out = _give(client, donate_pages["en"], "10")  # its webhook never arrives

    with pytest.raises(CommandError) as failure:
        call_command("reconcile_stripe", since=TODAY)

    assert failure.value.returncode == 1
    out = capsys.readouterr().out
    assert f"In Stripe, not in the ledger: {left_out.stripe_payment_intent_id}" in out
    assert recorded.stripe_payment_intent_id not in out


def test_a_ledger_entry_stripe_never_saw_is_found(client, donate_pages, stripe_settings, capsys):
    Donation.objects.create(
        amount=5,
        currency="EUR",
        status=Donation.Status.SUCCEEDED,
        language="en",
        stripe_payment_intent_id="pi_invented",
        received_at=timezone.now(),
    )

    with pytest.raises(CommandError):
        call_command("reconcile_stripe", since=TODAY)

    assert "In the ledger, not in Stripe: donation" in capsys.readouterr().out


def test_a_bad_date_is_explained(stripe_settings):
    with pytest.raises(CommandError, match="2026-11-01"):
        call_command("reconcile_stripe", since="yesterday")


def test_the_since_date_excludes_older_payments(client, donate_pages, stripe_settings, capsys):
    _give(client, donate_pages["en"], "25")
    tomorrow = (timezone.now() + datetime.timedelta(days=1)).date().isoformat()

    call_command("reconcile_stripe", since=tomorrow)

    assert "agree" in capsys.readouterr().out
