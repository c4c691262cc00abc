"""Every UI string is translated in every language: no empty and no fuzzy entries."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]


def _plural_count(catalogue):
    """How many plural forms the language has, from the catalogue's Plural-Forms header."""
    header = catalogue.metadata.get("Plural-Forms", "nplurals=2;")
    return int(header.split("nplurals=")[1].split(";")[0])


def _untranslated(entry, plural_count):
    if entry.obsolete:
        return False
    if "fuzzy" in entry.flags:
        return True
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(index) for index in range(plural_count)]
        return not all(forms)
    return not entry.msgstr


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(CATALOGUE_DIR / language / "LC_MESSAGES" / "django.po"))
    plural_count = _plural_count(catalogue)
    missing = [entry.msgid for entry in catalogue if _untranslated(entry, plural_count)]
    assert len(catalogue) > 100
    assert not catalogue.metadata_is_fuzzy
    assert missing == [], f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_catalogue_keeps_placeholders(language):
    """A translation that drops or renames %(name)s would crash or mislead at runtime."""
    catalogue = polib.pofile(str(CATALOGUE_DIR / language / "LC_MESSAGES" / "django.po"))
    import re

    placeholder = re.compile(r"%\((\w+)\)[sd]")
    broken = []
    for entry in catalogue.translated_entries():
        expected = set(placeholder.findall(entry.msgid))
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            if entry.msgid_plural:
                expected_here = expected | set(placeholder.findall(entry.msgid_plural))
                if not set(placeholder.findall(translation)) <= expected_here:
                    broken.append(entry.msgid)
            elif set(placeholder.findall(translation)) != expected:
                broken.append(entry.msgid)
    assert broken == []
