"""News: what hubs and campaigns are doing, published in each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.listings import cards, kept_name, listing_page
from core.pages import (
    ChildrenOfOneType,
    HeroMixin,
    IntroductionMixin,
    ViewRestrictionsInOneQuery,
)
from home.blocks import BaseStreamBlock

from .pieces import APPROVED_HUBS, listed, listing_prefetches, localized_listing

NEWS_PER_PAGE = 12
NEWS_CARD = "network/includes/news_card.html"


class NewsIndexPage(
    ChildrenOfOneType, ViewRestrictionsInOneQuery, RoutablePageMixin, IntroductionMixin, Page
):
    """The news section of one language: newest first, filtered by topic, year and words,
    with RSS and Atom feeds."""

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["network.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("rss"), self.reverse_subpage("atom")]

    def news(self):
        """Every live news item in this section's language (or its source language if
        untranslated), ready for a list."""
        return (
            localized_listing(NewsPage, self.locale_id)
            .prefetch_related(*listing_prefetches(NewsPage))
            .order_by("-date", "-pk")
        )

    @path("")
    def listing(self, request):
        from network.filters import NewsFilter

        filterset = NewsFilter(request.GET, queryset=self.news(), request=request, index=self)
        name = f"news:{self.pk}"
        page_obj = listing_page(filterset, NEWS_PER_PAGE, request.GET.get("page"), name)
        rows = listed(NewsPage).prefetch_related(*listing_prefetches(NewsPage))
        (page_obj.object_list,) = cards(request, NEWS_CARD, rows, page_obj.object_list)
        return self.render(
            request,
            context_overrides={
                "filter": filterset,
                "filters_kept_as": kept_name(filterset, name),
                "page_obj": page_obj,
            },
        )

    @path("rss/", name="rss")
    def rss(self, request):
        from network.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        from network.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(ViewRestrictionsInOneQuery, HeroMixin, IntroductionMixin, Page):
    """One news item: who wrote it, when, on which topics, and what happened."""

    date = models.DateField(_("publication date"))
    authors = models.CharField(
        _("authors"), max_length=255, blank=True, help_text=_("Names, separated by commas.")
    )
    introduction = models.TextField(_("introduction"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    related_hubs = ParentalManyToManyField(
        "members.Hub",
        verbose_name=_("related hubs"),
        blank=True,
        limit_choices_to=APPROVED_HUBS,
        related_name="news",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("authors")], heading=_("Byline")),
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("related_hubs")], heading=_("Connections")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["network.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def public_hubs(self):
        """The related hubs shown to readers: the approved ones."""
        return [hub for hub in self.related_hubs.all() if hub.is_public]
