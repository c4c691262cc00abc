"""The resource library's documents: real multi-page PDFs in each language (Arabic shaped right
to left, text extractable), and cards that say their format, size, language and pages."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader, PdfWriter

from core.demo import ensure_topics
from network import pdf
from network.demo import load_resources
from network.demo_data.phase_reports import PHASE_REPORTS
from network.demo_data.resources import RESOURCES, document_sections
from network.documents import page_count
from network.models import Resource
from network.pdf import kept_pdf, write_pdf
from tests.factories import ResourceFactory, add_resource_library, pdf_document

pytestmark = pytest.mark.django_db


def demo_pdf(code, row=0):
    title, summary = RESOURCES[row].texts[code]
    return PdfReader(io.BytesIO(write_pdf(code, title, summary, document_sections(code))))


def text_of(reader):
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar"])
def test_each_language_gets_a_document_of_several_pages_with_its_words(code):
    reader = demo_pdf(code)

    title, summary = RESOURCES[0].texts[code]
    assert len(reader.pages) >= 2
    assert title in text_of(reader) and summary in text_of(reader)
    assert reader.metadata.title == title


def test_the_arabic_document_reads_as_arabic_sentences_in_an_embedded_font():
    reader = demo_pdf("ar")

    assert "كيف تعقدون الاجتماع الأول، وترسمون خريطة المبنى، وتكتبون رسالة مطالب." in text_of(
        reader
    )
    assert "أجبرت مجموعة نقابة المستأجرين مالكًا كبيرًا" in text_of(reader)
    fonts = reader.pages[0]["/Resources"]["/Font"].values()
    assert any("NotoNaskhArabic" in font.get_object()["/BaseFont"] for font in fonts)
    assert all(
        "/FontFile2" in font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for font in fonts
    )


def blank_pdf(pages):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def library(home_site):
    return add_resource_library(["fr", "ar"])


def card_facts(html):
    facts = html.split('<dl class="resource-facts">')[1].split("</dl>")[0]
    return dict(re.findall(r"<dt>([^<]*)</dt><dd>([^<]*)</dd>", facts))


def test_a_card_gives_format_size_language_and_pages_in_the_readers_language(client, library):
    ResourceFactory(title="Tenant toolkit", document=pdf_document("toolkit", blank_pdf(3)))

    french = card_facts(client.get("/fr/resources/").content.decode())
    arabic = card_facts(client.get("/ar/resources/").content.decode())

    assert french["Format"] == "PDF" and french["Pages"] == "3" and french["Langue"] == "Anglais"
    assert re.fullmatch(r"\d+(,\d)?\s(ko|o)", french["Taille"])
    assert arabic["الصفحات"] == "3" and arabic["اللغة"] == "الإنجليزية"
    assert re.fullmatch(r"[\d.]+\s(كيلوبايت|بايت)", arabic["الحجم"])


def test_the_page_count_follows_a_document_replaced_in_the_admin(library):
    document = pdf_document("toolkit", blank_pdf(2))
    resource = ResourceFactory(document=document)
    assert Resource.objects.get(pk=resource.pk).page_count == 2

    document.file.save("toolkit-v2.pdf", ContentFile(blank_pdf(5)))

    assert Resource.objects.get(pk=resource.pk).page_count == 5


def test_a_document_is_written_once_and_then_read_back_as_written(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "KEPT", tmp_path)
    title, summary = RESOURCES[0].texts["pt"]
    first = kept_pdf("pt", title, summary, document_sections("pt"))
    (kept,) = tmp_path.iterdir()
    written_at = kept.stat().st_mtime_ns

    again = kept_pdf("pt", title, summary, document_sections("pt"))
    other = kept_pdf("pt", "Outro título", summary, document_sections("pt"))

    assert again == first and kept.stat().st_mtime_ns == written_at
    assert title in text_of(PdfReader(io.BytesIO(again)))
    assert "Outro título" in text_of(PdfReader(io.BytesIO(other)))
    assert len(list(tmp_path.iterdir())) == 2


def test_a_file_that_is_no_pdf_has_no_page_count(library):
    resource = ResourceFactory(document=pdf_document("notes", b"just some words"))

    assert Resource.objects.get(pk=resource.pk).page_count is None


def test_the_demo_offers_real_documents_and_rewrites_the_stubs_an_older_demo_left(db):
    stub = pdf_document("Annual report of the network", blank_pdf(1))

    load_resources(ensure_topics())

    resources = Resource.objects.select_related("document")
    expected = [*RESOURCES, *PHASE_REPORTS.values()]
    assert resources.count() == sum(len(row.texts) for row in expected)
    assert all(resource.page_count >= 2 for resource in resources)
    stub.refresh_from_db()
    assert page_count(stub.file) >= 2
    arabic = resources.get(title="تنظيم المستأجرين: دليل للبداية")
    with arabic.document.file.open("rb") as file:
        text = text_of(PdfReader(io.BytesIO(file.read())))
    assert "كيف تعقدون الاجتماع الأول، وترسمون خريطة المبنى، وتكتبون رسالة مطالب." in text
