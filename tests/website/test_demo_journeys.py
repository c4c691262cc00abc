"""The demo people find their own work on their dashboard and in their work area."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape

from grants.models import Application, ReviewAssignment
from members.models import User
from network.models import Proposal, Registration


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def _page(client, email, name):
    client.force_login(User.objects.get(email=email))
    return client.get(reverse(name)).content.decode()


def test_karim_sees_his_registrations_proposals_and_applications(demo, client):
    karim = User.objects.get(email="karim@solidarity.example")
    registrations = Registration.objects.filter(user=karim).exclude(status="cancelled")
    proposals = Proposal.objects.filter(author=karim)
    applications = Application.objects.filter(hub__memberships__user=karim)
    assert registrations and proposals and applications

    page = _page(client, karim.email, "members:dashboard")

    for registration in registrations:
        assert escape(registration.assembly.title) in page
    for proposal in proposals:
        assert escape(proposal.title) in page
    for application in applications:
        assert escape(application.title) in page
    assert "You have not registered for any assembly yet." not in page
    assert "You have not submitted any proposal yet." not in page


def test_reviewer2_sees_the_reviews_assigned_to_them(demo, client):
    open_reviews = ReviewAssignment.objects.filter(
        reviewer__email="reviewer2@solidarity.example", status="assigned"
    )
    assert open_reviews

    page = _page(client, "reviewer2@solidarity.example", "members:dashboard")

    assert "No reviews assigned to you" not in page
    for assignment in open_reviews:
        assert escape(assignment.application.title) in page
