"""`{{ item|language_attrs }}`: the ` lang="…" dir="…"` attributes of an item shown in another
language than the page's (a fallback card, a proposal, a search result), so a screen reader
speaks it in its own language and its punctuation keeps its own direction. Nothing when the
item is in the page's language."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

register = template.Library()


def language_of(item):
    """The language code of `item`: a translatable page or snippet's locale, the `language`
    of a proposal or an application, or `item` itself when it is a code."""
    locale = getattr(item, "locale", None)
    if locale is not None:
        return locale.language_code
    return getattr(item, "language", item) or ""


def direction_of(language_code):
    """The direction of `language_code`: rtl or ltr when known, auto (the browser judges) else."""
    try:
        return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "auto"


@register.filter
def language_attrs(item):
    """` lang="…" dir="…"` when `item` is not in the active language, else nothing."""
    code = language_of(item)
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, direction_of(code))
