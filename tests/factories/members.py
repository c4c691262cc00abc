"""People, hubs, memberships, invitations and facilitators."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from allauth.mfa.utils import encrypt
from django.contrib.auth.models import Group

from members.models import FacilitatorProfile, Hub, HubMembership, Invitation, User

PASSWORD = "a-long-pass-phrase-2026"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def enrol_totp(user):
    """Give `user` an authenticator app whose codes come from TOTP_SECRET."""
    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": encrypt(TOTP_SECRET)}}
    )


def current_totp_code():
    """The code the authenticator app of `enrol_totp` shows now."""
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(TOTP_SECRET, counters[len(counters) // 2]))


def _enrol_when_created(user, create, extracted, **kwargs):
    if create and extracted is not False:
        enrol_totp(user)


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified email address, as after a completed sign-up.

    `groups=[names]` puts them in those groups (grants roles need MFA, so a person in a group
    gets an authenticator app too); `totp=True` sets up an authenticator app; `staff=True` makes
    network staff, superuser with the authenticator app staff must have."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    class Params:
        staff = factory.Trait(
            is_staff=True, is_superuser=True, totp=factory.PostGeneration(_enrol_when_created)
        )

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in extracted))
            enrol_totp(self)

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        if create and extracted:
            enrol_totp(self)


class HubFactory(factory.django.DjangoModelFactory):
    """An approved hub in Lisbon."""

    class Meta:
        model = Hub

    name = factory.Sequence(lambda n: f"Hub {n}")
    slug = factory.Sequence(lambda n: f"hub-{n}")
    city = "Lisboa"
    country = "PT"
    latitude = "38.722300"
    longitude = "-9.139300"
    languages = factory.LazyFunction(lambda: ["pt", "en"])
    description = "Neighbours organising together."
    status = Hub.Status.APPROVED


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HubMembership

    hub = factory.SubFactory(HubFactory)
    user = factory.SubFactory(UserFactory)
    role = HubMembership.Role.MEMBER


class CoordinatorFactory(MembershipFactory):
    role = HubMembership.Role.COORDINATOR


def member_of(hub, user=None, role=HubMembership.Role.COORDINATOR):
    """`user` (a new person if none) joins `hub` in `role`; returns the person."""
    return CoordinatorFactory(hub=hub, user=user or UserFactory(), role=role).user


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    hub = factory.SubFactory(HubFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.org")


class FacilitatorProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FacilitatorProfile

    user = factory.SubFactory(UserFactory)
    is_listed = True
    facilitates = True
    skills = "consensus, mediation"
    languages = factory.LazyFunction(lambda: ["en"])
    bio = "I help groups run open meetings."
