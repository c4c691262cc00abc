"""The demo's assemblies meet when real ones do: evenings from 19:00 to 21:00 in their own
zone, on three continents, each agenda within its assembly's hours."""

import datetime
import io
import zoneinfo

from django.core.management.base import OutputWrapper

from network.models import AssemblyPage


def test_demo_assemblies_meet_in_the_evening_of_their_own_zone(home_site):
    from network import demo

    demo.load(OutputWrapper(io.StringIO()))
    assemblies = list(AssemblyPage.objects.filter(locale__language_code="en"))
    assert assemblies
    for assembly in assemblies:
        zone = zoneinfo.ZoneInfo(assembly.timezone)
        start, end = assembly.start.astimezone(zone), assembly.end.astimezone(zone)
        assert (start.time(), end.time()) == (datetime.time(19), datetime.time(21)), assembly
        for item in assembly.agenda:
            begins = datetime.datetime.combine(start.date(), item.value["time"], tzinfo=zone)
            finishes = begins + datetime.timedelta(minutes=item.value["duration"])
            assert start <= begins and finishes <= end, (assembly, item.value["title"])
    continents = {assembly.timezone.split("/")[0] for assembly in assemblies}
    assert {"America", "Europe", "Africa"} <= continents
