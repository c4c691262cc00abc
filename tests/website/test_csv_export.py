"""CSV cells that a spreadsheet would run as formulas are written as text; numbers stay numbers."""

import csv
import io
from decimal import Decimal

import pytest

from core.csv_export import SafeWriter, safe_cell


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("https://evil.example","Open")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"],
)
def test_formula_like_text_is_written_as_text(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value", [Decimal("-120.50"), -3, 4.5, None, "Hub A", "a = b", "", "2026-05-01"]
)
def test_other_values_are_left_alone(value):
    assert safe_cell(value) == value


def test_the_writer_neutralises_each_cell_and_keeps_negative_amounts_numbers():
    out = io.StringIO()
    SafeWriter(out).writerow(["=cmd|' /C calc'!A0", Decimal("-50.00"), 3])
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [["'=cmd|' /C calc'!A0", "-50.00", "3"]]
