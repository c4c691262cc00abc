"""Donors give through the donate page against localstripe; only Stripe's signed webhooks,
delivered by localstripe to the live test server, record what was received."""

from decimal import Decimal

import pytest
from django.core import mail

from grants.funding import donations, stripe_api
from grants.funding.ledger import income_by_currency
from grants.funding.models import Donation, MonthlyGift, StripeEvent

from .conftest import wait_for
from .helpers import DECLINED_ON_ATTACH, DECLINED_ON_CHARGE, card_token, donation_form

pytestmark = pytest.mark.django_db(transaction=True)


def received(donation):
    donation.refresh_from_db()
    return donation.status == Donation.Status.SUCCEEDED


def test_a_one_off_gift_is_recorded_once_from_the_webhook(client, donate_pages, stripe_webhooks):
    page = donate_pages["fr"]

    response = client.post(page.url, donation_form(card_token(), choice="25"))

    assert response.status_code == 302
    donation = Donation.objects.get()
    assert donation.status == Donation.Status.PENDING, "the browser's return proves nothing"
    thanks = client.get(response.url)
    assert "Nous confirmons votre don" in thanks.content.decode()

    wait_for(lambda: received(donation), message="payment_intent.succeeded never arrived")
    assert income_by_currency() == {"EUR": Decimal("25.00")}
    assert StripeEvent.objects.filter(type="payment_intent.succeeded").count() == 1
    assert donation.language == "fr" and donation.stripe_charge_id.startswith("ch_")
    thanks = client.get(response.url)
    assert "Nous avons bien reçu votre don de 25,00\u00a0€" in thanks.content.decode()
    wait_for(lambda: len(mail.outbox) == 1, message="no thank-you email")
    assert mail.outbox[0].to == ["camille@example.org"]
    assert "Merci pour votre don de 25,00\u00a0€" in mail.outbox[0].body


def test_a_declined_card_is_explained_and_nothing_is_recorded(
    client, donate_pages, stripe_webhooks
):
    page = donate_pages["en"]

    response = client.post(
        page.url,
        donation_form(card_token(DECLINED_ON_ATTACH), choice="other", custom_amount="42"),
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Your card was declined, so nothing was charged." in html
    assert 'value="42"' in html and 'value="Camille"' in html, "what the donor typed stays"
    assert income_by_currency() == {}


def test_a_card_declined_at_the_charge_marks_the_gift_failed(client, donate_pages, stripe_webhooks):
    page = donate_pages["es"]

    response = client.post(page.url, donation_form(card_token(DECLINED_ON_CHARGE)))

    assert response.status_code == 400
    assert "Se rechazó tu tarjeta" in response.content.decode()
    donation = Donation.objects.get()
    assert donation.status == Donation.Status.FAILED
    wait_for(lambda: StripeEvent.objects.filter(type="payment_intent.payment_failed").exists())
    donation.refresh_from_db()
    assert donation.status == Donation.Status.FAILED
    assert income_by_currency() == {}
    assert mail.outbox == []


def test_a_refund_reduces_the_ledger(client, donate_pages, stripe_webhooks):
    client.post(donate_pages["en"].url, donation_form(card_token(), choice="50"))
    donation = Donation.objects.get()
    wait_for(lambda: received(donation))
    assert income_by_currency() == {"EUR": Decimal("50.00")}

    donations.refund(donation, amount=Decimal("20.00"))

    assert income_by_currency() == {"EUR": Decimal("30.00")}
    donations.refund(donation)
    assert income_by_currency() == {"EUR": Decimal("0.00")}
    donation.refresh_from_db()
    assert donation.is_refunded


def test_a_monthly_gift_records_a_donation_per_paid_invoice(client, donate_pages, stripe_webhooks):
    page = donate_pages["pt"]

    response = client.post(page.url, donation_form(card_token(), frequency="monthly", choice="10"))

    assert response.status_code == 302
    gift = MonthlyGift.objects.get()
    assert gift.stripe_subscription_id.startswith("sub_")
    wait_for(lambda: gift.donations.filter(status=Donation.Status.SUCCEEDED).count() == 1)
    gift.refresh_from_db()
    assert gift.status == MonthlyGift.Status.ACTIVE
    assert "Sua doação mensal de €\u00a010,00 começou" in client.get(response.url).content.decode()

    # A month later Stripe invoices the subscription again.
    stripe = stripe_api.client()
    invoice = stripe.invoices.create(
        {"customer": gift.stripe_customer_id, "subscription": gift.stripe_subscription_id}
    )
    stripe.invoices.pay(invoice.id)

    wait_for(lambda: gift.donations.filter(status=Donation.Status.SUCCEEDED).count() == 2)
    assert income_by_currency() == {"EUR": Decimal("20.00")}
    wait_for(lambda: len(mail.outbox) == 1)
    assert "/donations/monthly/" in mail.outbox[0].body, "one thank-you, with the cancel link"


def test_a_monthly_donor_cancels_through_the_link_in_the_email(
    client, donate_pages, stripe_webhooks
):
    client.post(
        donate_pages["en"].url, donation_form(card_token(), frequency="monthly", choice="25")
    )
    gift = MonthlyGift.objects.get()
    wait_for(lambda: len(mail.outbox) == 1, message="no thank-you email")
    link = next(line for line in mail.outbox[0].body.splitlines() if "/cancel/" in line)
    path = link.removeprefix("http://testserver")

    assert "Stop my monthly gift" in client.get(path).content.decode()
    response = client.post(path)

    assert "is stopped" in response.content.decode()
    gift.refresh_from_db()
    assert gift.status == MonthlyGift.Status.CANCELLED
    subscription = stripe_api.client().subscriptions.retrieve(gift.stripe_subscription_id)
    assert subscription.status == "canceled"
    wait_for(lambda: StripeEvent.objects.filter(type="customer.subscription.deleted").exists())
    assert income_by_currency() == {"EUR": Decimal("25.00")}, "what was given stays given"


def test_a_forged_cancel_link_is_not_found(client, db):
    assert client.get("/en/donations/monthly/forged/cancel/").status_code == 404


def test_a_monthly_gift_needs_an_email(client, donate_pages, stripe_settings):
    response = client.post(
        donate_pages["en"].url, donation_form("tok_unused", frequency="monthly", email="")
    )

    assert response.status_code == 400
    assert "A monthly gift needs your email" in response.content.decode()
    assert not MonthlyGift.objects.exists()
