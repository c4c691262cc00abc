"""Addresses of an assembly asked for at the wrong moment answer a page that says why."""

import datetime

import pytest

from network.models import Proposal
from tests.factories import AssemblyPageFactory

pytestmark = pytest.mark.django_db


def test_the_proposal_form_of_a_past_assembly_says_proposals_are_closed(client, sections, member):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Winter assembly", starts_in=-datetime.timedelta(days=3)
    )
    client.force_login(member)

    response = client.get(f"{assembly.url}propose/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Proposals for this assembly are closed." in html
    assert 'name="title"' not in html
    assert not Proposal.objects.exists()
