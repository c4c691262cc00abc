"""The network's documents written as PDF files in any of the site's languages, with embedded
Noto fonts and HarfBuzz text shaping (Arabic joined and set right to left, text extractable).
Apart from network/documents.py because fpdf2 and fontTools take some 50 MB: only what writes
documents (the demo content) loads them, not every web worker."""

import hashlib
import logging
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

from django.conf import settings
from django.utils.translation import get_language_bidi, override
from fpdf import FPDF

FONTS = settings.BASE_DIR / "fonts"
# The font for each script the site writes in, and the one any other character falls back to.
LATIN_FONT = ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC_FONT = ("NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
TITLE_SIZE, HEADING_SIZE, TEXT_SIZE = 22, 15, 11
# fontTools reports each glyph it keeps while subsetting an embedded font.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)


# Where `kept_pdf` keeps the files it wrote, for every checkout and process on the machine.
KEPT = Path(tempfile.gettempdir()) / "solidarity-documents"


def kept_pdf(language, title, introduction, sections):
    """The PDF `write_pdf` writes for these words, written once and kept on this machine:
    laying out and subsetting the fonts takes more than a second a document, and the demo
    writes 25 each time it loads. Kept by a hash of the words, of this module and of fpdf2's
    version, so that a change to either writes it anew."""
    words = repr((language, title, introduction, [(h, list(p)) for h, p in sections]))
    key = hashlib.sha256(
        Path(__file__).read_bytes() + version("fpdf2").encode() + words.encode()
    ).hexdigest()
    kept = KEPT / f"{key}.pdf"
    if kept.exists():
        return kept.read_bytes()
    content = write_pdf(language, title, introduction, sections)
    KEPT.mkdir(parents=True, exist_ok=True)
    # Written beside it and then renamed, so that a process reading it at the same time never
    # sees half a file.
    with tempfile.NamedTemporaryFile(dir=KEPT, suffix=".part", delete=False) as part:
        part.write(content)
    os.replace(part.name, kept)
    return content


def write_pdf(language, title, introduction, sections):
    """A PDF (bytes) in `language`: a cover page with `title` and `introduction`, then each of
    `sections` ((heading, [paragraphs]) pairs) on the pages after it."""
    pdf = _DocumentPDF(language)
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.add_page()
    pdf.write_block(title, TITLE_SIZE, bold=True)
    pdf.write_block(introduction, TEXT_SIZE)
    pdf.add_page()
    for heading, paragraphs in sections:
        pdf.write_block(heading, HEADING_SIZE, bold=True)
        for paragraph in paragraphs:
            pdf.write_block(paragraph, TEXT_SIZE)
    return bytes(pdf.output())


class _DocumentPDF(FPDF):
    """A4 pages in one language's font and direction, with the page number at the foot."""

    def __init__(self, language):
        super().__init__(format="A4")
        with override(language):
            self.right_to_left = get_language_bidi()
        family = self._add_family(ARABIC_FONT if language == "ar" else LATIN_FONT)
        self.family_name = family
        self.set_fallback_fonts([self._add_family(LATIN_FONT)] if language == "ar" else [])
        self.set_text_shaping(
            use_shaping_engine=True,
            direction="rtl" if self.right_to_left else "ltr",
            language=language,
        )
        self.set_margins(22, 22)
        self.set_auto_page_break(True, margin=22)

    def _add_family(self, font):
        family, regular, bold = font
        if family.lower() not in self.fonts:
            self.add_font(family, "", FONTS / regular)
            self.add_font(family, "B", FONTS / bold)
        return family

    def write_block(self, text, size, bold=False):
        """A heading or paragraph across the page, aligned to the start of the line."""
        self.set_font(self.family_name, "B" if bold else "", size)
        self.multi_cell(
            0,
            size * 0.6,
            text,
            align="R" if self.right_to_left else "L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(size * 0.4)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.family_name, "", 9)
        self.cell(0, 10, str(self.page_no()), align="C")
