"""One sitemap per language, listed by the sitemap index at /sitemap.xml: the language's live,
public pages (with their routable sub-pages) and the public views outside the page tree (the hub
directory and each approved hub, the facilitators, the grants' transparency page)."""

from urllib.parse import urljoin

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from members.models import Hub

from .navigation import public_url

PUBLIC_VIEWS = [
    "members:directory",
    "members:hub_map",
    "members:facilitators",
    "grants:transparency",
]


class LocaleSitemap(Sitemap):
    """The live, public pages of one language under the site's root."""

    def __init__(self, language_code, request=None):
        super().__init__(request)
        self.language_code = language_code

    def localized_root(self):
        root = self.get_wagtail_site().root_page
        return (
            Page.objects.filter(
                translation_key=root.translation_key, locale__language_code=self.language_code
            )
            .live()
            .first()
        )

    def items(self):
        localized_root = self.localized_root()
        if localized_root is None:
            return Page.objects.none()
        return (
            localized_root.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        localized_root = self.localized_root()
        if page == 1 and localized_root is not None:
            # Same host as the pages: the views' paths are joined to the language's home address.
            home_url = localized_root.get_full_url(self.request)
            urls += [{"location": urljoin(home_url, path)} for path in self.view_paths()]
        return urls

    def view_paths(self):
        """Paths of the public views outside the page tree, in this sitemap's language."""
        with translation.override(self.language_code):
            paths = [reverse(name) for name in PUBLIC_VIEWS]
            paths += [hub.get_absolute_url() for hub in Hub.objects.public().order_by("slug")]
        return paths


def sitemaps_for(request):
    """The sitemap sections, one per content language that has a locale."""
    codes = Locale.objects.values_list("language_code", flat=True)
    known = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    return {code: LocaleSitemap(code, request) for code in codes if code in known}


def index_items(request):
    """The sitemap index's entries: each language's sitemap on the pages' host (Django's own
    index would name the host the request came through)."""
    return [
        SitemapIndexItem(
            public_url(request, reverse("sitemap_section", kwargs={"section": section})),
            sitemap.get_latest_lastmod(),
        )
        for section, sitemap in sitemaps_for(request).items()
    ]
