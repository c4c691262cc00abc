"""The donate page without Stripe, with bad amounts, and with Stripe out of reach."""

import socket
from decimal import Decimal
from urllib.parse import urlencode

import pytest

from grants.funding.donations import cancel_token, thanks_token
from grants.funding.models import Donation, MonthlyGift
from tests.factories import DonationFactory, MonthlyGiftFactory

from .helpers import donation_form


@pytest.fixture
def no_stripe(settings):
    settings.STRIPE_SECRET_KEY = settings.STRIPE_PUBLISHABLE_KEY = ""
    settings.STRIPE_WEBHOOK_SECRET = ""


def test_without_keys_the_page_says_donations_are_not_set_up(client, donate_pages, no_stripe):
    response = client.get(donate_pages["en"].url)

    assert response.status_code == 200
    assert "Online donations are not set up yet" in response.content.decode()
    assert "<form" not in response.content.decode().split("<main")[1]


def test_without_keys_the_webhook_refuses_everything(client, db, no_stripe):
    response = client.post("/stripe/webhook/", data="{}", content_type="application/json")

    assert response.status_code == 400


def test_the_form_offers_the_suggested_amounts_in_the_page_language(
    client, donate_pages, stripe_settings, django_assert_max_num_queries
):
    client.get(donate_pages["fr"].url)  # the site's caches are warm from here on
    with django_assert_max_num_queries(15):
        response = client.get(donate_pages["fr"].url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "10,00\u00a0€" in html and "100,00\u00a0€" in html
    assert stripe_settings.STRIPE_JS_URL in html
    assert "private" in response["Cache-Control"]


def test_an_amount_below_the_minimum_is_refused_and_kept(client, donate_pages, stripe_settings):
    response = client.post(
        donate_pages["en"].url, donation_form("tok_x", choice="other", custom_amount="2")
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "The smallest gift we can accept is €5.00." in html
    assert 'value="2"' in html
    assert not Donation.objects.exists()


def test_an_amount_below_the_minimum_is_explained_in_arabic(client, donate_pages, stripe_settings):
    response = client.post(
        donate_pages["ar"].url, donation_form("tok_x", choice="other", custom_amount="1")
    )

    assert "أصغر تبرع يمكننا قبوله" in response.content.decode()


def test_a_missing_card_token_is_explained(client, donate_pages, stripe_settings):
    response = client.post(donate_pages["en"].url, donation_form(""))

    assert response.status_code == 400
    assert "Your card details did not reach our payment provider" in response.content.decode()


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_stripe_out_of_reach_is_explained_without_a_500(client, donate_pages, stripe_settings):
    stripe_settings.STRIPE_API_BASE = f"http://127.0.0.1:{_closed_port()}"

    response = client.post(donate_pages["en"].url, donation_form("tok_x", choice="25"))

    assert response.status_code == 400
    assert "We could not reach our payment provider" in response.content.decode()
    assert Donation.objects.get().status == Donation.Status.FAILED


def test_a_forged_thank_you_link_is_not_found(client, donate_pages):
    assert client.get(donate_pages["en"].url + "thanks/?gift=forged").status_code == 404


def _thanks_url(page, gift):
    return f"{page.url}thanks/?{urlencode({'gift': thanks_token(gift)})}"


def test_the_thank_you_page_is_private_and_cheap(
    client, donate_pages, django_assert_max_num_queries
):
    donation = DonationFactory(amount=Decimal("25.00"))
    url = _thanks_url(donate_pages["en"], donation)
    client.get(url)

    with django_assert_max_num_queries(15):
        response = client.get(url)

    assert "We have received your gift of €25.00." in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_failed_gift_says_so_on_the_thank_you_page(client, donate_pages):
    donation = DonationFactory(status=Donation.Status.FAILED)

    response = client.get(_thanks_url(donate_pages["es"], donation))

    assert "Tu pago no se completó" in response.content.decode()


def test_a_cancelled_monthly_gift_cannot_be_cancelled_twice(client, db):
    gift = MonthlyGiftFactory(status=MonthlyGift.Status.CANCELLED)

    response = client.post(f"/en/donations/monthly/{cancel_token(gift)}/cancel/")

    assert response.status_code == 200
    assert "is stopped" in response.content.decode()
