"""Factories for the member-area stories: people, hubs, memberships, invitations, topics."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from wagtail.models import Locale

from core.models import Topic
from members.models import FacilitatorProfile, Hub, HubMembership, Invitation, User

PASSWORD = "a-long-pass-phrase-2026"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified email address, as after a completed sign-up."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        self.save()
        EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class StaffFactory(UserFactory):
    """Network staff, with an authenticator app set up as staff must."""

    is_staff = True
    is_superuser = True

    @factory.post_generation
    def with_totp(self, create, extracted, **kwargs):
        if extracted is not False:
            enrol_totp(self)


def enrol_totp(user):
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(TOTP_SECRET)}
    )


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class HubFactory(factory.django.DjangoModelFactory):
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
