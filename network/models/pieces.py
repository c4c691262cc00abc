"""The one place the network's listing querysets are built."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from core.localization import in_active_locale
from core.pages import public
from members.models import Hub

APPROVED_HUBS = {"status": "approved"}
LISTING_RENDITION = "fill-640x360"


def listed(page_class):
    """Live pages of `page_class` with what their cards read from their own rows: the
    language, the hero image. The rows of a kept list are read from it (core.listings)."""
    return page_class.objects.live().select_related("locale", "hero_image").defer_streamfields()


def localized_listing(page_class, locale=None):
    """Live public pages of `page_class` in `locale` (a Locale or its id; the active one when
    not given), with what their cards show: the hero image with its list rendition (news),
    the topics (news), the approved host hubs (assemblies). Add `listing_prefetches` to each
    list shown, or once to all of them (`prefetch_related_objects`)."""
    return in_active_locale(public(listed(page_class)), locale)


def listing_prefetches(page_class):
    """What the cards of `page_class` read beyond their own row, one query each."""
    if hasattr(page_class, "host_hubs"):
        return [
            Prefetch(
                "host_hubs",
                queryset=Hub.objects.filter(**APPROVED_HUBS),
                to_attr="public_host_hubs",
            )
        ]
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec=LISTING_RENDITION)
    )
    return ["topics", Prefetch("hero_image__renditions", queryset=renditions)]
