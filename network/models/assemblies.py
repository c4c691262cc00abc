"""Assemblies: open cross-movement meetings announced ahead, with an agenda, proposals posted
in advance, registration, and afterwards the minutes and the decisions reached."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.localization import source_of
from core.pages import ChildrenOfOneType, HeroMixin, IntroductionMixin, ViewRestrictionsInOneQuery
from home.blocks import BaseStreamBlock
from members.models import TIMEZONE_CHOICES

from .pieces import APPROVED_HUBS


class AgendaItemBlock(blocks.StructBlock):
    """One item of an assembly's agenda: when it starts, what it is, who facilitates it and
    how many minutes it takes."""

    time = blocks.TimeBlock(label=_("Starts at"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    facilitator = blocks.CharBlock(label=_("Facilitator"), max_length=150, required=False)
    duration = blocks.IntegerBlock(label=_("Duration in minutes"), min_value=5, max_value=24 * 60)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AssemblyIndexPage(
    ChildrenOfOneType, ViewRestrictionsInOneQuery, RoutablePageMixin, IntroductionMixin, Page
):
    """The assemblies of one language: upcoming and past, filterable, with a calendar feed
    and the decisions reached across all of them."""

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["network.AssemblyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("assembly index page")

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("calendar"), self.reverse_subpage("decisions")]

    def get_sitemap_urls(self, request=None):
        """The listing and the decisions log reached across all assemblies."""
        urls = super().get_sitemap_urls(request)
        decisions = self.get_full_url(request) + self.reverse_subpage("decisions")
        return urls + [{"location": decisions, "lastmod": urls[0]["lastmod"]}]

    @path("")
    def listing(self, request):
        from network.views import assembly_listing_context

        return self.render(request, context_overrides=assembly_listing_context(request, self))

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from network.calendars import upcoming_calendar_response

        return upcoming_calendar_response(request)

    @path("decisions/", name="decisions")
    def decisions(self, request):
        from network.views import decision_listing_context

        return self.render(
            request,
            context_overrides=decision_listing_context(request),
            template="network/decision_list.html",
        )


class AssemblyPage(
    ViewRestrictionsInOneQuery, RoutablePageMixin, HeroMixin, IntroductionMixin, Page
):
    """One assembly: when and where, the agenda, who hosts it, then proposals, registration,
    and once it has happened the minutes and decisions."""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    timezone = models.CharField(
        _("timezone"),
        max_length=64,
        choices=TIMEZONE_CHOICES,
        default="UTC",
        help_text=_("Where the assembly takes place; times are shown in it."),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown only to people registered for the assembly."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Places available. Leave empty for no limit; beyond it people wait."),
    )
    proposal_deadline = models.DateTimeField(
        _("proposals accepted until"),
        null=True,
        blank=True,
        help_text=_("Leave empty to accept proposals until the assembly starts."),
    )
    introduction = models.TextField(_("introduction"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    host_hubs = ParentalManyToManyField(
        "members.Hub",
        verbose_name=_("host hubs"),
        blank=True,
        limit_choices_to=APPROVED_HUBS,
        related_name="hosted_assemblies",
    )
    minutes = RichTextField(
        _("minutes"), blank=True, features=["h3", "h4", "bold", "italic", "ol", "ul", "link"]
    )
    attendee_count = models.PositiveIntegerField(_("number of attendees"), null=True, blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("timezone"),
                FieldPanel("proposal_deadline"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
                FieldPanel("capacity"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
        FieldPanel("agenda"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("host_hubs")], heading=_("Connections")),
        MultiFieldPanel(
            [
                FieldPanel("minutes"),
                FieldPanel("attendee_count"),
                InlinePanel("decisions", label=_("Decision")),
            ],
            heading=_("After the assembly"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("city"),
        index.FilterField("start"),
    ]

    parent_page_types = ["network.AssemblyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("assembly")
        verbose_name_plural = _("assemblies")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The assembly must end after it starts.")
        elif self.start and self.end:
            planned = sum(item.value["duration"] or 0 for item in self.agenda)
            available = int((self.end - self.start).total_seconds() // 60)
            if planned > available:
                errors["agenda"] = ngettext(
                    "The agenda lasts %(planned)d minutes but the assembly only lasts "
                    "%(available)d minute.",
                    "The agenda lasts %(planned)d minutes but the assembly only lasts "
                    "%(available)d minutes.",
                    available,
                ) % {"planned": planned, "available": available}
        if self.proposal_deadline and self.start and self.proposal_deadline > self.start:
            errors["proposal_deadline"] = _("Proposals must close before the assembly starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def is_past(self):
        return self.end <= timezone.now()

    @property
    def proposals_close_at(self):
        return self.proposal_deadline or self.start

    @property
    def accepts_proposals(self):
        return timezone.now() < self.proposals_close_at

    @property
    def is_online(self):
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    @property
    def is_in_person(self):
        return self.format in (self.Format.IN_PERSON, self.Format.HYBRID)

    def duration(self):
        return self.end - self.start

    def agenda_rows(self):
        """Agenda items with the start time of each as a datetime in the assembly's zone."""
        day = self.local_start.date()
        return [
            {
                **item.value,
                "starts": datetime.datetime.combine(day, item.value["time"], tzinfo=self.zone),
            }
            for item in self.agenda
        ]

    def source_page(self):
        """The version of this assembly registrations and proposals attach to: its source,
        whatever language the visitor reads it in."""
        return source_of(self)

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("calendar")]

    @path("")
    def detail(self, request):
        from network.views import assembly_detail

        return assembly_detail(request, self)

    @path("register/", name="register")
    def register(self, request):
        from network.views import assembly_register

        return assembly_register(request, self)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from network.calendars import assembly_calendar_response

        return assembly_calendar_response(request, self)

    @path("propose/", name="propose")
    def propose(self, request):
        from network.views import assembly_propose

        return assembly_propose(request, self)

    @path("proposals/<int:proposal_id>/support/", name="support")
    def support(self, request, proposal_id):
        from network.views import proposal_support

        return proposal_support(request, self, proposal_id)

    @path("proposals/<int:proposal_id>/withdraw/", name="withdraw_support")
    def withdraw_support(self, request, proposal_id):
        from network.views import proposal_withdraw_support

        return proposal_withdraw_support(request, self, proposal_id)

    @path("cancel-registration/", name="cancel_registration")
    def cancel_registration(self, request):
        from network.views import assembly_cancel_registration

        return assembly_cancel_registration(request, self)


class AssemblyDecision(TranslatableMixin, index.Indexed, Orderable):
    """A decision reached at an assembly, with how it was reached and the proposal it answers."""

    class Outcome(models.TextChoices):
        CONSENSUS = "consensus", _("Consensus")
        AGREED = "agreed", _("Agreed")
        DEFERRED = "deferred", _("Deferred")
        BLOCKED = "blocked", _("Blocked")

    page = ParentalKey(AssemblyPage, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("decision"))
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.CONSENSUS
    )
    proposal = models.ForeignKey(
        "network.Proposal",
        verbose_name=_("answers the proposal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )

    panels = [FieldPanel("text"), FieldPanel("outcome"), FieldPanel("proposal")]
    search_fields = [
        index.SearchField("text"),
        # What the site search narrows to: one version per translation, of live assemblies.
        index.FilterField("id"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
        index.FilterField("page"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return self.text
