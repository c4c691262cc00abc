"""Lists in the active language without holes: each item in the active locale when it has been
translated, otherwise in the language it was first written in."""

from django.db.models import Min, Q
from wagtail.models import Locale


def in_active_locale(queryset, locale=None):
    """Narrow `queryset` (pages or translatable snippets) to one version per translation: the
    active locale's, or the source version (the first created) while no translation exists."""
    locale = locale or Locale.get_active()
    translated = queryset.filter(locale=locale).values("translation_key")
    sources = (
        queryset.model._default_manager.values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return queryset.filter(
        Q(locale=locale) | (Q(pk__in=sources) & ~Q(translation_key__in=translated))
    )
