"""Grant rounds: the call for applications as a translatable page under a grants index."""

import zoneinfo
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.localization import source_of
from core.money import currency_choices, money_field, validate_amount
from members.models import TIMEZONE_CHOICES


class CriterionBlock(blocks.StructBlock):
    """One thing reviewers score (0–5), with guidance for them and its weight in the mean."""

    name = blocks.CharBlock(label=_("name"), max_length=120)
    guidance = blocks.TextBlock(label=_("guidance for reviewers"), required=False)
    weight = blocks.IntegerBlock(label=_("weight"), min_value=1, max_value=10, default=1)

    class Meta:
        icon = "list-ol"
        label = _("Criterion")


class QuestionBlock(blocks.StructBlock):
    """A question the round adds to the application form. Answers are kept against the
    block's stable id, so rewording or translating it never mislabels an answer."""

    KINDS = [
        ("short_text", _("Short text")),
        ("long_text", _("Long text")),
        ("single_choice", _("Single choice")),
        ("multiple_choice", _("Multiple choice")),
        ("number", _("Number")),
        ("date", _("Date")),
        ("file", _("File")),
    ]

    kind = blocks.ChoiceBlock(choices=KINDS, label=_("kind of answer"), default="short_text")
    label = blocks.CharBlock(label=_("question"), max_length=250)
    help_text = blocks.TextBlock(label=_("help text"), required=False)
    required = blocks.BooleanBlock(label=_("required"), required=False)
    choices = blocks.ListBlock(
        blocks.CharBlock(label=_("choice"), max_length=120),
        label=_("choices (for single or multiple choice)"),
        default=[],
    )

    class Meta:
        icon = "help"
        label = _("Question")


class GrantIndexPage(Page):
    """Where a language's grant rounds are listed: open first, then upcoming, then closed."""

    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    subpage_types = ["grants.GrantRoundPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("grants index")

    def get_meta_description(self):
        return self.search_description or strip_tags(self.introduction).strip()

    def rounds_by_state(self):
        """This locale's live rounds grouped as open, upcoming and closed."""
        rounds = (
            GrantRoundPage.objects.live()
            .child_of(self)
            .select_related("locale")
            .order_by("closes_at")
        )
        now = timezone.now()
        grouped = {"open": [], "upcoming": [], "closed": []}
        for grant_round in rounds:
            grouped[grant_round.state_at(now)].append(grant_round)
        grouped["closed"].reverse()
        return grouped

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rounds"] = self.rounds_by_state()
        return context


class GrantRoundPage(Page):
    """One call for applications: its text, dates, money and the criteria reviewers score.

    Applications, reviews and money belong to the round's source version (the first written);
    its translations show the same round in other languages."""

    call_text = RichTextField(_("call for applications"))
    eligibility = RichTextField(_("eligibility"), blank=True)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    timezone = models.CharField(
        _("timezone of the round"), max_length=64, choices=TIMEZONE_CHOICES, default="UTC"
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=currency_choices, default="EUR"
    )
    budget = money_field(_("budget"))
    minimum_award = money_field(_("minimum award"), default=Decimal("0.00"))
    maximum_award = money_field(_("maximum award"))
    one_application_per_hub = models.BooleanField(
        _("one application per hub"),
        default=True,
        help_text=_("A hub may send only one application to this round (withdrawn ones aside)."),
    )
    reviewers_per_application = models.PositiveSmallIntegerField(
        _("reviewers per application"), default=3
    )
    review_days = models.PositiveSmallIntegerField(
        _("days reviewers have"), default=14, help_text=_("Due date after assignment.")
    )
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    criteria = StreamField([("criterion", CriterionBlock())], verbose_name=_("criteria"), min_num=1)
    questions = StreamField(
        [("question", QuestionBlock())], verbose_name=_("questions of this round"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("call_text"),
        FieldPanel("eligibility"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("timezone"),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("currency"),
                FieldPanel("budget"),
                FieldRowPanel([FieldPanel("minimum_award"), FieldPanel("maximum_award")]),
                FieldPanel("one_application_per_hub"),
            ],
            heading=_("Money"),
        ),
        MultiFieldPanel(
            [FieldPanel("reviewers_per_application"), FieldPanel("review_days")],
            heading=_("Review"),
        ),
        FieldPanel("topics"),
        FieldPanel("criteria"),
        FieldPanel("questions"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("call_text"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["grants.GrantIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("grant round")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A round must close after it opens.")})
        for name in ("budget", "minimum_award", "maximum_award"):
            validate_amount(getattr(self, name), self.currency, field=name)
        if self.maximum_award is not None and self.minimum_award is not None:
            if self.maximum_award < self.minimum_award:
                raise ValidationError(
                    {"maximum_award": _("The maximum award cannot be below the minimum.")}
                )
            if self.budget is not None and self.maximum_award > self.budget:
                raise ValidationError(
                    {"maximum_award": _("The maximum award cannot exceed the budget.")}
                )

    @property
    def source_round(self):
        """The round's source version (see core.localization), which owns applications and
        money."""
        return source_of(self)

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.timezone)

    def state_at(self, moment):
        """'upcoming', 'open' or 'closed' at `moment`."""
        if moment < self.opens_at:
            return "upcoming"
        if moment >= self.closes_at:
            return "closed"
        return "open"

    @property
    def is_open(self):
        return self.state_at(timezone.now()) == "open"

    @property
    def closes_at_local(self):
        return timezone.localtime(self.closes_at, self.tzinfo)

    def criteria_list(self):
        """[(block id, name, guidance, weight)] in the page's language."""
        return [
            (block.id, block.value["name"], block.value["guidance"], block.value["weight"])
            for block in self.criteria
        ]

    def question_list(self):
        """[(block id, question value)] in the page's language."""
        return [(block.id, block.value) for block in self.questions]

    def get_context(self, request, *args, **kwargs):
        from grants.permissions import hubs_user_may_apply_for

        context = super().get_context(request, *args, **kwargs)
        context["apply_hubs"] = (
            hubs_user_may_apply_for(request.user) if request.user.is_authenticated else []
        )
        return context
