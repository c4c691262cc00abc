"""Stories about registering for an assembly: members in one click, guests by email, a
waiting list beyond capacity, and cancel links that work only for their own registration."""

import datetime

import pytest
from django.core import mail
from icalendar import Calendar

from network.models import AssemblyPage, Registration
from network.registrations import CANCEL_SALT, make_token
from tests.factories import AssemblyPageFactory, UserFactory, translate_page

pytestmark = pytest.mark.django_db


def _link(message, marker):
    return next(line for line in message.body.splitlines() if marker in line).strip()


def _path(url):
    return url.removeprefix("http://testserver")


def test_a_member_registers_in_one_click_and_gets_an_email_in_their_language(
    client, sections, member, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="Dakar assembly",
        online_url="https://meet.example/a",
        format="hybrid",
    )
    translate_page(assembly, "fr", title="Assemblée de Dakar")
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{assembly.url}register/", follow=True)

    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert "https://meet.example/a" in response.content.decode()
    [message] = mail.outbox
    assert "Assemblée de Dakar" in message.subject
    assert message.to == [member.email]
    [(filename, content, mimetype)] = message.attachments
    assert mimetype == "text/calendar"
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == assembly.start
    assert "/fr/assemblies/registrations/" in _link(message, "/cancel/")


def test_the_online_link_stays_hidden_from_people_without_a_place(client, sections, member):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="Online",
        online_url="https://meet.example/b",
        format="online",
    )

    assert "https://meet.example/b" not in client.get(assembly.url).content.decode()
    client.force_login(member)
    assert "https://meet.example/b" not in client.get(assembly.url).content.decode()


def test_a_guest_registers_confirms_by_email_and_then_holds_a_place(
    client, sections, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly", capacity=10)
    spanish = translate_page(assembly, "es", title="Asamblea de Lisboa")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{spanish.url}register/", {"name": "Rosa", "email": "Rosa@Example.org"})

    registration = Registration.objects.get()
    assert registration.status == Registration.Status.UNCONFIRMED
    assert registration.language == "es"
    assert registration.email == "rosa@example.org"
    [message] = mail.outbox
    assert "Asamblea de Lisboa" in message.subject
    assert not message.attachments

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_path(_link(message, "/confirm/")))

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert response.status_code == 200
    assert len(mail.outbox) == 2
    assert mail.outbox[1].attachments


