"""Assembly times: every place that shows one shows the wall-clock time of the assembly's own
zone (computed here independently with zoneinfo), in the page's language, across
daylight-saving changes; and each language writes dates in its own order."""

import datetime
import re
import zoneinfo

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.dates import format_datetime_in_zone, format_span_in_zone, zone_name
from core.published import PUBLISHED
from network import proposals
from network.models import AssemblyPage, Registration
from network.notifications import send_registration_email
from tests.factories import AssemblyPageFactory, UserFactory, translate_page

UTC = datetime.UTC
FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
# Zones with daylight saving (some by half an hour), odd offsets, and none.
ZONES = [
    "America/Mexico_City",
    "America/New_York",
    "America/Santiago",
    "America/Sao_Paulo",
    "Europe/Lisbon",
    "Europe/London",
    "Africa/Dakar",
    "Africa/Casablanca",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "UTC",
]
instants = st.datetimes(
    min_value=datetime.datetime(2027, 1, 1), max_value=datetime.datetime(2031, 12, 31)
).map(lambda moment: moment.replace(second=0, microsecond=0, tzinfo=UTC))


def in_french(moment, zone):
    """What a French reader must see for `moment` in `zone`: "30 décembre 2027" and "19:00"."""
    local = moment.astimezone(zoneinfo.ZoneInfo(zone))
    return f"{local.day} {FRENCH_MONTHS[local.month - 1]} {local.year}", f"{local:%H:%M}"


def _when(html):
    """The text of the assembly page's "when" entry."""
    return re.search(r"<dt>Quand</dt>\s*<dd>(.*?)</dd>", html, re.S).group(1)


@pytest.fixture
def french_assembly(sections):
    english = AssemblyPageFactory(parent=sections.assemblies, title="Evening assembly")
    return translate_page(english, "fr", title="Assemblée du soir", slug="assemblee-du-soir")


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(zone=st.sampled_from(ZONES), start=instants)
# Clocks go forward and back: Lisbon at 01:00 UTC on 28 March and 31 October 2027, New York
# on 14 March and 7 November, Lord Howe by half an hour on 3 April.
@example(zone="Europe/Lisbon", start=datetime.datetime(2027, 3, 28, 0, 30, tzinfo=UTC))
@example(zone="Europe/Lisbon", start=datetime.datetime(2027, 10, 31, 0, 30, tzinfo=UTC))
@example(zone="America/New_York", start=datetime.datetime(2027, 3, 14, 6, 30, tzinfo=UTC))
@example(zone="America/New_York", start=datetime.datetime(2027, 11, 7, 5, 30, tzinfo=UTC))
@example(zone="Australia/Lord_Howe", start=datetime.datetime(2027, 4, 3, 14, 45, tzinfo=UTC))
@example(zone="America/Mexico_City", start=datetime.datetime(2027, 1, 15, 1, 0, tzinfo=UTC))
def test_every_place_shows_the_assemblys_own_wall_clock(
    client, french_assembly, django_capture_on_commit_callbacks, zone, start
):
    end = start + datetime.timedelta(hours=2)
    deadline = start - datetime.timedelta(days=1, minutes=30)
    AssemblyPage.objects.filter(translation_key=french_assembly.translation_key).update(
        start=start, end=end, proposal_deadline=deadline, timezone=zone
    )
    PUBLISHED.bump()  # as publishing the change does: the kept lists are read anew
    source = AssemblyPage.objects.get(pk=french_assembly.source_page().pk)
    (start_day, start_time), (end_day, end_time) = in_french(start, zone), in_french(end, zone)

    page = client.get(french_assembly.url).content.decode()
    when = _when(page)
    assert start_day in when and start_time in when
    assert end_day in when and end_time in when
    deadline_day, deadline_time = in_french(deadline, zone)
    open_until = re.search(r"jusqu'au (.*?)\.</p>", page, re.S).group(1)
    assert deadline_day in open_until and deadline_time in open_until

    listing = client.get(french_assembly.get_parent().url).content.decode()
    card = re.search(r'<li class="card".*?</li>', listing, re.S).group(0)
    assert start_day in card and start_time in card

    registration = Registration.objects.create(
        assembly=source,
        user=UserFactory(),
        name="Inès",
        email=f"ines-{Registration.objects.count()}@example.org",
        language="fr",
        status=Registration.Status.CONFIRMED,
    )
    with translation.override("fr"):
        panel = render_to_string(
            "network/dashboard/registrations.html", {"registrations": [registration]}
        )
    assert start_day in panel and start_time in panel

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_registration_email(registration)
    line = next(row for row in mail.outbox[0].body.splitlines() if row.startswith("Quand"))
    assert start_day in line and start_time in line and end_time in line


