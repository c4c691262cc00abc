"""Public lists of pages, which change only when editors publish: what a list's filters find is
kept, in order, with what editors publish (core.published), and so is each item's card in each
language, so a request reads neither the whole list nor the items it shows: only the kept order
and the kept cards, whether the list holds twelve items or two thousand. A search by words is
not kept (there is no end to the words people type); it is counted and read in one query
(core.pages.page_of), and its cards are still the kept ones."""

import django_filters
from django.core.paginator import Paginator
from django.template.loader import get_template
from django.utils.translation import get_language
from wagtail.models import Site

from core.pages import page_of
from core.published import remembered, remembered_each


def kept_name(filterset, name):
    """The name the list `name` filtered as `filterset` is kept under, or None when it is
    not kept: a search by words, or filters that are not valid."""
    if not filterset.is_valid():
        return None
    values = []
    for field, value in sorted(filterset.form.cleaned_data.items()):
        if value in (None, ""):
            continue
        if isinstance(filterset.filters[field], django_filters.CharFilter):
            return None
        values.append(f"{field}={value}")
    return ":".join(["list", name, *values])


def in_order(rows, *pk_lists):
    """For each list of primary keys, the rows of `rows` (a queryset) they name, in their
    order: all read in one query. `rows` need not repeat the list's filters, only what its
    items show: the keys were found with them."""
    found = rows.in_bulk([pk for pks in pk_lists for pk in pks])
    return [[found[pk] for pk in pks if pk in found] for pks in pk_lists]


def listing_page(filterset, per_page, number, name):
    """Page `number` of what `filterset` finds, as `page_of` gives it (the first for a bad
    number, the last beyond the end), as the primary keys of its items; the order of the
    whole list is kept under `name`."""
    rows = kept_rows(filterset, name)
    if rows is None:
        page = page_of(filterset.qs.prefetch_related(None), per_page, number)
        page.object_list = [item.pk for item in page.object_list]
        return page
    return Paginator([pk for (pk,) in rows], per_page).get_page(number)


def cards(request, template, rows, *pk_lists):
    """For each list of primary keys, the HTML of the cards `template` draws of the items they
    name (as `item`), in their order. A card is kept per item, site and language; the items of
    the cards not kept are read from `rows` (see `in_order`) in one query, and drawn."""
    site = Site.find_for_request(request)
    language = get_language()
    prefix = f"card:{template}:{site and site.pk}:{language}:"

    def draw(names):
        drawing = get_template(template)
        (items,) = in_order(rows, [int(name.removeprefix(prefix)) for name in names])
        return {
            f"{prefix}{item.pk}": drawing.render(
                {"item": item, "request": request, "LANGUAGE_CODE": language}
            )
            for item in items
        }

    drawn = remembered_each([f"{prefix}{pk}" for pks in pk_lists for pk in pks], draw)
    return [[drawn[f"{prefix}{pk}"] for pk in pks if f"{prefix}{pk}" in drawn] for pks in pk_lists]


def kept_rows(filterset, name, *fields):
    """What `filterset` finds as (pk, *fields) rows in its order, kept under `name` while it
    filters by choices only; None for a search by words, to be read as a query."""
    kept = kept_name(filterset, name)
    if kept is None:
        return None
    return remembered(
        kept, lambda: list(filterset.qs.prefetch_related(None).values_list("pk", *fields))
    )
