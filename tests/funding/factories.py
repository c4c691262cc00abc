"""Factories for the funding stories: gifts already recorded, and the people who look at them."""

from decimal import Decimal

import factory
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from grants.funding.models import Donation
from members.models import User


class DonationFactory(factory.django.DjangoModelFactory):
    """A one-off gift Stripe has confirmed."""

    class Meta:
        model = Donation

    amount = Decimal("25.00")
    currency = "EUR"
    status = Donation.Status.SUCCEEDED
    language = "en"
    donor_name = "Amina"
    donor_email = factory.Sequence(lambda n: f"donor{n}@example.org")
    stripe_payment_intent_id = factory.Sequence(lambda n: f"pi_factory_{n}")
    received_at = factory.LazyFunction(timezone.now)


def fund_staff(email="treasurer@example.org"):
    """A fund staff member who can use the Wagtail admin (with MFA set up, as staff must)."""
    user = User.objects.create_user(email=email, password="pass-word-123")
    user.groups.add(Group.objects.get(name="Fund staff"))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user
