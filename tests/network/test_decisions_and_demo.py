"""Stories about the decisions list across assemblies, and the demo content loader."""

import datetime
import io

import pytest
from django.core.management.base import OutputWrapper
from wagtail.models import WorkflowPage

from network.models import (
    AssemblyDecision,
    AssemblyPage,
    ContactPage,
    NewsPage,
    Proposal,
    Registration,
    Resource,
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


def test_the_demo_loads_twice_without_duplicates(home_site):
    from network import demo

    out = OutputWrapper(io.StringIO())
    demo.load(out)
    counts = [
        model.objects.count()
        for model in (
            NewsPage,
            AssemblyPage,
            AssemblyDecision,
            Proposal,
            Registration,
            Resource,
            ContactPage,
        )
    ]
    demo.load(out)

    assert counts == [
        model.objects.count()
        for model in (
            NewsPage,
            AssemblyPage,
            AssemblyDecision,
            Proposal,
            Registration,
            Resource,
            ContactPage,
        )
    ]
    assert NewsPage.objects.filter(locale__language_code="en").count() == 12
    assert AssemblyPage.objects.filter(locale__language_code="ar").count() == 4
    assert WorkflowPage.objects.filter(workflow__name="Network publishing").count() == 10
