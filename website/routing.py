"""Where a request goes before any page is read: the Site its host names, and that site's home
in the language being read. Wagtail finds both with a query or three on every request (the
site, the active locale, the home's translation, then its specific row); they change only when
editors publish or a site is edited, so they are kept with what editors publish
(core.published) and Wagtail routes on from the kept home as usual."""

from contextlib import suppress

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import DatabaseError
from django.http import Http404
from django.http.request import split_domain_port, validate_host
from django.utils.translation import get_language
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from core.published import keep, kept, remembered


class KnownSiteMiddleware:
    """Give each request the Site its host names, as Wagtail's `Site.find_for_request` would,
    without a query while nothing has been published since."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # While the database cannot be read, Wagtail looks the site up when a page needs it,
        # and that page fails as it would have; /healthz still answers that it is down.
        with suppress(DatabaseError):
            request._wagtail_site = known_site(request)
        return self.get_response(request)


def known_site(request):
    """The Site for the request's host and port, kept per allowed host (a host outside
    ALLOWED_HOSTS is looked up, not kept: the request is refused later anyway)."""
    hostname = split_domain_port(request._get_raw_host())[0]
    if not validate_host(hostname, settings.ALLOWED_HOSTS):
        return Site._find_for_request(request)
    port = request.get_port()
    return remembered(f"site-for:{hostname}:{port}", lambda: Site._find_for_request(request))


def localized_home(site):
    """`site`'s home page in the language being read (its source while untranslated or the
    translation is not live), as Wagtail routes from: one query for the page itself."""

    def find():
        home = site.root_page.localized.specific
        return home._meta.label, home.pk

    label, pk = remembered(f"home:{site.pk}:{get_language()}", find)
    return apps.get_model(label).objects.get(pk=pk)


def serve(request, path):
    """Wagtail's page view, routed from the kept home rather than from the site's root looked
    up anew (Wagtail reads the route this leaves on the request)."""
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        route = None
        if site is not None:
            # No such page, or the kept home deleted a moment ago: Wagtail answers 404.
            with suppress(Http404, ObjectDoesNotExist):
                route = known_route(request, site, path)
        request._wagtail_route_for_request = route
    return wagtail_serve(request, path)


def known_route(request, site, path):
    """Wagtail's route to `path` on `site` in the language being read. The page an address
    led to is kept with what editors publish and read again with one query, checked against
    its row: still live, and still at that address (a page moved or renamed without a signal
    is routed anew). Any other address is routed from the kept home as Wagtail routes; only
    addresses that lead to a page are kept, so unknown ones cannot fill the cache."""
    components = [component for component in path.split("/") if component]
    name = f"route:{site.pk}:{get_language()}:{'/'.join(components)}"
    known = kept(name)
    if known is not None:
        label, pk, url_path = known
        page = apps.get_model(label).objects.filter(pk=pk, live=True, url_path=url_path).first()
        if page is not None:
            return page.route(request, [])
    home = localized_home(site)
    route = home.route(request, components)
    page = route[0]
    if page.url_path == home.url_path + "".join(f"{component}/" for component in components):
        keep(name, (page._meta.label, page.pk, page.url_path))
    return route
