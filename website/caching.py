"""HTTP caching policy: pages an anonymous visitor sees are the same for everyone, so a shared
cache may keep them; anything shown to a signed-in person is private.

A shared cache must never keep a cookie or a per-visitor token. So:

- A response that sets any cookie (session, CSRF, messages) is private. The middleware sits
  outside every middleware that sets cookies, so it sees them all.
- Forms on public pages carry no token: ``{% form_token %}`` (website/templatetags/
  public_forms.py) renders an empty ``csrfmiddlewaretoken`` input for anonymous GETs. On
  submit, website/static/website/js/form-token.js fetches ``/csrf-token`` (JSON ``{token}``,
  ``Cache-Control: private, no-store``, sets the CSRF cookie), fills the input and sends the
  form. Signed-in pages and answers to a POST are private and carry the token as usual.
- Without script the first post fails the CSRF check; ``website.views.csrf_failure`` answers
  privately with a fresh token and the visitor's answers kept in the form, to send again.
- On publish, ``addresses_to_purge`` lists every address that shows the page, and the
  frontend cache is purged for all of them; when a hub changes (or is deleted),
  ``addresses_showing_hub`` lists those that show it, purged once the change is committed.
  A list's addresses with a query (a later page, a filter) are not purged: they are kept at
  most PUBLIC_CACHE_SECONDS.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

from members.feed import hub_paths

from .sitemaps import sitemap_paths


class CacheControlMiddleware:
    """Marks successful anonymous GET responses public for a shared cache, the rest private."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        cacheable = (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not signed_in
            and not response.cookies
        )
        if cacheable:
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.PUBLIC_CACHE_SECONDS,
                stale_while_revalidate=settings.PUBLIC_CACHE_STALE_SECONDS,
            )
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


def addresses_to_purge(page):
    """Every absolute address that shows `page`: the page in each language, its parent's list
    in every language (a list falls back to untranslated pages), their feeds and calendars
    (the sub-paths each page names in `get_cached_paths`), the home pages and the sitemaps.
    A page outside every site has none."""
    page = page.specific
    site = page.get_site()
    if site is None:
        return set()
    shown_on = {
        shown.pk: shown
        for tree in (page, page.get_parent(), site.root_page)
        for shown in tree.get_translations(inclusive=True)
    }
    addresses = set()
    for shown in shown_on.values():
        # The tree's root (the parent of the home pages) has no address.
        url = shown.get_full_url()
        if url is not None:
            addresses |= {
                url + path.lstrip("/") for path in shown.specific_deferred.get_cached_paths()
            }
    # Every page of every sitemap: one page more shifts the addresses on all later pages.
    return addresses | {site.root_url + path for path in sitemap_paths(site)}


def purge_page(instance, **kwargs):
    """Purges the shared cache of every address that shows a page just (un)published."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(sorted(addresses_to_purge(instance)))


# The public views outside the page tree that name hubs (the map's feed is never kept: it is
# asked for again each time, see members.views.directory.geojson).
HUB_VIEWS = ("members:directory", "members:hub_map", "members:facilitators")


def addresses_showing_hub(hub):
    """Every absolute address without a query that shows `hub`: the directory, the map and the
    facilitators in each language, the hub's own page in each, the pages that name it (the
    assemblies it hosts, its news, with their lists and homes) and the sitemaps."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return set()
    addresses = {site.root_url + path for path in sitemap_paths(site)}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths = [reverse(name) for name in HUB_VIEWS] + hub_paths([hub.slug])
        addresses |= {urljoin(site.root_url, path) for path in paths}
    for page in [*hub.hosted_assemblies.all(), *hub.news.all()]:
        addresses |= addresses_to_purge(page)
    return addresses


def purge_hub(instance, **kwargs):
    """Purges the shared cache of every address that shows a hub just saved or about to be
    deleted, once the change is committed (a purge before it would let the old hub be
    cached again)."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        addresses = sorted(addresses_showing_hub(instance))
        transaction.on_commit(lambda: purge_urls_from_cache(addresses))
