"""The site's search: Wagtail's database backend reading every query as plain words, and the one
search over everything a visitor looks for.

Wagtail hands query strings to SQLite's FTS5 or PostgreSQL's tsquery as they are, so a quote or
a NUL typed in the site search or any admin search (choosers included) was a server error
(wagtail/wagtail#13227)."""

import functools
import unicodedata
from typing import NamedTuple
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.text import Truncator, capfirst
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as database_backend

from core.localization import in_active_locale
from members.models import FacilitatorProfile, Hub
from network.models import AssemblyDecision, AssemblyPage, Resource

# Enough for anyone reading a results page; each kind is searched separately.
RESULTS_PER_KIND = 50
DECISION_TITLE_WORDS = 16
SUMMARY_WORDS = 40


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


class SearchHit(NamedTuple):
    """One thing the search found, as the results page shows it. `language` is the item's
    language code when it is shown in another language than the page's (an untranslated item),
    else empty; `written_by_members` marks text in whatever language its author wrote."""

    kind: str
    title: str
    url: str
    summary: str
    language: str = ""
    written_by_members: bool = False


def search_site(query, locale, request=None):
    """Everything a reader of `locale` finds for `query`: live public pages, the resource
    library's documents, assembly decisions, approved hubs and listed facilitators. Pages,
    documents and decisions come in `locale`'s version, or in their source language while
    untranslated."""
    if not search_terms(query):
        return []
    languages = dict(Locale.objects.values_list("pk", "language_code"))

    def language_of(item):
        code = languages[item.locale_id]
        return "" if code == locale.language_code else code

    return [
        *_pages(query, locale, request, language_of),
        *_documents(query, locale, language_of),
        *_decisions(query, locale, request, language_of),
        *_hubs(query),
        *_facilitators(query),
    ]


def _in_locale(queryset, locale):
    """`in_active_locale` in a form the search backend reads: it applies only plain lookups on
    indexed fields, so the versions kept reach it as their ids."""
    return queryset.filter(pk__in=in_active_locale(queryset, locale).values("pk"))


def _found(query, queryset):
    """The best matches for `query` among `queryset`, most relevant first."""
    return get_search_backend().search(query, queryset)[:RESULTS_PER_KIND]


def _pages(query, locale, request, language_of):
    pages = _in_locale(Page.objects.live().public().filter(depth__gt=1), locale)
    for page in _found(query, pages.specific()):
        yield SearchHit(
            kind=capfirst(page._meta.verbose_name),
            title=page.title,
            url=page.get_url(request),
            summary=getattr(page, "search_description", "")
            or Truncator(getattr(page, "introduction", "")).words(SUMMARY_WORDS),
            language=language_of(page),
        )


def _documents(query, locale, language_of):
    resources = _in_locale(Resource.objects.select_related("document"), locale)
    for resource in _found(query, resources):
        yield SearchHit(
            kind=resource.get_kind_display(),
            title=resource.title,
            url=resource.document.url,
            summary=resource.summary,
            language=language_of(resource),
        )


def _decisions(query, locale, request, language_of):
    decisions = _in_locale(
        AssemblyDecision.objects.filter(page__in=AssemblyPage.objects.live().public()), locale
    )
    for decision in _found(query, decisions.select_related("page")):
        yield SearchHit(
            kind=capfirst(decision._meta.verbose_name),
            title=Truncator(decision.text).words(DECISION_TITLE_WORDS),
            url=f"{decision.page.get_url(request)}#decisions-heading",
            summary=f"{decision.page.title} · {decision.get_outcome_display()}",
            language=language_of(decision),
        )


def _hubs(query):
    for hub in _found(query, Hub.objects.public()):
        yield SearchHit(
            kind=capfirst(hub._meta.verbose_name),
            title=hub.name,
            url=hub.get_absolute_url(),
            summary=f"{hub.city}, {hub.country.name} · {Truncator(hub.description).words(SUMMARY_WORDS)}",
            written_by_members=True,
        )


def _facilitators(query):
    profiles = FacilitatorProfile.objects.listed().select_related("user")
    for profile in _found(query, profiles):
        # The listing's name (listed profiles always have one), never an address.
        name = profile.user.display_name
        yield SearchHit(
            kind=pgettext_lazy("kind of search result", "Facilitator"),
            title=name,
            url=f"{reverse('members:facilitators')}?{urlencode({'q': name})}",
            summary=", ".join(profile.skill_list),
            written_by_members=True,
        )
