"""Filters and sorting for the staff lists: applications and a round's ranking."""

import django_filters
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.localization import in_languages

from .models import Application, GrantRoundPage
from .ranking import SCORES, scored


class ScoredOrderingFilter(django_filters.OrderingFilter):
    """Sorting that adds the scores it sorts by, so a list that shows a page of applications
    aggregates the reviews of every application only when the order needs them."""

    def filter(self, qs, value):
        fields = [self.get_ordering_value(param).lstrip("-") for param in value or ()]
        return super().filter(scored(qs, [name for name in fields if name in SCORES]), value)


class ApplicationFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Application.Status.choices
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    q = django_filters.CharFilter(label=_("Title, hub or reference"), method="search")
    min_score = django_filters.NumberFilter(label=_("Score at least"), method="score_at_least")
    order = ScoredOrderingFilter(
        label=_("Sort by"),
        fields=(
            ("score", "score"),
            ("spread", "spread"),
            ("amount_requested", "amount"),
            ("reference", "reference"),
            ("submitted_at", "submitted"),
        ),
        field_labels={
            "score": _("Weighted score"),
            "spread": _("Spread between reviewers"),
            "amount_requested": _("Amount requested"),
            "reference": _("Reference"),
            "submitted_at": _("Submitted"),
        },
    )

    class Meta:
        model = Application
        fields = ["status", "language"]

    def score_at_least(self, queryset, name, value):
        return scored(queryset, ["score"]).filter(score__gte=value)

    def search(self, queryset, name, value):
        from django.db.models import Q

        return queryset.filter(
            Q(title__icontains=value)
            | Q(hub__name__icontains=value)
            | Q(reference__icontains=value)
        )


def rounds_with_applications(request=None):
    """The rounds that own applications (their source versions), latest first."""
    owning = Application.objects.values("round")
    return GrantRoundPage.objects.filter(pk__in=owning).order_by("-opens_at", "pk")


class DeskFilter(ApplicationFilter):
    """The grants desk's filters: those of the ranking, and the round."""

    round = django_filters.ModelChoiceFilter(
        label=_("Round"), queryset=rounds_with_applications, empty_label=_("Every round")
    )

    class Meta(ApplicationFilter.Meta):
        fields = ["round", "status", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The choice stays the source round; its label is the reader's translation.
        rounds = list(rounds_with_applications())
        titles = {
            source.pk: seen.title
            for source, seen in zip(rounds, in_languages(rounds, get_language()), strict=True)
        }
        self.form.fields["round"].label_from_instance = lambda source: titles[source.pk]
