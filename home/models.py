"""The home page and standard pages, plus the site-wide settings the footer reads."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.admin_input import register_snippet
from core.pages import (
    ChildrenKnownBySlug,
    HeroMixin,
    IntroductionMixin,
    ViewRestrictionsInOneQuery,
)

from .blocks import BaseStreamBlock


class HomePage(ChildrenKnownBySlug, ViewRestrictionsInOneQuery, HeroMixin, IntroductionMixin, Page):
    """The front door of each language: a hero image, a short introduction and a body."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(ViewRestrictionsInOneQuery, IntroductionMixin, Page):
    """An ordinary content page: about, principles, how to join."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The words at the foot of every page, translated like any other content."""

    body = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return _("Footer text (%(language)s)") % {"language": self.locale.get_display_name()}


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """What the footer shows on every page: its text, the contact address and social links."""

    footer_text = models.ForeignKey(
        FooterText,
        verbose_name=_("footer text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Translate the footer text like any snippet; each language shows its own."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        InlinePanel("social_links", heading=_("Social links"), label=_("Social link")),
    ]

    class Meta:
        verbose_name = _("site settings")


class SocialLink(Orderable):
    """One link to the network's presence elsewhere (Mastodon, video, newsletter…)."""

    settings = ParentalKey(SiteSettings, related_name="social_links", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=60)
    url = models.URLField(_("address"))

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social link")
        verbose_name_plural = _("social links")

    def __str__(self):
        return self.name