def test_a_closed_call_for_proposals_names_its_deadline_in_the_assemblys_time(sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Evening assembly", timezone="Europe/Lisbon"
    )
    # 23:30 UTC on 1 July is half past midnight on 2 July in Lisbon's summer time.
    AssemblyPage.objects.filter(pk=assembly.pk).update(
        proposal_deadline=datetime.datetime(2026, 7, 1, 23, 30, tzinfo=UTC)
    )
    assembly.refresh_from_db()
    with translation.override("fr"), pytest.raises(proposals.ProposalError) as refused:
        proposals.submit_proposal(
            assembly, UserFactory(), title="Cuisines", text="Partageons.", language="fr"
        )
    assert str(refused.value) == (
        "Les propositions pour cette assemblée ont fermé le jeudi 2 juillet 2026, 00:30 "
        "(heure : Portugal (Lisbonne))."
    )


MEXICO_EVENING = datetime.datetime(2027, 1, 16, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "written", "zone"),
    [
        ("en", "Friday, January 15, 2027, 7:00\u202fPM", "Mexico (Mexico City) Time"),
        ("es", "viernes, 15 de enero de 2027, 19:00", "hora de México (Ciudad de México)"),
        ("fr", "vendredi 15 janvier 2027, 19:00", "heure : Mexique (Mexico)"),
        ("pt", "sexta-feira, 15 de janeiro de 2027 19:00", "Horário México (Cidade do México)"),
        ("ar", "الجمعة، 15 يناير 2027، 7:00 م", "توقيت المكسيك (مكسيكو سيتي)"),
    ],
)
def test_each_language_writes_the_day_and_hour_its_own_way(language, written, zone):
    assert format_datetime_in_zone(MEXICO_EVENING, "America/Mexico_City", language) == written
    assert zone_name("America/Mexico_City", language) == zone


def test_an_evening_is_written_once_with_its_day():
    end = MEXICO_EVENING + datetime.timedelta(hours=2)
    assert (
        format_span_in_zone(MEXICO_EVENING, end, "America/Mexico_City", "en")
        == "Friday, January 15, 2027, 7:00\u202fPM – 9:00\u202fPM"
    )


def test_the_viewers_own_time_follows_their_profile(client, sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Evening assembly", timezone="America/Mexico_City"
    )
    AssemblyPage.objects.filter(pk=assembly.pk).update(
        start=MEXICO_EVENING, end=MEXICO_EVENING + datetime.timedelta(hours=2)
    )
    client.force_login(UserFactory(timezone="Asia/Kolkata"))
    with timezone.override("UTC"):
        page = client.get(assembly.url).content.decode()
    assert "Your time: Saturday, January 16, 2027, 6:30\u202fAM (India Time)" in page


def test_a_round_closes_at_the_hour_of_its_own_zone(client, home_site):
    from tests.factories import make_round

    grant_round = make_round(
        home_site,
        closes_at=datetime.datetime(2027, 7, 1, 22, 30, tzinfo=UTC),
        timezone="Europe/Lisbon",
    )
    page = client.get(grant_round.url).content.decode()
    assert "closes Thursday, July 1, 2027, 11:30\u202fPM (Portugal (Lisbon) Time)" in page


def test_the_decisions_list_dates_an_evening_assembly_by_its_own_day(client, sections):
    from network.models import AssemblyDecision

    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="Mexico City assembly",
        starts_in=-datetime.timedelta(days=30),
        timezone="America/Mexico_City",
    )
    # 19:00 on 10 June in Mexico City is already 11 June in UTC.
    evening = datetime.datetime(2026, 6, 11, 1, 0, tzinfo=UTC)
    AssemblyPage.objects.filter(pk=assembly.pk).update(
        start=evening, end=evening + datetime.timedelta(hours=2)
    )
    AssemblyDecision.objects.create(
        page=assembly, text="We share kitchens.", outcome="consensus", locale=assembly.locale
    )
    html = client.get("/en/assemblies/decisions/").content.decode()
    assert ">June 10, 2026</time>" in html