def test_bad_guest_input_keeps_what_was_typed(client, sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")

    response = client.post(
        f"{assembly.url}register/", {"name": "Rosa Parks", "email": "not-an-email"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="Rosa Parks"' in html
    assert 'value="not-an-email"' in html
    assert "Enter a valid email address." in html
    assert not Registration.objects.exists()


def _guest_answer(client, assembly, name, email):
    response = client.post(f"{assembly.url}register/", {"name": name, "email": email}, follow=True)
    return response.status_code, [str(message) for message in response.context["messages"]]


def test_a_known_address_gets_the_same_answer_as_a_new_one_and_the_rest_by_email(
    client, sections, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    member = UserFactory(email="lee@example.org", preferred_language="en")
    client.post(f"{assembly.url}register/", {"name": "Rosa", "email": "rosa@example.org"})
    client.force_login(member)
    client.post(f"{assembly.url}register/")
    client.logout()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        new = _guest_answer(client, assembly, "Ana", "ana@example.org")
        unconfirmed = _guest_answer(client, assembly, "Rosa again", "Rosa@example.org")
        with_a_place = _guest_answer(client, assembly, "Someone", member.email)

    assert new == unconfirmed == with_a_place
    almost_done = (
        "Almost done: we have sent you an email. Follow its link to confirm your registration."
    )
    assert new == (200, [almost_done])
    assert Registration.objects.count() == 3
    to_ana, to_rosa, to_member = mail.outbox
    assert "already registered" not in to_ana.body
    assert to_rosa.to == ["rosa@example.org"]
    assert "This address is already registered" in to_rosa.body
    assert "/confirm/" in to_rosa.body
    assert to_member.to == [member.email]
    assert "This address is already registered" in to_member.body
    assert "You have a place" in to_member.body
    assert "/cancel/" in to_member.body


def test_a_member_registering_twice_is_told_so(client, sections, member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    client.force_login(member)
    client.post(f"{assembly.url}register/")

    response = client.post(f"{assembly.url}register/")

    assert "already registered" in response.content.decode()
    assert Registration.objects.count() == 1


def test_a_full_assembly_puts_people_on_the_waiting_list_and_says_so(
    client, sections, member, other_member
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Small room", capacity=1)
    client.force_login(member)
    client.post(f"{assembly.url}register/")
    client.force_login(other_member)

    response = client.post(f"{assembly.url}register/", follow=True)

    assert "waiting list" in response.content.decode()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {member.email: "confirmed", other_member.email: "waitlisted"}


def test_cancelling_moves_the_first_person_waiting_up_and_tells_them(
    client, sections, member, other_member, django_capture_on_commit_callbacks
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Small room", capacity=1)
    for person in (member, other_member):
        client.force_login(person)
        client.post(f"{assembly.url}register/")
    client.logout()
    first = Registration.objects.get(email=member.email)
    mail.outbox.clear()

    cancel_url = _path(_link_from_token(first))
    assert "Small room" in client.get(cancel_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url)

    first.refresh_from_db()
    second = Registration.objects.get(email=other_member.email)
    assert first.status == Registration.Status.CANCELLED
    assert second.status == Registration.Status.CONFIRMED
    [message] = mail.outbox
    assert message.to == [other_member.email]
    assert message.attachments


def _link_from_token(registration):
    return f"/en/assemblies/registrations/{make_token(registration, CANCEL_SALT)}/cancel/"


def test_a_cancel_link_works_only_for_its_own_registration(client, sections, member, other_member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Room")
    for person in (member, other_member):
        client.force_login(person)
        client.post(f"{assembly.url}register/")
    client.logout()
    mine, theirs = Registration.objects.order_by("pk")
    my_token = make_token(mine, CANCEL_SALT)
    forged = my_token.replace(my_token[-3:], "abc")

    assert client.post(f"/en/assemblies/registrations/{forged}/cancel/").status_code == 404
    assert client.post(f"/en/assemblies/registrations/{theirs.pk}/cancel/").status_code == 404
    client.post(f"/en/assemblies/registrations/{my_token}/cancel/")

    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.status == Registration.Status.CANCELLED
    assert theirs.status == Registration.Status.CONFIRMED


def test_a_confirmation_token_cannot_cancel(client, sections):
    from network.registrations import CONFIRM_SALT

    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Room")
    client.post(f"{assembly.url}register/", {"name": "Rosa", "email": "rosa@example.org"})
    registration = Registration.objects.get()

    response = client.post(
        f"/en/assemblies/registrations/{make_token(registration, CONFIRM_SALT)}/cancel/"
    )

    assert response.status_code == 404


def test_registration_for_a_past_assembly_is_refused(client, sections, member):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Done", starts_in=-datetime.timedelta(days=3)
    )
    client.force_login(member)

    client.post(f"{assembly.url}register/")

    assert not Registration.objects.exists()


def test_registrations_from_any_language_count_against_the_same_places(client, sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Room", capacity=1)
    spanish = translate_page(assembly, "es", title="Sala")
    client.force_login(UserFactory(email="a@example.org"))
    client.post(f"{assembly.url}register/")
    client.force_login(UserFactory(email="b@example.org"))

    client.post(f"{spanish.url}register/")

    assert set(Registration.objects.values_list("assembly_id", flat=True)) == {assembly.pk}
    assert Registration.objects.get(email="b@example.org").status == "waitlisted"
    assert AssemblyPage.objects.get(pk=spanish.pk).source_page().pk == assembly.pk
