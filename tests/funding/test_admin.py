"""Staff see the fund's income beside the grants ledger, browse gifts and refund one; nobody
else can, and nobody adds a gift by hand."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission

from grants.funding.admin import fund_rows
from grants.funding.ledger import income_by_currency
from grants.funding.models import Donation
from members.models import User
from tests.factories import DonationFactory, fund_staff, make_round

from .conftest import wait_for
from .helpers import card_token, donation_form

pytestmark = pytest.mark.django_db


def test_the_fund_panel_shows_income_beside_the_grants_ledger(client, home_site):
    DonationFactory(amount=Decimal("40.00"))
    DonationFactory(amount=Decimal("10.00"), amount_refunded=Decimal("10.00"))
    DonationFactory(amount=Decimal("99.00"), status=Donation.Status.FAILED)
    DonationFactory(amount=Decimal("500"), currency="JPY")
    make_round(home_site, budget=Decimal("10000.00"))
    client.force_login(fund_staff())

    response = client.get("/admin/")

    html = response.content.decode()
    assert "The fund: money in and money out" in html
    rows = {row["currency"]: row for row in fund_rows()}
    assert rows["EUR"]["income"] == Decimal("40.00")
    assert rows["EUR"]["budget"] == Decimal("10000.00")
    assert rows["JPY"]["income"] == Decimal("500.00")
    assert '<td class="amount">€40.00</td>' in html
    assert '<td class="amount">€10,000.00</td>' in html


def test_people_without_the_role_see_no_fund_panel(client, home_site):
    editor = User.objects.create_user(email="editor@example.org", password="x", is_superuser=False)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.get("/admin/")

    assert "The fund: money in and money out" not in response.content.decode()


def test_staff_list_gifts_but_cannot_add_one(client, home_site):
    DonationFactory(donor_name="Amina")
    client.force_login(fund_staff())

    listing = client.get("/admin/funding/donations/")
    add = client.get("/admin/funding/donations/new/")

    assert listing.status_code == 200 and "Amina" in listing.content.decode()
    assert add.status_code in (302, 403)
    assert Donation.objects.count() == 1


def test_a_member_cannot_refund(client, home_site):
    donation = DonationFactory()
    member = User.objects.create_user(email="member@example.org", password="x")
    client.force_login(member)

    response = client.post(f"/admin/funding/donations/{donation.pk}/refund/", {"amount": "5"})

    assert response.status_code in (302, 403)
    donation.refresh_from_db()
    assert donation.amount_refunded == 0


@pytest.mark.django_db(transaction=True)
def test_staff_refund_part_of_a_gift_at_stripe(client, donate_pages, stripe_webhooks):
    client.post(donate_pages["en"].url, donation_form(card_token(), choice="50"))
    donation = Donation.objects.get()
    wait_for(lambda: Donation.objects.filter(status=Donation.Status.SUCCEEDED).exists())
    client.force_login(fund_staff())
    url = f"/admin/funding/donations/{donation.pk}/refund/"

    too_much = client.post(url, {"amount": "80"})
    done = client.post(url, {"amount": "20"})

    assert "Enter an amount between 0 and 50.00" in too_much.content.decode()
    assert done.status_code == 302
    assert income_by_currency() == {"EUR": Decimal("30.00")}
    inspect = client.get(done.url)
    assert "The refund was made" in inspect.content.decode()


def test_a_donor_sees_their_gifts_on_the_member_dashboard(client, home_site):
    member = User.objects.create_user(email="amina@example.org", password="x")
    DonationFactory(donor_email="Amina@example.org", amount=Decimal("12.00"))
    DonationFactory(donor_email="someone@example.org", amount=Decimal("77.00"))
    client.force_login(member)

    html = client.get("/en/members/").content.decode()

    assert "My gifts to the fund" in html
    assert "€12.00" in html and "€77.00" not in html
