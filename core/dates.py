"""Dates and times as a reader of each language writes them (CLDR through Babel), shown in
the zone where the thing happens, with that zone's name in the reader's language."""

import zoneinfo

from babel.dates import format_date, format_time, get_datetime_format, get_timezone_location

from .locales import babel_locale


def as_zone(zone):
    """A ZoneInfo from a zone or an IANA name such as "America/Mexico_City"."""
    return zone if isinstance(zone, zoneinfo.ZoneInfo) else zoneinfo.ZoneInfo(str(zone))


def _combine(date_text, time_text, locale):
    # The locale's own pattern joins date and time ("{1}, {0}" in English, "{1}، {0}" in
    # Arabic), as Babel's format_datetime does.
    pattern = get_datetime_format("full", locale=locale).replace("'", "")
    return pattern.replace("{1}", date_text).replace("{0}", time_text)


def format_date_in_zone(moment, zone, language=None, width="full"):
    """The calendar day of `moment` in `zone`, for example "Wednesday, December 30, 2026"."""
    local = moment.astimezone(as_zone(zone))
    return format_date(local.date(), width, locale=babel_locale(language))


def format_time_in_zone(moment, zone, language=None):
    """The wall-clock time of `moment` in `zone`: "7:00 PM" in English, "19:00" in Spanish."""
    return format_time(moment, "short", tzinfo=as_zone(zone), locale=babel_locale(language))


def format_datetime_in_zone(moment, zone, language=None):
    """Day and wall-clock time of `moment` in `zone`, in the reader's language."""
    locale = babel_locale(language)
    return _combine(
        format_date_in_zone(moment, zone, language),
        format_time_in_zone(moment, zone, language),
        locale,
    )


def format_span_in_zone(start, end, zone, language=None):
    """From `start` to `end` in `zone`; the day is written once when both fall on it."""
    zone = as_zone(zone)
    if start.astimezone(zone).date() == end.astimezone(zone).date():
        until = format_time_in_zone(end, zone, language)
    else:
        until = format_datetime_in_zone(end, zone, language)
    return f"{format_datetime_in_zone(start, zone, language)} – {until}"


def zone_name(zone, language=None):
    """The zone as a reader names it: "Mexico (Mexico City) Time", "hora de México (Ciudad de
    México)"."""
    return get_timezone_location(as_zone(zone), locale=babel_locale(language))


def viewer_zone(user):
    """The zone a signed-in person chose in their profile, or None."""
    if user is not None and user.is_authenticated and getattr(user, "timezone", ""):
        return as_zone(user.timezone)
    return None


def format_day(day, language=None, width="long"):
    """A calendar date that belongs to no zone (a planned payment day): "June 10, 2026"."""
    return format_date(day, width, locale=babel_locale(language))
