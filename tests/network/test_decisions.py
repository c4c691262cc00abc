"""Stories about the decisions list across assemblies. (The demo loaded twice adding nothing is in
tests/website/test_demo.py.)"""

import datetime

import pytest

from network.models import (
    AssemblyDecision,
    Proposal,
)
from tests.factories import AssemblyPageFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def _decide(assembly, text, outcome, proposal=None):
    AssemblyDecision.objects.create(
        page=assembly, text=text, outcome=outcome, proposal=proposal, locale=assembly.locale
    )


def test_the_decisions_list_spans_assemblies_and_filters_by_outcome(client, sections, member):
    lisbon = AssemblyPageFactory(
        parent=sections.assemblies, title="Lisbon assembly", starts_in=-datetime.timedelta(days=90)
    )
    online = AssemblyPageFactory(
        parent=sections.assemblies, title="Online assembly", starts_in=-datetime.timedelta(days=20)
    )
    fund = ProposalFactory(
        assembly=lisbon, author=member, title="An eviction fund", status=Proposal.Status.APPROVED
    )
    _decide(lisbon, "We start an eviction fund.", "consensus", fund)
    _decide(online, "A membership fee waits for the next assembly.", "deferred")

    html = client.get("/en/assemblies/decisions/").content.decode()
    assert "We start an eviction fund." in html and "A membership fee waits" in html
    assert "An eviction fund" in html

    html = client.get("/en/assemblies/decisions/?outcome=deferred").content.decode()
    assert "A membership fee waits" in html and "We start an eviction fund." not in html
