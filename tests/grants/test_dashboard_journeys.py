"""Each person's dashboard shows their own applications, reviews, registrations and proposals,
and not anyone else's."""

from datetime import UTC, datetime, timedelta

from django.urls import reverse
from django.utils import timezone

from grants.models import Application
from network.models import Registration
from tests.factories import (
    AssemblyPageFactory,
    HubFactory,
    ProposalFactory,
    build_sections,
    make_application,
    member_of,
    set_status,
    submitted_review,
)


def _dashboard(client, person):
    client.force_login(person)
    return client.get(reverse("members:dashboard")).content.decode()


def test_my_applications_are_on_my_dashboard_and_other_hubs_are_not(client, people, grant_round):
    make_application(grant_round, hub=people.other_hub, title="Tool library", amount="700.00")

    page = _dashboard(client, people.applicant)

    assert "My applications" in page
    assert "Community kitchen" in page
    assert "€1,000.00" in page
    assert "Tool library" not in page


def test_my_reviews_are_on_my_dashboard_with_their_due_dates(client, people, grant_round):
    set_status(people.application, Application.Status.IN_REVIEW)
    people.assignment.due_at = datetime(2026, 6, 10, 12, tzinfo=UTC)
    people.assignment.save()
    other = make_application(grant_round, hub=HubFactory(), title="Tool library")
    other.assignments.create(
        reviewer=people.reviewer_not_assigned, due_at=timezone.now() + timedelta(days=3)
    )

    page = _dashboard(client, people.reviewer_assigned)

    assert "No reviews assigned to you" not in page
    assert "Community kitchen" in page
    assert "due June 10, 2026" in page
    assert "Tool library" not in page


def test_a_busy_reviewer_sees_the_review_still_due_before_the_ones_written(
    client, people, grant_round
):
    set_status(people.application, Application.Status.IN_REVIEW)
    reviewer = people.reviewer_assigned
    for number in range(5):
        written = submitted_review(
            make_application(grant_round, hub=HubFactory(), title=f"Written {number}"), reviewer
        )
        written.due_at = timezone.now() - timedelta(days=30 + number)
        written.save()

    page = _dashboard(client, reviewer)

    assert "Community kitchen" in page
    assert page.index("Community kitchen") < page.index("Written 4")


def test_my_registrations_and_proposals_are_on_my_dashboard(client, people, home_site):
    sections = build_sections()
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Spring assembly")
    other_assembly = AssemblyPageFactory(parent=sections.assemblies, title="Autumn assembly")
    Registration.objects.create(assembly=assembly, user=people.member)
    Registration.objects.create(assembly=other_assembly, user=people.applicant)
    ProposalFactory(assembly=assembly, author=people.member, title="Share our kitchens")
    ProposalFactory(assembly=assembly, author=people.applicant, title="Plant more trees")

    page = _dashboard(client, people.member)

    assert "You have not registered for any assembly yet." not in page
    assert "Spring assembly" in page
    assert "Autumn assembly" not in page
    assert "Share our kitchens" in page
    assert "Plant more trees" not in page
    assert "You have not submitted any proposal yet." not in page


def test_a_coordinator_sees_only_their_hub_in_my_hubs(client, people):
    other = member_of(HubFactory(name="Far away hub"))

    page = _dashboard(client, people.applicant)

    assert "Hub A" in page
    assert "Far away hub" not in page
    assert other.email not in page
