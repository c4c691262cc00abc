"""The filters of the network's lists. Their state lives in the query string so a filtered
list can be bookmarked, shared and paginated."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.localization import in_active_locale
from core.models import Topic
from core.pages import public
from core.published import remembered

from .models import AssemblyDecision, AssemblyPage, NewsPage, Resource


def active_topics():
    """The topics of the active language, as (slug, name) choices."""
    language = get_language()
    return remembered(
        f"topics:{language}",
        lambda: list(
            Topic.objects.filter(locale__language_code=language).values_list("slug", "name")
        ),
    )


class TopicFilterMixin(django_filters.FilterSet):
    """Filters by a topic of the active language, matching items tagged with any translation
    of it (an untranslated item keeps its source language's topics)."""

    topic = django_filters.ChoiceFilter(
        label=_("Topic"),
        choices=active_topics,
        method="filter_topic",
        empty_label=_("All topics"),
    )
    topic_path = "topics"

    def filter_topic(self, queryset, name, slug):
        # A subquery rather than a join, so an item tagged twice is still one row.
        topic = Topic.objects.filter(slug=slug, locale__language_code=get_language())
        tagged = queryset.model._default_manager.filter(
            **{f"{self.topic_path}__translation_key__in": topic.values("translation_key")}
        )
        return queryset.filter(pk__in=tagged.values("pk"))


def search_box(label):
    return django_filters.CharFilter(
        label=label,
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search"}),
    )


def news_years(index):
    """The years with news shown in `index` (one language's news section), newest first;
    worked out once per publish, not on each request."""

    def build():
        news = in_active_locale(public(NewsPage.objects.live()), index.locale_id)
        return [(day.year, day.year) for day in news.dates("date", "year", order="DESC")]

    return remembered(f"news-years:{index.pk}", build)


class NewsFilter(TopicFilterMixin):
    """News by words, topic and year (the years of the news section `index`)."""

    q = search_box(_("Search news"))
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="date", lookup_expr="year", empty_label=_("Any year")
    )

    class Meta:
        model = NewsPage
        fields = ["q", "topic", "year"]

    def __init__(self, *args, index, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = news_years(index)

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(introduction__icontains=value))


def assembly_countries():
    """The countries assemblies take place in, named in the active language."""
    codes = remembered(
        "assembly-countries",
        lambda: set(
            AssemblyPage.objects.live().exclude(country="").values_list("country", flat=True)
        ),
    )
    return sorted(((code, countries.name(code)) for code in codes), key=lambda pair: str(pair[1]))


class AssemblyFilter(TopicFilterMixin):
    """Assemblies by topic, place and format."""

    city = django_filters.CharFilter(label=_("City"), lookup_expr="icontains")
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=assembly_countries, empty_label=_("Any country")
    )
    format = django_filters.ChoiceFilter(
        label=_("Format"), choices=AssemblyPage.Format.choices, empty_label=_("Any format")
    )

    class Meta:
        model = AssemblyPage
        fields = ["topic", "city", "country", "format"]


class DecisionFilter(TopicFilterMixin):
    """Decisions across assemblies by outcome, topic and words."""

    q = search_box(_("Search decisions"))
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"),
        choices=AssemblyDecision.Outcome.choices,
        empty_label=_("Any outcome"),
    )
    topic_path = "page__topics"

    class Meta:
        model = AssemblyDecision
        fields = ["q", "outcome", "topic"]

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(text__icontains=value) | Q(page__title__icontains=value))


class ResourceFilter(TopicFilterMixin):
    """Resources by words, topic, kind and the language of the document."""

    q = search_box(_("Search resources"))
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Resource.Kind.choices, empty_label=_("Any kind")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        method="filter_language",
        empty_label=_("My language, or the original"),
    )

    class Meta:
        model = Resource
        fields = ["q", "topic", "kind", "language"]

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(summary__icontains=value))

    def filter_language(self, queryset, name, value):
        return queryset.filter(locale__language_code=value)

    def filter_queryset(self, queryset):
        if not self.form.cleaned_data.get("language"):
            queryset = in_active_locale(queryset)
        return super().filter_queryset(queryset)
