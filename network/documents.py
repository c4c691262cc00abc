"""The network's documents: PDF files counted in pages, and their sizes given in the reader's
language. Writing them is network/pdf.py's."""

import io
from decimal import Decimal

from babel.units import format_unit

from core.locales import babel_locale

SIZE_UNITS = [(1024**2, "digital-megabyte"), (1024, "digital-kilobyte"), (1, "digital-byte")]


def page_count(file):
    """The number of pages of the PDF in `file` (a Django file), or None when it is no PDF."""
    # pypdf takes some 28 MB: loaded when a document is saved, not in every web worker.
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with file.open("rb") as opened:
            return len(PdfReader(io.BytesIO(opened.read())).pages)
    except (PyPdfError, OSError, ValueError):
        return None


def format_file_size(size, language=None):
    """`size` bytes as a reader of `language` (the active one by default) writes it: "48,3 ko"."""
    for unit_bytes, unit in SIZE_UNITS:
        if size >= unit_bytes or unit_bytes == 1:
            amount = (Decimal(size) / unit_bytes).quantize(Decimal("0.1"))
            return format_unit(
                amount, unit, length="short", format="#,##0.#", locale=babel_locale(language)
            )
