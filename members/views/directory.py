"""Public pages: the hub directory, its map and GeoJSON feed, hub pages, facilitators."""

import gzip
import re

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.csp import csp_update_from_settings, map_tiles_sources

from .. import notifications
from ..feed import cached_feed, feature_collection
from ..filters import FacilitatorFilter, HubFilter
from ..forms import ContactForm
from ..hubs import attach_topics_in_active_language, public_hubs
from ..models import FacilitatorProfile, Hub
from ..roles import can_manage

HUBS_PER_PAGE = 24
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def _page(request, queryset, per_page):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def directory(request):
    hub_filter = HubFilter(request.GET or None, queryset=public_hubs(), request=request)
    page_obj = _page(request, hub_filter.qs, HUBS_PER_PAGE)
    attach_topics_in_active_language(page_obj.object_list)
    return render(
        request,
        "members/directory.html",
        {
            "filter": hub_filter,
            "page_obj": page_obj,
            "page_title": _("Hub directory"),
            "meta_description": _(
                "Local hubs of the network by country, topic and language: who organises "
                "where, and how to reach them."
            ),
        },
    )


@csp_update_from_settings(map_tiles_sources)
def hub_map(request):
    hub_filter = HubFilter(request.GET or None, queryset=public_hubs(), request=request)
    return render(
        request,
        "members/hub_map.html",
        {
            "filter": hub_filter,
            "tiles_url": settings.MAP_TILES_URL,
            "tiles_attribution": settings.MAP_TILES_ATTRIBUTION,
            "page_title": _("Map of hubs"),
            "meta_description": _(
                "The network's local hubs on a map, filtered by topic and language."
            ),
        },
    )


def geojson(request):
    """Approved hubs with coordinates, as a GeoJSON FeatureCollection (filters apply): from the
    cache until a hub changes, gzipped for clients that accept it, 304 for one that has it.
    Every cache must ask again each time (no-cache), so no map shows a hub as it was."""
    digest, gzipped = cached_feed(
        request,
        lambda: feature_collection(
            HubFilter(request.GET or None, queryset=Hub.objects.public(), request=request).qs
        ),
    )
    compressed = ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")) is not None
    response = HttpResponse(
        gzipped if compressed else gzip.decompress(gzipped), content_type="application/json"
    )
    if compressed:
        response["Content-Encoding"] = "gzip"
    # Each encoding is its own representation, with its own tag.
    response["ETag"] = f'"{digest}-gzip"' if compressed else f'"{digest}"'
    patch_vary_headers(response, ["Accept-Encoding"])
    signed_in = request.user.is_authenticated
    patch_cache_control(response, public=not signed_in, private=signed_in, no_cache=True)
    return get_conditional_response(request, etag=response["ETag"], response=response)


def hub_detail(request, slug):
    hub = get_object_or_404(public_hubs(), slug=slug)
    attach_topics_in_active_language([hub])
    context = {
        "hub": hub,
        "can_manage": can_manage(request.user, hub),
        "page_title": hub.name,
        "meta_description": hub.description,
    }
    return render(request, "members/hub_detail.html", context)


def facilitators(request):
    profiles = (
        FacilitatorProfile.objects.listed()
        .select_related("user", "hub")
        .prefetch_related("topics")
        .order_by("user__display_name", "pk")
    )
    profile_filter = FacilitatorFilter(request.GET or None, queryset=profiles, request=request)
    page_obj = _page(request, profile_filter.qs, HUBS_PER_PAGE)
    attach_topics_in_active_language(page_obj.object_list)
    return render(
        request,
        "members/facilitators.html",
        {
            "filter": profile_filter,
            "page_obj": page_obj,
            "page_title": _("Facilitators and expertise"),
            "meta_description": _(
                "Facilitators and experts of the network's hubs who offer their time, by "
                "topic and language."
            ),
        },
    )


@require_http_methods(["GET", "POST"])
def contact_facilitator(request, pk):
    profile = get_object_or_404(FacilitatorProfile.objects.listed().select_related("user"), pk=pk)
    form = ContactForm(request.POST or None)
    if form.is_valid():
        if refused := ratelimit.consume_or_429(
            request, action="facilitator_contact", key=str(profile.pk)
        ):
            return refused
        notifications.facilitator_contact(
            profile,
            form.cleaned_data["name"],
            form.cleaned_data["email"],
            form.cleaned_data["message"],
        )
        messages.success(request, _("Your message has been sent."))
        return redirect("members:facilitators")
    return render(
        request,
        "members/facilitator_contact.html",
        {
            "profile": profile,
            "form": form,
            "page_title": _("Write to %(name)s") % {"name": profile},
        },
    )
