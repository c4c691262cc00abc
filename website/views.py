"""Site-wide views that belong to no single app: robots.txt, sitemaps, search and errors."""

import unicodedata

from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from .navigation import public_url
from .search import search_site
from .sitemaps import cached as cached_sitemap
from .sitemaps import index_items, sitemaps_for

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def robots_txt(request):
    """Lets crawlers in everywhere but the admin and the member area, and names the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        f"Sitemap: {public_url(request, reverse('sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap_index(request):
    """The index listing each page of one sitemap per language."""
    return cached_sitemap(
        request,
        lambda: TemplateResponse(
            request,
            "sitemap_index.xml",
            {"sitemaps": index_items(request)},
            content_type="application/xml",
            headers={"X-Robots-Tag": "noindex, noodp, noarchive"},
        ),
    )


def sitemap_section(request, section):
    """One page (`?p=`) of the sitemap of one language."""
    return cached_sitemap(
        request, lambda: sitemap_views.sitemap(request, sitemaps_for(request), section=section)
    )


def search(request):
    """Search over everything a visitor looks for, in the active language (website/search.py)."""
    typed = request.GET.get("q", "").strip()[:200]
    # What the visitor typed is shown back, less the control characters no page can show.
    query = "".join(char for char in typed if unicodedata.category(char) != "Cc")
    paginator = Paginator(search_site(query, Locale.get_active(), request), SEARCH_RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        page = paginator.page(1)
    return TemplateResponse(
        request,
        "website/search.html",
        {"query": query, "searched": bool(typed), "results": page, "page_title": _("Search")},
    )


@require_GET
def csrf_token(request):
    """This visitor's CSRF token (and its cookie), for a form on a publicly cached page."""
    response = JsonResponse({"token": get_token(request)})
    patch_cache_control(response, private=True, no_store=True)
    return response


def csrf_failure(request, reason=""):
    """A form came without a valid token (typically without script on a public page): offer
    it again with a fresh token and what the visitor typed. Signed-in visitors are only told
    to go back, so a post forged by another site cannot be replayed in their name."""
    kept = []
    if not request.user.is_authenticated:
        kept = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken" and "password" not in name
            for value in values
        ]
    response = TemplateResponse(
        request,
        "website/csrf_failure.html",
        {"kept": kept, "action": request.get_full_path(), "page_title": _("Send the form again")},
        status=403,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def server_error(request):
    """A translated 500 page that needs neither the database nor a request context."""
    return HttpResponseServerError(render_to_string("500.html"))
