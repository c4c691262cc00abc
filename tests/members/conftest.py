"""Fixtures for the member-area stories: one hub and a person in every role around it."""

from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from members.models import HubMembership
from tests.factories import CoordinatorFactory, HubFactory, MembershipFactory, UserFactory


@pytest.fixture
def locales(db):
    """A Locale for every site language."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("en", "es", "fr", "pt", "ar")
    }


@dataclass
class Cast:
    hub: object
    other_hub: object
    member: object
    coordinator: object
    other_coordinator: object
    staff: object
    membership: object
    coordinator_membership: object


@pytest.fixture
def cast(db, locales):
    """A hub with a coordinator and a member; another hub with its own coordinator; staff."""
    hub = HubFactory(name="Rede Vizinha")
    other_hub = HubFactory(name="Barrio Unido", country="ES", city="Madrid")
    coordinator_membership = CoordinatorFactory(hub=hub)
    membership = MembershipFactory(hub=hub)
    other = CoordinatorFactory(hub=other_hub)
    MembershipFactory(hub=other_hub, role=HubMembership.Role.MEMBER)
    return Cast(
        hub=hub,
        other_hub=other_hub,
        member=membership.user,
        coordinator=coordinator_membership.user,
        other_coordinator=other.user,
        staff=UserFactory(staff=True),
        membership=membership,
        coordinator_membership=coordinator_membership,
    )


@pytest.fixture
def signed_in(client):
    """Sign a person in on the test client and return it."""

    def sign_in(user):
        if user is not None:
            client.force_login(user)
        return client

    return sign_in
