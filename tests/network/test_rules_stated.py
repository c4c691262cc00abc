"""The assembly rules written out by hand: places up to exactly the capacity, the waiting
list moving up the FIRST person waiting, and what a person sees of their own registrations
and of an assembly's time (in the assembly's zone, never the server's)."""

import datetime

import pytest
import time_machine
from django.core import mail

from network import proposals, registrations
from network.models import Proposal, Registration
from tests.factories import AssemblyPageFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db

# 18:00 UTC is 15:00 in São Paulo (UTC-3 all year); the server runs in UTC.
START = datetime.datetime(2027, 3, 10, 18, 0, tzinfo=datetime.UTC)
NNBSP = "\u202f"  # Babel writes a narrow no-break space before AM/PM


def _register(assembly, count):
    people = [UserFactory(display_name=f"Person {n}") for n in range(count)]
    return [
        registrations.register(
            assembly, name=person.display_name, email=person.email, language="en", user=person
        )
        for person in people
    ]


def _statuses(assembly):
    return list(assembly.registrations.order_by("pk").values_list("status", flat=True))


def test_an_assembly_fills_to_exactly_its_capacity_then_people_wait(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=3)
    _register(assembly, 2)
    assert _statuses(assembly) == ["confirmed", "confirmed"]

    _register(assembly, 1)  # the last place
    assert _statuses(assembly) == ["confirmed"] * 3

    _register(assembly, 1)  # exactly full: the next one waits
    assert _statuses(assembly) == ["confirmed"] * 3 + ["waitlisted"]


def test_a_newcomer_waits_when_the_capacity_was_lowered_below_the_places_taken(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=3)
    _register(assembly, 3)
    assembly.capacity = 2  # the editors moved it to a smaller room
    assembly.save()

    _register(assembly, 1)

    assert _statuses(assembly) == ["confirmed"] * 3 + ["waitlisted"]


def test_registration_stays_open_until_the_very_moment_the_assembly_ends(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, starts_in=datetime.timedelta(days=2))
    late, too_late = (UserFactory(display_name=name) for name in ("Late", "Too late"))

    with time_machine.travel(assembly.end - datetime.timedelta(microseconds=1), tick=False):
        registrations.register(assembly, name="Late", email=late.email, language="en", user=late)
    with (
        time_machine.travel(assembly.end, tick=False),
        pytest.raises(registrations.RegistrationError, match="already taken place"),
    ):
        registrations.register(
            assembly, name="Too late", email=too_late.email, language="en", user=too_late
        )

    assert _statuses(assembly) == ["confirmed"]


def test_a_guest_confirming_the_last_place_gets_it_and_the_next_guest_waits(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=2)
    _register(assembly, 1)
    guests = [
        registrations.register(assembly, name=name, email=f"{name}@example.org", language="en")
        for name in ("ana", "bea")
    ]
    assert [g.status for g in guests] == ["unconfirmed", "unconfirmed"]

    assert registrations.confirm(guests[0]).status == Registration.Status.CONFIRMED
    assert registrations.confirm(guests[1]).status == Registration.Status.WAITLISTED


def test_an_assembly_without_a_capacity_never_makes_anyone_wait(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=None)
    _register(assembly, 4)
    assert _statuses(assembly) == ["confirmed"] * 4


