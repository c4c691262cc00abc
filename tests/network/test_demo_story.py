"""The demo's assemblies tell one story, "Becoming Catalysts": each meets at a venue of its own
city, members post ideas in advance, and each decision, reached by consensus, answers the
proposal it links to, in the evening of its own zone on three continents."""

import datetime
import zoneinfo

import pytest

from network.models import AssemblyDecision, AssemblyPage, Proposal

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(demo_database, django_db_blocker, module_media):
    """The demo's assemblies, for every test of the module."""
    yield from demo_database.shared(django_db_blocker, module_media)


def test_each_decision_answers_by_consensus_a_proposal_of_its_own_assembly(demo):
    decisions = AssemblyDecision.objects.select_related("page", "proposal")
    assert decisions.exists()
    for decision in decisions:
        proposal = decision.proposal
        assert proposal is not None, decision.text
        assert proposal.status == Proposal.Status.APPROVED
        assert proposal.assembly_id == decision.page.get_translation(proposal.assembly.locale).pk
        assert decision.outcome == AssemblyDecision.Outcome.CONSENSUS, decision.text
    answered = {decision.proposal_id for decision in decisions}
    past = [
        page for page in AssemblyPage.objects.filter(locale__language_code="en") if page.minutes
    ]
    for assembly in past:
        approved = set(
            Proposal.objects.filter(assembly=assembly, status=Proposal.Status.APPROVED).values_list(
                "pk", flat=True
            )
        )
        assert approved and approved <= answered, assembly


def test_ideas_are_posted_to_one_assembly_each(demo):
    titles = list(Proposal.objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles))


def test_each_assembly_meets_at_a_venue_of_its_own_city(client, demo):
    held = AssemblyPage.objects.filter(locale__language_code="en").exclude(city="")
    venues = {page.city: page.venue for page in held}
    assert len(venues) >= 2 and all(venues.values())
    assert len(set(venues.values())) == len(venues)

    upcoming = held.filter(minutes="").order_by("start").first()
    html = client.get(upcoming.url).content.decode()
    assert upcoming.venue in html and upcoming.city in html


def test_the_demo_contact_form_stores_answers_under_one_key_per_field_in_every_language(demo):
    from network.models import ContactFormField

    keys = {}
    for field in ContactFormField.objects.select_related("locale"):
        keys.setdefault(field.locale.language_code, []).append(field.clean_name)
    assert len(keys) == 5
    assert all(sorted(names) == sorted(keys["en"]) for names in keys.values()), keys


def test_demo_assemblies_meet_in_the_evening_of_their_own_zone(demo):
    """Evenings from 19:00 to 21:00 in their own zone, each agenda within its assembly's hours."""
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
