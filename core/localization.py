"""Which version of a translated item a reader sees.

A page or translatable snippet has one version per language, linked by `translation_key`.
Its *source* is the version written first (the lowest primary key): translations are made
from it, and what belongs to the item whatever the language (registrations, proposals,
applications, money) attaches to it. A reader of a language sees that language's version
when there is one, else the source, so lists and links never have a hole."""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Locale

from .published import remembered


def source_of(item):
    """The source version of `item`: the first one written of its translations (`item` itself
    when it is the source). Which one that is is kept with what editors publish
    (core.published): on the source, reading it costs no query."""
    versions = type(item)._default_manager.filter(translation_key=item.translation_key)
    pk = remembered(
        f"source-of:{item._meta.label}:{item.translation_key}",
        lambda: versions.order_by("pk").values_list("pk", flat=True).first(),
    )
    if pk == item.pk:
        return item
    # Gone since it was kept (deleting a snippet starts no generation): looked up again.
    return versions.filter(pk=pk).first() or versions.order_by("pk").first()


def pick_language(versions, language_code):
    """From `versions` (language code → one item's version, in the order they were written),
    the version for a reader of `language_code`: its own, else the source (the first)."""
    if language_code in versions:
        return versions[language_code]
    return next(iter(versions.values()), None)


def in_languages(items, language_code):
    """Each of `items` (of one model) as a reader of `language_code` sees it, in the same order.
    Pages count only their live translations. One query, however many items."""
    items = list(items)
    if not items:
        return []
    model = type(items[0])
    versions = model._default_manager.filter(
        translation_key__in={item.translation_key for item in items}
    )
    by_key = {}
    for version in versions.select_related("locale").order_by("pk"):
        found = by_key.setdefault(version.translation_key, {})
        # The source always counts, so there is something to fall back to.
        if found and not getattr(version, "live", True):
            continue
        found.setdefault(version.locale.language_code, version)
    return [pick_language(by_key[item.translation_key], language_code) for item in items]


def in_language(item, language_code):
    """`item` as a reader of `language_code` sees it (see `in_languages`)."""
    return in_languages([item], language_code)[0]


def in_active_locale(queryset, locale=None):
    """Narrow `queryset` (pages or translatable snippets) to one version per translation: the
    `locale`'s (a Locale or its id; the active one when not given), or the source version while
    no translation in it is in `queryset`.

    Each row is tested against its own translations through the (translation_key, locale)
    index, so the cost follows the rows asked for, not every version of every language."""
    if locale is None:
        locale = Locale.get_active()
    versions = queryset.model._default_manager.filter(translation_key=OuterRef("translation_key"))
    earlier = versions.filter(pk__lt=OuterRef("pk"))
    translated = queryset.filter(translation_key=OuterRef("translation_key"), locale=locale)
    return queryset.filter(Q(locale=locale) | (~Exists(earlier) & ~Exists(translated)))
