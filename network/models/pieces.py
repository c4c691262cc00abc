"""The one place the network's listing querysets are built."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from core.localization import in_active_locale
from members.models import Hub

APPROVED_HUBS = {"status": "approved"}
LISTING_RENDITION = "fill-640x360"


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
