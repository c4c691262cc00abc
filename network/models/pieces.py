"""Pieces the network's page types share: a hero image with its text alternative, and the
one place listing querysets are built."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from members.models import Hub
from network.localization import in_active_locale

APPROVED_HUBS = {"status": "approved"}
LISTING_RENDITION = "fill-640x360"


class HeroMixin(models.Model):
    """A picture at the top of the page, shown in lists and shared as the Open Graph image."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image text alternative"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )

    class Meta:
        abstract = True

    def get_og_image(self):
        return self.hero_image


def localized_listing(page_class):
    """Live public pages of `page_class` in the active language, ready for a list: one query
    for the pages, one each for topics, hubs and hero images with their renditions."""
    pages = page_class.objects.live().public()
    prefetches = [
        "topics",
        Prefetch(
            "hero_image",
            queryset=get_image_model().objects.prefetch_renditions(LISTING_RENDITION),
        ),
    ]
    if hasattr(page_class, "host_hubs"):
        prefetches.append(
            Prefetch(
                "host_hubs",
                queryset=Hub.objects.filter(**APPROVED_HUBS),
                to_attr="public_host_hubs",
            )
        )
    return (
        in_active_locale(pages)
        .select_related("locale")
        .prefetch_related(*prefetches)
        .defer_streamfields()
    )
