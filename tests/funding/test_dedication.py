"""A donor may dedicate a gift to an open round of the page's currency."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from grants.funding.forms import DonationForm
from tests.factories import make_round

pytestmark = pytest.mark.django_db


def test_only_open_rounds_in_the_page_currency_are_offered(donate_pages, home_site):
    spring = make_round(home_site, title="Spring round")
    make_round(
        home_site,
        title="Closed round",
        closes_at=timezone.now() - timedelta(days=1),
        opens_at=timezone.now() - timedelta(days=20),
    )
    make_round(home_site, title="Dollar round", currency="USD")

    form = DonationForm(page=donate_pages["en"])

    assert list(form.fields["grant_round"].queryset) == [spring]


def test_the_dedication_is_kept_on_the_round_that_owns_the_money(donate_pages, home_site):
    spring = make_round(home_site, title="Spring round")
    data = {"choice": "25", "frequency": "one_off", "grant_round": spring.pk, "card_token": "tok_x"}

    form = DonationForm(data, page=donate_pages["en"])

    assert form.is_valid(), form.errors
    assert form.cleaned_data["grant_round"] == spring
    assert form.cleaned_data["amount"] == Decimal("25")


def test_without_open_rounds_there_is_nothing_to_choose(donate_pages):
    assert "grant_round" not in DonationForm(page=donate_pages["en"]).fields
