"""The site's search backend: Wagtail's database backend, reading every query as plain words.

Wagtail hands query strings to SQLite's FTS5 or PostgreSQL's tsquery as they are, so a quote or
a NUL typed in the site search or any admin search (choosers included) was a server error
(wagtail/wagtail#13227)."""

import functools
import unicodedata

from wagtail.search.backends.database import SearchBackend as database_backend


def search_terms(query):
    """The words of a visitor's query, every other character (quotes, operators, control
    characters) turned into a space: the search backends read such characters as full-text
    syntax (SQLite's FTS5, PostgreSQL's tsquery), and a visitor means them as text."""
    return " ".join(
        "".join(char if unicodedata.category(char)[0] in "LMN" else " " for char in query).split()
    )


class PlainWordsMixin:
    """Searches and autocompletes the words of a query string, never its syntax."""

    def search(self, query, *args, **kwargs):
        return super().search(_plain(query), *args, **kwargs)

    def autocomplete(self, query, *args, **kwargs):
        return super().autocomplete(_plain(query), *args, **kwargs)


def _plain(query):
    return search_terms(query) if isinstance(query, str) else query


@functools.cache
def _plain_words_class(backend_class):
    return type(f"PlainWords{backend_class.__name__}", (PlainWordsMixin, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The database backend Wagtail picks for this database, with plain-word queries."""
    return _plain_words_class(type(database_backend(params)))(params)
