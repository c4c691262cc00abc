# ruff: noqa: F811
"""A supporter gives in French through the donate page: Stripe.js (localstripe's) tokenises
the test card, localstripe charges it and delivers the webhook to the live server, and the
thank-you page and the fund total follow."""

import pytest
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect
from wagtail.models import Collection

from grants.funding.models import Donation
from home.models import HomePage
from tests.factories import build_site, donate_pages

# The localstripe fixtures live with the funding tests; importing them makes them usable here
# (so the test functions' fixture arguments "redefine" these names: ruff's F811 below).
from tests.funding.conftest import (  # noqa: F401
    localstripe_url,
    stripe_settings,
    stripe_webhooks,
)

from .accessibility import serious_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


TITLES = {
    "en": "Give to the fund",
    "fr": "Donner au fonds",
    "ar": "تبرّع للصندوق",
    "es": "Dona al fondo",
    "pt": "Doe ao fundo",
}


def donate_pages_now():
    """The site and a donate page in each language, built in the test body.

    The first test that opens a Playwright page after another module's transactional test can
    start from a flushed database (its serialized restore is skipped): rebuild what the
    migrations would have left (content types on demand, the root collection), then the pages."""
    ContentType.objects.clear_cache()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    build_site()
    return donate_pages(HomePage.objects.get(locale__language_code="en"), TITLES)


def fill_card(page, number):
    """Type a card into localstripe's stand-in for the Stripe card element."""
    card = page.locator("#card-element")
    card.get_by_placeholder("number").fill(number)
    card.get_by_placeholder("exp_month").fill("12")
    card.get_by_placeholder("exp_year").fill("30")
    card.get_by_placeholder("cvc").fill("123")
    card.get_by_placeholder("postal_code").fill("75001")


def test_a_donor_gives_in_french_and_sees_the_fund_total_move(browser_page, stripe_webhooks):
    page = browser_page
    donate_pages = donate_pages_now()
    page.goto(donate_pages["fr"].url)
    expect(page.locator("h1")).to_have_text(TITLES["fr"])
    expect(page.locator("[data-fund-total]")).to_have_text("0,00\u00a0€")
    # The card element is Stripe's (here localstripe's) own markup, not ours to label.
    assert serious_violations(page, exclude=["#card-element"]) == []

    page.get_by_label("25,00\u00a0€").check()
    page.get_by_label("Votre nom (facultatif)").fill("Camille")
    page.get_by_label("Votre adresse e-mail (facultatif)").fill("camille@example.org")
    fill_card(page, "4242424242424242")
    page.get_by_role("button", name="Donner maintenant").click()

    expect(page.get_by_text("Nous avons bien reçu votre don de 25,00\u00a0€.")).to_be_visible(
        timeout=30_000
    )
    expect(page.locator("[data-fund-total]")).to_have_text("25,00\u00a0€")
    donation = Donation.objects.get()
    assert (donation.status, donation.language) == (Donation.Status.SUCCEEDED, "fr")


def test_a_declined_card_keeps_the_donor_on_the_form_with_an_explanation(
    browser_page, stripe_webhooks
):
    page = browser_page
    donate_pages = donate_pages_now()
    page.goto(donate_pages["en"].url)

    page.get_by_label("Other amount (EUR)").fill("30")
    page.get_by_label("Other amount", exact=True).check()
    fill_card(page, "4000000000000002")
    page.get_by_role("button", name="Give now").click()

    expect(page.locator(".donate-errors")).to_contain_text("Your card was declined")
    expect(page.get_by_label("Other amount (EUR)")).to_have_value("30")
    assert not Donation.objects.filter(status=Donation.Status.SUCCEEDED).exists()


def test_the_donate_page_mirrors_in_arabic(browser_page, stripe_settings):
    page = browser_page
    donate_pages = donate_pages_now()
    page.goto(donate_pages["ar"].url)

    assert page.locator("html").get_attribute("dir") == "rtl"
    expect(page.locator("h1")).to_have_text(TITLES["ar"])
    expect(page.get_by_role("button", name="تبرّع الآن")).to_be_visible()


def test_a_card_that_needs_authentication_is_confirmed_in_the_browser(
    browser_page, stripe_webhooks
):
    page = browser_page
    donate_pages = donate_pages_now()
    page.goto(donate_pages["en"].url)
    page.get_by_label("€50.00").check()
    fill_card(page, "4000002500003155")  # Stripe's "3-D Secure required" test card

    page.get_by_role("button", name="Give now").click()
    expect(page.locator("h1")).to_have_text("Confirm your payment")
    # Stripe.js shows the bank's challenge; localstripe's stand-in is a two-button box.
    page.get_by_role("button", name="Complete authentication").click()

    expect(page.get_by_text("We have received your gift of €50.00.")).to_be_visible(timeout=30_000)
    expect(page.locator("[data-fund-total]")).to_have_text("€50.00")
