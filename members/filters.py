"""Filters of the public hub directory and the facilitator list; their state lives in the URL."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .forms import language_choices, topic_choices
from .models import FacilitatorProfile, Hub


def _json_list_contains(field):
    """Filter a JSON list of language codes on one code, the same way on SQLite and PostgreSQL."""

    def method(queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(**{f"{field}__icontains": f'"{value}"'})

    return method


def _topic(queryset, name, value):
    # A topic and its translations share a translation key; items may be tagged with any of
    # them. A subquery rather than a join keeps each item once, without DISTINCT.
    if not value:
        return queryset
    tagged = queryset.model.topics.through.objects.filter(
        topic__translation_key=value.translation_key
    ).values(f"{queryset.model._meta.model_name}_id")
    return queryset.filter(pk__in=tagged)


class TopicFilter(django_filters.ModelChoiceFilter):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Topic"),
            queryset=lambda request: topic_choices(),
            to_field_name="slug",
            method=_topic,
            empty_label=_("All topics"),
            **kwargs,
        )


class LanguageFilter(django_filters.ChoiceFilter):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Language"),
            choices=language_choices,
            method=_json_list_contains("languages"),
            empty_label=_("Any language"),
            **kwargs,
        )


class HubFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=lambda: list(countries), empty_label=_("Any country")
    )
    topic = TopicFilter()
    language = LanguageFilter()

    class Meta:
        model = Hub
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(name__icontains=value) | Q(city__icontains=value) | Q(description__icontains=value)
        )


class FacilitatorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    kind = django_filters.ChoiceFilter(
        label=_("Offers"),
        choices=[("facilitation", _("Facilitation")), ("expertise", _("Expertise"))],
        method="offers",
        empty_label=_("Any kind"),
    )
    topic = TopicFilter()
    language = LanguageFilter()

    class Meta:
        model = FacilitatorProfile
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(user__display_name__icontains=value)
            | Q(skills__icontains=value)
            | Q(bio__icontains=value)
        )

    def offers(self, queryset, name, value):
        field = "facilitates" if value == "facilitation" else "offers_expertise"
        return queryset.filter(**{field: True})
