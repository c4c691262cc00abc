"""Times in the zone where something happens, in the page's language:
{{ moment|in_zone:zone }}, {{ moment|time_in_zone:zone }}, {{ moment|day_in_zone:zone }},
{{ zone|zone_name }}, {{ date|day }} and
{% span_in_zone start end zone %}. Pass the datetime as stored: these filters do the one
conversion to `zone` themselves, so the active timezone never shifts the hour again."""

from django import template

from core import dates

register = template.Library()


@register.filter
def in_zone(moment, zone):
    """Day and time of `moment` in `zone`."""
    return dates.format_datetime_in_zone(moment, zone) if moment else ""


@register.filter
def time_in_zone(moment, zone):
    """Wall-clock time of `moment` in `zone`."""
    return dates.format_time_in_zone(moment, zone) if moment else ""


@register.filter
def day_in_zone(moment, zone):
    """The calendar day of `moment` in `zone`, for example "June 10, 2026"."""
    return dates.format_date_in_zone(moment, zone, width="long") if moment else ""


@register.filter
def zone_name(zone):
    """The zone's name in the page's language."""
    return dates.zone_name(zone) if zone else ""


@register.simple_tag
def span_in_zone(start, end, zone):
    """From `start` to `end` in `zone`, the day written once when both fall on it."""
    return dates.format_span_in_zone(start, end, zone)


@register.filter
def day(value):
    """A calendar date that belongs to no zone (a payment day), in the page's language."""
    return dates.format_day(value) if value else ""
