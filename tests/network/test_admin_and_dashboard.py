"""Stories about organisers' lists in the admin and the member dashboard panels."""

import csv
import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale

from network.models import Proposal, Registration
from network.wagtail_hooks import my_assembly_registrations, my_proposals
from tests.factories import AssemblyPageFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_organisers_export_one_assemblys_registrations_as_csv(
    client, sections, member, other_member
):
    dakar = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    lisbon = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    for person in (member, other_member):
        client.force_login(person)
        client.post(f"{dakar.url}register/")
    client.post(f"{lisbon.url}register/")
    client.force_login(UserFactory(email="boss@example.org", staff=True))

    response = client.get(f"/admin/network_registrations/?assembly={dakar.pk}&export=csv")

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    emails = sorted(row[1] for row in rows[1:])
    assert emails == [member.email, other_member.email]


def test_the_registrations_export_writes_formula_like_names_as_text(client, sections):
    dakar = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    Registration.objects.create(
        assembly=dakar, name='=HYPERLINK("https://evil.example","Rosa")', email="r@example.org"
    )
    client.force_login(UserFactory(email="boss@example.org", staff=True))

    response = client.get(f"/admin/network_registrations/?assembly={dakar.pk}&export=csv")

    header, row = csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row[:3] == ['\'=HYPERLINK("https://evil.example","Rosa")', "r@example.org", dakar.title]


def test_a_member_cannot_read_the_registrations(client, sections, member):
    client.force_login(member)

    response = client.get("/admin/network_registrations/?export=csv")

    assert response.status_code == 302
    assert "Registration" not in response.content.decode()


def _panels(rf, user):
    request = rf.get("/")
    request.user = user
    registered = hooks.get_hooks("member_dashboard_panels")
    assert my_assembly_registrations in registered and my_proposals in registered
    return {
        panel["title"]: panel
        for panel in (my_assembly_registrations(request), my_proposals(request))
    }


def test_the_dashboard_shows_my_registrations_and_my_proposals(rf, sections, member, other_member):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    Registration.objects.create(
        assembly=assembly, user=member, name="Inès", email=member.email, status="confirmed"
    )
    ProposalFactory(
        assembly=assembly,
        author=member,
        title="My idea",
        status=Proposal.Status.REJECTED,
        rejection_reason="Too late",
    )
    ProposalFactory(assembly=assembly, author=other_member, title="Their idea")

    panels = _panels(rf, member)

    registrations = panels["My assembly registrations"]
    assert [r.assembly.title for r in registrations["context"]["registrations"]] == [
        "Dakar assembly"
    ]
    proposals = panels["My proposals"]
    assert [p.title for p in proposals["context"]["proposals"]] == ["My idea"]
    from django.template.loader import render_to_string

    html = render_to_string(proposals["template"], proposals["context"])
    assert "Too late" in html


def test_registrations_are_not_added_in_the_admin(client, sections):
    client.force_login(UserFactory(email="boss@example.org", staff=True))

    response = client.post("/admin/network_registrations/new/", {"status": "confirmed"})

    assert response.status_code == 302
    assert not Registration.objects.exists()


def test_the_dashboard_names_each_assembly_in_the_readers_language(client, sections, member):
    dakar = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    lisbon = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    arabic = dakar.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    arabic.title = "جمعية داكار"
    arabic.save_revision().publish()
    for assembly in (dakar, lisbon):
        Registration.objects.create(
            assembly=assembly, user=member, name="Inès", email=member.email, status="confirmed"
        )
    ProposalFactory(assembly=lisbon, author=member, title="My idea", language="en")
    client.force_login(member)

    with translation.override("ar"):
        page = client.get(reverse("members:dashboard")).content.decode()

    assert re.search(r'<a href="/ar/[^"]*">جمعية داكار</a>', page)
    assert "Dakar assembly" not in page
    # Lisbon has no Arabic version: its English title is marked as English.
    assert (
        len(re.findall(r'<a href="/en/[^"]*" lang="en" dir="ltr">Lisbon assembly</a>', page)) == 2
    )
    assert '<span lang="en" dir="auto">My idea</span>' in page