def test_a_freed_place_goes_to_the_first_of_three_people_waiting(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1)
    holder, first, second, third = _register(assembly, 4)
    assert [r.status for r in (first, second, third)] == ["waitlisted"] * 3

    promoted = registrations.cancel(holder)

    assert promoted == first
    for registration in (holder, first, second, third):
        registration.refresh_from_db()
    assert [r.status for r in (holder, first, second, third)] == [
        "cancelled",
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    # The next place freed goes to the next in line.
    assert registrations.cancel(first) == second


def test_the_person_moved_up_is_told_a_place_is_free_for_them(
    sections, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1, title="Tenants")
    holder, waiting = _register(assembly, 2)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        registrations.cancel(holder)

    [message] = mail.outbox
    assert message.to == [waiting.email]
    assert message.subject == "A place is free for you: Tenants"
    assert "Someone cancelled, so you now have a place at “Tenants”." in message.body


def test_a_person_leaving_the_waiting_list_moves_no_one_up(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1)
    _holder, first, _second = _register(assembly, 3)
    assert registrations.cancel(first) is None
    assert _statuses(assembly) == ["confirmed", "cancelled", "waitlisted"]


def _guests(assembly, *names):
    """Guests who registered and clicked their confirmation link, in that order."""
    return [
        registrations.confirm(
            registrations.register(assembly, name=name, email=f"{name}@example.org", language="en")
        )
        for name in names
    ]


def test_a_confirmation_link_clicked_again_keeps_the_place_in_the_queue(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1)
    (holder,) = _register(assembly, 1)
    first, second = _guests(assembly, "ana", "bea")

    registrations.confirm(first)  # the link again, after bea confirmed
    registrations.cancel(holder)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("confirmed", "waitlisted")


def test_a_confirmation_link_clicked_again_in_a_full_assembly_keeps_the_place(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1)
    (guest,) = _guests(assembly, "ana")

    registrations.confirm(guest)

    guest.refresh_from_db()
    assert guest.status == "confirmed"


def test_a_confirmation_link_gives_no_place_once_the_registration_is_cancelled(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=2)
    (guest,) = _guests(assembly, "ana")
    registrations.cancel(guest)

    registrations.confirm(guest)

    guest.refresh_from_db()
    assert guest.status == "cancelled"
    assert _statuses(assembly) == ["cancelled"]


def test_a_guest_who_confirmed_first_waits_ahead_of_a_member_who_registered_later(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1)
    (holder,) = _register(assembly, 1)
    (guest,) = _guests(assembly, "ana")
    (member,) = _register(assembly, 1)

    assert registrations.cancel(holder) == guest
    member.refresh_from_db()
    assert member.status == "waitlisted"


def test_cancelling_again_from_an_older_copy_changes_nothing(sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, capacity=1)
    holder, waiting = _register(assembly, 2)
    older_copy = Registration.objects.get(pk=holder.pk)
    assert registrations.cancel(holder) == waiting
    holder.refresh_from_db()

    assert registrations.cancel(older_copy) is None

    older_copy.refresh_from_db()
    assert older_copy.cancelled_at == holder.cancelled_at
    assert _statuses(assembly) == ["cancelled", "confirmed"]


@pytest.mark.parametrize("status", [Proposal.Status.PENDING, Proposal.Status.REJECTED])
def test_only_an_approved_proposal_can_be_supported(sections, status):
    assembly = AssemblyPageFactory(parent=sections.assemblies)
    proposal = ProposalFactory(assembly=assembly, status=status)
    proposal = Proposal.objects.get(pk=proposal.pk)  # the status as read from the database

    with pytest.raises(proposals.ProposalError, match="Only approved proposals"):
        proposals.support_proposal(proposal, UserFactory())

    assert not proposal.supports.exists()


def test_the_assembly_page_shows_its_start_in_the_assembly_zone(client, sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="São Paulo assembly",
        start=START,
        end=START + datetime.timedelta(hours=3),
        timezone="America/Sao_Paulo",
    )
    html = client.get(assembly.url).content.decode()
    assert f"Wednesday, March 10, 2027, 3:00{NNBSP}PM – 6:00{NNBSP}PM" in html
    assert f"6:00{NNBSP}PM – 9:00{NNBSP}PM" not in html  # the server's zone


def test_the_dashboard_lists_my_registrations_with_their_local_time(client, sections, member):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="São Paulo assembly",
        start=START,
        end=START + datetime.timedelta(hours=3),
        timezone="America/Sao_Paulo",
        capacity=1,
    )
    waiting = AssemblyPageFactory(parent=sections.assemblies, title="Full room", capacity=1)
    _register(waiting, 1)
    for page in (assembly, waiting):
        registrations.register(page, name="Me", email=member.email, language="en", user=member)
    client.force_login(member)

    html = client.get("/en/members/").content.decode()

    panel = html.split("My assembly registrations")[1]
    assert "You have not registered for any assembly yet." not in panel
    assert "São Paulo assembly</a> · <time" in panel
    assert f"Wednesday, March 10, 2027, 3:00{NNBSP}PM</time> · Registered" in panel
    assert "Full room</a>" in panel
    assert "On the waiting list" in panel
