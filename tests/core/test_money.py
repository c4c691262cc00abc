"""One money module: each currency's decimals from ISO 4217 (through Babel), Stripe's integer
minor units, and amounts written as a reader of each language writes them."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from core.money import (
    CURRENCIES,
    decimal_places,
    format_money,
    from_minor_units,
    quantize,
    to_minor_units,
    validate_amount,
)
from grants.models import GrantRoundPage
from tests.factories import approve, make_application, make_round

NNBSP, NBSP, RLM = "\u202f", "\u00a0", "\u200f"


@pytest.mark.parametrize("currency", ["JPY", "CLP", "XOF"])
def test_zero_decimal_currencies_refuse_cents(currency):
    assert decimal_places(currency) == 0
    validate_amount(Decimal("1500"), currency)
    with pytest.raises(ValidationError) as refused:
        validate_amount(Decimal("1500.50"), currency)
    assert refused.value.messages == [f"Amounts in {currency} cannot have decimals."]


def test_two_decimal_currencies_take_cents_and_round_to_them():
    validate_amount(Decimal("19.99"), "EUR")
    assert quantize(Decimal("19.995"), "EUR") == Decimal("20.00")
    assert quantize(Decimal("1500.4"), "JPY") == Decimal("1500")


def test_the_fund_lists_each_currency_once_yen_included():
    assert len(CURRENCIES) == len(set(CURRENCIES))
    assert {"JPY", "CLP", "XOF", "EUR"} <= set(CURRENCIES)


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        (Decimal("25.00"), "EUR", 2500),
        (Decimal("500"), "JPY", 500),
        (Decimal("1500"), "CLP", 1500),
        (Decimal("2000"), "XOF", 2000),
        (Decimal("12.50"), "JOD", 12500),
    ],
)
def test_stripe_minor_units_both_ways(amount, currency, minor):
    assert to_minor_units(amount, currency) == minor
    assert from_minor_units(minor, currency) == amount


def test_stripe_is_never_sent_a_fraction_of_a_peso():
    with pytest.raises(ValueError):
        to_minor_units(Decimal("10.50"), "CLP")


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["EUR", "JPY", "XOF", "CLP"]))
def test_every_minor_amount_round_trips(minor, currency):
    assert to_minor_units(from_minor_units(minor, currency), currency) == minor


@pytest.mark.parametrize(
    ("language", "euros", "yen"),
    [
        ("en", "€15,000.00", "¥1,500"),
        ("fr", f"15{NNBSP}000,00{NBSP}€", f"1{NNBSP}500{NBSP}JPY"),
        ("es", f"15.000,00{NBSP}€", f"1.500{NBSP}JPY"),
        ("pt", f"€{NBSP}15.000,00", f"JP¥{NBSP}1.500"),
        ("ar", f"{RLM}15,000.00{NBSP}€", f"{RLM}1,500{NBSP}JP¥"),
    ],
)
def test_amounts_read_as_each_language_writes_money(language, euros, yen):
    assert format_money(Decimal("15000"), "EUR", language) == euros
    assert format_money(Decimal("1500"), "JPY", language) == yen
    with translation.override(language):
        rendered = Template("{% load money %}{{ amount|money:'EUR' }}").render(
            Context({"amount": Decimal("15000.00")})
        )
    assert rendered == euros


def test_a_round_in_pesos_refuses_awards_with_cents(home_site):
    grant_round = GrantRoundPage(
        title="Ronda",
        currency="CLP",
        budget=Decimal("5000000"),
        minimum_award=Decimal("100000.50"),
        maximum_award=Decimal("1000000"),
    )
    with pytest.raises(ValidationError) as refused:
        grant_round.clean()
    assert "Amounts in CLP cannot have decimals." in str(refused.value)


def test_the_round_page_shows_its_money_in_english(client, home_site):
    grant_round = make_round(home_site, budget=Decimal("15000.00"))
    text = client.get(grant_round.url).content.decode()
    assert "€15,000.00" in text
    assert "€100.00 – €5,000.00" in text


def test_the_transparency_page_shows_awards_in_french(client, home_site):
    grant_round = make_round(home_site, budget=Decimal("15000.00"))
    approve(make_application(grant_round, title="Grainothèque"), "1250.00")
    text = client.get("/fr/grants/transparency/").content.decode()
    assert f"15{NNBSP}000,00{NBSP}€" in text
    assert f"1{NNBSP}250,00{NBSP}€" in text


def test_a_budget_line_in_pesos_is_refused_with_cents_and_kept(client, home_site):
    from django.urls import reverse

    from grants.permissions import ensure_groups
    from tests.factories import HubFactory, member_of
    from tests.grants.test_applying import form_data

    ensure_groups()
    grant_round = make_round(
        home_site,
        currency="CLP",
        budget=Decimal("5000000"),
        minimum_award=Decimal("100000"),
        maximum_award=Decimal("1000000"),
    )
    hub = HubFactory()
    applicant = member_of(hub)
    application = make_application(grant_round, hub=hub, applicant=applicant)
    client.force_login(applicant)
    response = client.post(
        reverse("grants:application_edit", args=[application.pk]),
        form_data(application, save="1"),
    )
    text = response.content.decode()
    assert "Amounts in CLP cannot have decimals." in text
    assert 'value="150.50"' in text
