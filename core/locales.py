"""The Babel locale for a Django language code, so numbers, dates and names follow CLDR."""

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils.translation import get_language, to_locale


def babel_locale(language=None):
    """The Babel Locale for `language` (a Django code such as "fr" or "pt-br"), defaulting to
    the active language, then the site's default language."""
    code = language or get_language() or settings.LANGUAGE_CODE
    try:
        return Locale.parse(to_locale(code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(to_locale(settings.LANGUAGE_CODE))


def language_name(code, language=None):
    """The name of the language `code` in the reader's language (CLDR), for instance
    "malais" for "ms" in French; the code itself when CLDR has no name for it."""
    locale = babel_locale(language)
    return locale.languages.get(to_locale(code)) or locale.languages.get(code) or code
