"""Stripe counts in integer minor units; the ledger in Decimal. Conversions are exact."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grants.funding.money import from_minor_units, to_minor_units


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        (Decimal("25.00"), "EUR", 2500),
        (Decimal("0.10"), "USD", 10),
        (Decimal("500"), "JPY", 500),
        (Decimal("1500"), "CLP", 1500),
        (Decimal("19.99"), "BRL", 1999),
    ],
)
def test_amounts_convert_both_ways(amount, currency, minor):
    assert to_minor_units(amount, currency) == minor
    assert from_minor_units(minor, currency) == amount


def test_a_fraction_of_a_yen_is_refused():
    with pytest.raises(ValueError):
        to_minor_units(Decimal("10.5"), "JPY")


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["EUR", "JPY", "XOF", "GBP"]))
def test_every_minor_amount_round_trips(minor, currency):
    assert to_minor_units(from_minor_units(minor, currency), currency) == minor
