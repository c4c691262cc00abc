"""CSV exports that spreadsheets cannot turn into formulas.

A cell whose text starts with = + - @ (or a tab or carriage return, which some spreadsheets
skip before looking) is run as a formula when the file is opened: a hub named
`=HYPERLINK(…)` would become a live link in the fund's own spreadsheet. Every CSV the site
writes goes through `safe_cell`; numbers (negative amounts included) stay numbers."""

import csv

from wagtail.admin.views import generic
from wagtail.contrib.forms.views import SubmissionsListView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` for a CSV cell: text that starts like a formula gets a leading single quote,
    which spreadsheets show as text; anything that is not a string is left as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """`csv.writer` whose rows are written through `safe_cell`."""

    def __init__(self, out, **options):
        self._writer = csv.writer(out, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])


class SafeSpreadsheetExport:
    """For Wagtail admin listings with a CSV export (Wagtail's XLSX export already stores
    formula-like text as text)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value


class SafeIndexView(SafeSpreadsheetExport, generic.IndexView):
    """A model viewset's list whose CSV export is safe to open (`index_view_class`)."""


class SafeSubmissionsListView(SafeSpreadsheetExport, SubmissionsListView):
    """A form page's submissions whose CSV export is safe (`submissions_list_view_class`)."""
