"""iCalendar files: one assembly, and the upcoming assemblies of a language. Times are
written in UTC so every common client reads them the same way. The iCalendar library is
imported where it is used: most workers never write a calendar (tests/website/test_start_up.py)."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .models import AssemblyPage
from .models.pieces import localized_listing


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def assembly_event(assembly, base_url):
    """The VEVENT for one assembly, named by its stable translation key so every language's
    file describes the same event."""
    from icalendar import Event

    event = Event()
    event.add(
        "uid",
        f"assembly-{assembly.translation_key}@{settings.WAGTAIL_SITE_NAME.replace(' ', '-').lower()}",
    )
    event.add("summary", assembly.title)
    event.add("dtstart", _utc(assembly.start))
    event.add("dtend", _utc(assembly.end))
    event.add("dtstamp", _utc(assembly.last_published_at or timezone.now()))
    event.add("description", strip_tags(assembly.introduction))
    place = ", ".join(part for part in [assembly.venue, assembly.city] if part)
    if assembly.is_online and not assembly.is_in_person:
        place = _("Online")
    if place:
        event.add("location", place)
    event.add("url", base_url + assembly.url)
    return event


def build_calendar(assemblies, base_url, name):
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//Assemblies//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for assembly in assemblies:
        calendar.add_component(assembly_event(assembly, base_url))
    return calendar.to_ical()


def _response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


def assembly_calendar_response(request, assembly):
    return _response(
        build_calendar([assembly], _base_url(request), assembly.title), f"{assembly.slug}.ics"
    )


def upcoming_calendar_response(request):
    upcoming = localized_listing(AssemblyPage).filter(end__gt=timezone.now()).order_by("start")
    name = _("Solidarity Network assemblies")
    return _response(build_calendar(upcoming, _base_url(request), name), "assemblies.ics")
