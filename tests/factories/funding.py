"""Gifts already recorded, and the fund staff who look at them."""

from decimal import Decimal
from importlib import import_module

import factory
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from grants.funding.models import DonatePage, Donation, MonthlyGift

from .members import UserFactory
from .pages import PublishedPageFactory, translate_page

FUND_STAFF_PERMISSIONS = import_module(
    "grants.funding.migrations.0003_fund_staff_permissions"
).PERMISSIONS


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


class MonthlyGiftFactory(factory.django.DjangoModelFactory):
    """A monthly gift of 10.00 EUR at Stripe as customer cus_<n>, subscription sub_<n>, awaiting
    its first invoice."""

    class Meta:
        model = MonthlyGift

    amount = Decimal("10.00")
    currency = "EUR"
    status = MonthlyGift.Status.INCOMPLETE
    language = "pt"
    donor_name = "Lucas"
    donor_email = factory.Sequence(lambda n: f"monthly{n}@example.org")
    stripe_customer_id = factory.Sequence(lambda n: f"cus_{n}")
    stripe_subscription_id = factory.LazyAttribute(
        lambda gift: gift.stripe_customer_id.replace("cus_", "sub_", 1)
    )


class DonatePageFactory(PublishedPageFactory):
    """A EUR donate page with four suggested amounts and a five-euro minimum."""

    class Meta:
        model = DonatePage

    title = "Give to the fund"
    slug = "give"
    currency = "EUR"
    suggested_amounts = "10, 25, 50, 100"
    minimum_amount = Decimal("5.00")


def donate_pages(home, titles):
    """A donate page under the English `home`, translated with `titles` (language → title);
    the pages by language."""
    page = DonatePageFactory(parent=home, title=titles["en"])
    pages = {"en": page}
    for language, title in titles.items():
        if language != "en":
            pages[language] = translate_page(page, language, title=title)
    return pages


def fund_staff(email="treasurer@example.org"):
    """A fund staff member who can use the Wagtail admin (with MFA set up, as staff must)."""
    # A flushing (transactional) test elsewhere may have removed the migration's group.
    group, _created = Group.objects.get_or_create(name="Fund staff")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="funding", codename__in=FUND_STAFF_PERMISSIONS
        )
    )
    user = UserFactory(email=email, groups=[group.name])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user
