"""One sitemap per language, listed by the sitemap index at /sitemap.xml: the language's live,
public pages (with their routable sub-pages) and the public views outside the page tree (the hub
directory and each approved hub, the facilitators, the grants' transparency page).

At the network's size a language has thousands of addresses: each sitemap is split into pages
of `LocaleSitemap.limit` (`?p=2`, … as Django's sitemaps do, all named by the index), a page
loads only its own rows, and every answer is kept in the cache until a page is published,
unpublished, moved, deleted or restricted, or a hub changes."""

import hashlib
from functools import cached_property
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem
from django.core.cache import cache
from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from core.published import PUBLISHED
from members.feed import HUBS, hub_paths
from members.models import Hub

from .navigation import public_url

PUBLIC_VIEWS = [
    "members:directory",
    "members:hub_map",
    "members:facilitators",
    "grants:transparency",
]
TIMEOUT = 60 * 60 * 24
# What a cached sitemap answer keeps of the response besides its body.
KEPT_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")


class _Part:
    """Rows of one kind in a sitemap: counted in the database, and a slice of them turned into
    sitemap entries (pages, or paths of views) by `entries`."""

    def __init__(self, rows, entries=list):
        self.rows, self.entries = rows, entries

    @cached_property
    def size(self):
        return self.rows.count() if hasattr(self.rows, "query") else len(self.rows)

    def slice(self, start, stop):
        return self.entries(list(self.rows[start:stop]))


class _Entries:
    """The parts one after the other as one sequence for Django's paginator, which counts it
    and slices out one page: only the rows of that page are loaded."""

    def __init__(self, *parts):
        self.parts = parts

    def count(self):
        return sum(part.size for part in self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        entries = []
        for part in self.parts:
            if stop > 0 and start < part.size:
                entries += part.slice(max(start, 0), min(stop, part.size))
            start, stop = start - part.size, stop - part.size
        return entries


class LocaleSitemap(Sitemap):
    """The live, public pages of one language under the site's root, then the public views
    and the approved hubs in that language."""

    limit = 1000

    def __init__(self, language_code, request=None, site=None):
        super().__init__(request)
        self.language_code, self.site = language_code, site

    def get_wagtail_site(self):
        return self.site or super().get_wagtail_site()

    @cached_property
    def localized_root(self):
        root = self.get_wagtail_site().root_page
        return (
            Page.objects.filter(
                translation_key=root.translation_key, locale__language_code=self.language_code
            )
            .live()
            .first()
        )

    def pages(self):
        if self.localized_root is None:
            return Page.objects.none()
        return self.localized_root.get_descendants(inclusive=True).live().public()

    def items(self):
        if self.localized_root is None:
            return _Entries()
        pages = self.pages().order_by("path").defer_streamfields().specific()
        return _Entries(
            _Part(pages),
            _Part(PUBLIC_VIEWS, self._in_language(lambda names: [reverse(n) for n in names])),
            _Part(
                Hub.objects.public().order_by("slug").values_list("slug", flat=True),
                self._in_language(hub_paths),
            ),
        )

    def _in_language(self, paths):
        def entries(rows):
            with translation.override(self.language_code):
                return paths(rows)

        return entries

    def _urls(self, page, protocol, domain):
        urls = []
        for entry in self.paginator.page(page).object_list:
            if isinstance(entry, str):
                # Same host as the pages: the views' paths are joined to the language's home.
                home_url = self.localized_root.get_full_url(self.request)
                urls.append({"location": urljoin(home_url, entry)})
            else:
                urls += entry.get_sitemap_urls(self.request)
        lastmods = [url["lastmod"] for url in urls if url.get("lastmod")]
        self.latest_lastmod = max(lastmods, default=None)
        return urls

    def get_latest_lastmod(self):
        return self.pages().aggregate(latest=Max("last_published_at"))["latest"]


def sitemaps_for(request, site=None):
    """The sitemap sections, one per content language that has a locale."""
    codes = Locale.objects.values_list("language_code", flat=True)
    known = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    return {code: LocaleSitemap(code, request, site) for code in codes if code in known}


def _section_paths(section, sitemap):
    """The path of each page of one language's sitemap, the first without `?p=`."""
    path = reverse("sitemap_section", kwargs={"section": section})
    return [path] + [f"{path}?p={n}" for n in sitemap.paginator.page_range[1:]]


def index_items(request):
    """The sitemap index's entries: each page of each language's sitemap on the pages' host
    (Django's own index would name the host the request came through)."""
    items = []
    for section, sitemap in sitemaps_for(request).items():
        lastmod = sitemap.get_latest_lastmod()
        items += [
            SitemapIndexItem(public_url(request, path), lastmod)
            for path in _section_paths(section, sitemap)
        ]
    return items


def sitemap_paths(site):
    """Paths of the sitemap index and of every page of each language's sitemap on `site`."""
    paths = [reverse("sitemap_index")]
    for section, sitemap in sitemaps_for(None, site).items():
        paths += _section_paths(section, sitemap)
    return paths


def cached(request, respond):
    """The answer `respond()` gives for this sitemap address, kept in the cache until a page
    or a hub changes; only successful answers are kept."""
    asked = (request.scheme, request.get_host(), request.get_full_path(), LocaleSitemap.limit)
    digest = hashlib.sha256(repr(asked).encode()).hexdigest()
    key = f"sitemap:{PUBLISHED.current()}:{HUBS.current()}:{digest}"
    kept = cache.get(key)
    if kept is None:
        response = respond()
        if response.status_code != 200:
            return response
        response.render()
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        kept = (response.content, headers)
        cache.set(key, kept, TIMEOUT)
    content, headers = kept
    return HttpResponse(content, headers=headers)
