"""Which version of a translated item a reader sees: the one in their language if it is
published, else the source (the version written first), whichever version they start from."""

from wagtail.models import Locale

from core.localization import in_language, in_languages, source_of
from tests.factories import AssemblyPageFactory, translate_page


def _assembly_in_english_and_spanish(sections):
    english = AssemblyPageFactory(parent=sections.assemblies, title="Spring assembly")
    spanish = translate_page(english, "es", title="Asamblea de primavera")
    return english, spanish


def test_a_reader_sees_their_language_else_the_version_written_first(sections):
    english, spanish = _assembly_in_english_and_spanish(sections)

    assert in_language(english, "es").title == "Asamblea de primavera"
    assert in_language(spanish, "es").title == "Asamblea de primavera"
    assert in_language(spanish, "fr").title == "Spring assembly"
    assert source_of(spanish).pk == english.pk == spanish.source_page().pk


def test_a_draft_translation_is_not_shown_to_readers(sections):
    english, _spanish = _assembly_in_english_and_spanish(sections)
    english.copy_for_translation(Locale.objects.get(language_code="pt"))

    assert in_language(english, "pt").title == "Spring assembly"


def test_many_items_are_looked_up_in_one_query(sections, django_assert_num_queries):
    english, spanish = _assembly_in_english_and_spanish(sections)
    autumn = AssemblyPageFactory(parent=sections.assemblies, title="Autumn assembly")

    with django_assert_num_queries(1):
        shown = in_languages([spanish, autumn, english], "es")

    assert [page.title for page in shown] == [
        "Asamblea de primavera",
        "Autumn assembly",
        "Asamblea de primavera",
    ]
