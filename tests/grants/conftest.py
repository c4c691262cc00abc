"""Fixtures for the grants stories: an open round and one person for every role."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from grants.permissions import FUND_STAFF, GRANT_COMMITTEE, ensure_groups

from .factories import (
    HubFactory,
    UserFactory,
    confirmed_reviewer,
    make_application,
    make_round,
    member_of,
)


@pytest.fixture(autouse=True)
def _english_by_default():
    """Domain messages are asserted in English; a request in another test may have left
    another language active in this thread."""
    with translation.override("en"):
        yield


@pytest.fixture
def grant_round(home_site):
    ensure_groups()
    return make_round(home_site)


@pytest.fixture
def people(grant_round):
    """Everyone the permission matrix speaks of, around one application of hub A."""
    hub = HubFactory(name="Hub A")
    other_hub = HubFactory(name="Hub B")
    applicant = member_of(hub)
    application = make_application(grant_round, hub=hub, applicant=applicant)
    assigned = confirmed_reviewer()
    from datetime import timedelta

    from django.utils import timezone

    from grants.models import ReviewAssignment

    assignment = ReviewAssignment.objects.create(
        application=application, reviewer=assigned, due_at=timezone.now() + timedelta(days=5)
    )
    return SimpleNamespace(
        hub=hub,
        other_hub=other_hub,
        application=application,
        assignment=assignment,
        applicant=applicant,
        hub_member=member_of(hub, role="member"),
        other_hub_member=member_of(other_hub),
        member=UserFactory(),
        reviewer_assigned=assigned,
        reviewer_not_assigned=confirmed_reviewer(),
        committee=UserFactory(groups=[GRANT_COMMITTEE]),
        staff=UserFactory(groups=[FUND_STAFF]),
        staff_second=UserFactory(groups=[FUND_STAFF]),
    )
