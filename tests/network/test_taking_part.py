"""Stories about a member taking part in an assembly from the site: cancelling a registration
(on the assembly page and on the dashboard), a full assembly's waiting list, confirming a
guest's address with a button, withdrawing support, and decisions that answer proposals."""

import datetime

import pytest
from django.core import mail

from network.models import AssemblyDecision, Proposal, ProposalSupport, Registration
from network.registrations import CONFIRM_SALT, make_token
from tests.factories import AssemblyPageFactory, ProposalFactory, UserFactory, translate_page

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
# 01:00 UTC on 10 March is 19:00 on 9 March in Mexico City (UTC-6, no summer time).
MEXICO_EVENING = datetime.datetime(2027, 3, 10, 1, 0, tzinfo=UTC)


def _mexico_assembly(sections, **kwargs):
    return AssemblyPageFactory(
        parent=sections.assemblies,
        title="Mexico City assembly",
        timezone="America/Mexico_City",
        start=MEXICO_EVENING,
        end=MEXICO_EVENING + datetime.timedelta(hours=2),
        **kwargs,
    )


def _register(client, person, assembly):
    client.force_login(person)
    client.post(f"{assembly.url}register/")


def _status_of(person):
    return Registration.objects.filter(user=person).values_list("status", flat=True).get()


def test_a_member_cancels_on_the_assembly_page_and_the_first_of_three_waiting_moves_up(
    client, sections, member, other_member, django_capture_on_commit_callbacks
):
    assembly = _mexico_assembly(sections, capacity=1)
    _register(client, member, assembly)
    client.logout()
    # Rosa registers before the members but confirms her address after them: she joined the
    # queue last.
    client.post(f"{assembly.url}register/", {"name": "Rosa", "email": "rosa@example.org"})
    rosa = Registration.objects.get(email="rosa@example.org")
    lee = UserFactory(email="lee@example.org", display_name="Lee", preferred_language="en")
    _register(client, other_member, assembly)
    _register(client, lee, assembly)
    client.logout()
    client.post(f"/en/assemblies/registrations/{make_token(rosa, CONFIRM_SALT)}/confirm/")
    client.force_login(member)
    page = client.get(assembly.url).content.decode()
    assert "Registered" in page
    assert "Cancel my registration" in page
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{assembly.url}cancel-registration/", follow=True)

    html = response.content.decode()
    assert "Your registration for “Mexico City assembly” is cancelled." in html
    assert "Join the waiting list" in html
    assert _status_of(member) == "cancelled"
    assert _status_of(other_member) == "confirmed"
    assert _status_of(lee) == "waitlisted"
    rosa.refresh_from_db()
    assert rosa.status == "waitlisted"
    [message] = mail.outbox
    assert message.to == [other_member.email]
    assert "Mexico City assembly" in message.subject
    client.force_login(other_member)
    assert "Registered" in client.get(assembly.url).content.decode()

    client.post(f"{assembly.url}cancel-registration/")

    # Lee waited longer than Rosa, although Rosa's registration is older.
    assert _status_of(lee) == "confirmed"
    rosa.refresh_from_db()
    assert rosa.status == "waitlisted"


def test_a_member_cancels_from_the_dashboard_and_returns_to_it(client, sections, member):
    assembly = _mexico_assembly(sections)
    _register(client, member, assembly)

    dashboard = client.get("/en/members/").content.decode()
    assert "Mexico City assembly" in dashboard
    assert "Tuesday, March 9, 2027, 7:00\u202fPM" in dashboard
    assert "Registered" in dashboard
    assert "Cancel my registration" in dashboard

    response = client.post(
        f"{assembly.url}cancel-registration/", {"next": "/en/members/"}, follow=True
    )

    assert response.redirect_chain[-1][0] == "/en/members/"
    html = response.content.decode()
    assert "Your registration for “Mexico City assembly” is cancelled." in html
    assert "You have not registered for any assembly yet." in html
    assert _status_of(member) == "cancelled"


def test_nobody_cancels_someone_elses_registration(client, sections, member, other_member):
    assembly = _mexico_assembly(sections)
    _register(client, member, assembly)
    client.force_login(other_member)

    response = client.post(
        f"{assembly.url}cancel-registration/", {"next": "https://evil.example/"}, follow=True
    )

    assert response.redirect_chain[-1][0] == assembly.url
    assert "You are not registered for this assembly." in response.content.decode()
    assert _status_of(member) == "confirmed"
    client.logout()
    assert client.post(f"{assembly.url}cancel-registration/").status_code == 302
    assert _status_of(member) == "confirmed"


def test_a_full_assembly_offers_its_waiting_list_before_anyone_registers(
    client, sections, member, other_member
):
    assembly = _mexico_assembly(sections, capacity=1)
    _register(client, member, assembly)

    client.force_login(other_member)
    for_a_member = client.get(assembly.url).content.decode()
    client.logout()
    for_a_guest = client.get(assembly.url).content.decode()

    for html in (for_a_member, for_a_guest):
        assert "Join the waiting list" in html
        assert "Register for this assembly" not in html
        assert "Register as a guest" not in html
        assert "0 / 1" in html
    assert "Join the waiting list as a guest" in for_a_guest


def test_a_guests_confirm_link_opens_a_page_and_only_its_button_confirms(
    client, sections, django_capture_on_commit_callbacks
):
    assembly = _mexico_assembly(sections)
    spanish = translate_page(assembly, "es", title="Asamblea de la Ciudad de México")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{spanish.url}register/", {"name": "Rosa", "email": "rosa@example.org"})
    [message] = mail.outbox
    link = next(line for line in message.body.splitlines() if "/confirm/" in line).strip()
    path = link.removeprefix("http://testserver")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(path)

    html = response.content.decode()
    # The page names one person and carries their form token: no shared cache keeps it.
    assert "private" in response["Cache-Control"]
    assert "Asamblea de la Ciudad de México" in html
    assert "martes, 9 de marzo de 2027, 19:00" in html
    assert "Confirmar mi inscripción" in html
    assert Registration.objects.get().status == "unconfirmed"
    assert len(mail.outbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path)

    assert "Tu plaza en «Asamblea de la Ciudad de México» está confirmada" in (
        response.content.decode()
    )
    assert Registration.objects.get().status == "confirmed"
    assert len(mail.outbox) == 2


def test_a_waitlisted_guest_reads_that_they_wait_not_that_they_are_confirmed(
    client, sections, member
):
    assembly = _mexico_assembly(sections, capacity=1)
    _register(client, member, assembly)
    client.logout()
    client.post(f"{assembly.url}register/", {"name": "Rosa", "email": "rosa@example.org"})
    rosa = Registration.objects.get(email="rosa@example.org")

    response = client.post(
        f"/en/assemblies/registrations/{make_token(rosa, CONFIRM_SALT)}/confirm/"
    )

    html = response.content.decode()
    assert "You are on the waiting list" in html
    assert "“Mexico City assembly” is full: you are on the waiting list." in html
    assert "Registration confirmed" not in html and "is confirmed" not in html
    rosa.refresh_from_db()
    assert rosa.status == "waitlisted"


def test_a_guest_confirming_after_the_assembly_is_told_it_has_taken_place(client, sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Lisbon assembly", starts_in=-datetime.timedelta(days=2)
    )
    rosa = Registration.objects.create(assembly=assembly, name="Rosa", email="rosa@example.org")

    response = client.post(
        f"/en/assemblies/registrations/{make_token(rosa, CONFIRM_SALT)}/confirm/"
    )

    assert response.status_code == 200
    assert "This assembly has already taken place." in response.content.decode()
    rosa.refresh_from_db()
    assert rosa.status == "unconfirmed"


def test_a_member_withdraws_their_own_support_only(client, sections, member, other_member):
    assembly = _mexico_assembly(sections)
    proposal = ProposalFactory(
        assembly=assembly, author=other_member, title="Shared kitchens", status="approved"
    )
    ProposalSupport.objects.create(proposal=proposal, user=other_member)
    client.force_login(member)
    client.post(f"{assembly.url}proposals/{proposal.pk}/support/")
    assert "Withdraw my support" in client.get(assembly.url).content.decode()

    response = client.post(f"{assembly.url}proposals/{proposal.pk}/withdraw/", follow=True)

    html = response.content.decode()
    assert "You no longer support “Shared kitchens”." in html
    assert "1 supporter" in html
    assert ProposalSupport.objects.filter(proposal=proposal).get().user == other_member

    response = client.post(f"{assembly.url}proposals/{proposal.pk}/withdraw/", follow=True)

    assert "You do not support this proposal." in response.content.decode()
    assert ProposalSupport.objects.filter(proposal=proposal, user=other_member).exists()
    client.logout()
    assert client.post(f"{assembly.url}proposals/{proposal.pk}/withdraw/").status_code == 302
    assert ProposalSupport.objects.count() == 1


def test_each_decision_links_to_the_proposal_it_answers_and_the_proposal_shows_it(
    client, sections, member
):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Lisbon assembly", starts_in=-datetime.timedelta(days=9)
    )
    proposal = ProposalFactory(
        assembly=assembly, author=member, title="An eviction fund", status=Proposal.Status.APPROVED
    )
    decision = AssemblyDecision.objects.create(
        page=assembly,
        text="We start an eviction fund.",
        outcome="consensus",
        proposal=proposal,
        locale=assembly.locale,
    )

    log = client.get("/en/assemblies/decisions/").content.decode()
    page = client.get(assembly.url).content.decode()

    assert f'<a href="{assembly.url}#proposal-{proposal.pk}">An eviction fund</a>' in log
    assert f'id="decision-{decision.pk}"' in page
    assert "Decision (Consensus):" in page
    assert f'<a href="#decision-{decision.pk}">We start an eviction fund.</a>' in page
