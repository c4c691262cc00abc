"""The public and a member in a real browser: a guest, in English, follows the footer to the
grants awarded and the header to the hub directory; a member, in Arabic, finds on their
dashboard their assembly registration, their proposal, their hub's application and the review
asked of them, each with its date or amount."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from core import dates
from core.money import format_money
from grants.models import Application, ReviewAssignment
from network.models import Registration
from tests.factories import (
    AssemblyPageFactory,
    HubFactory,
    ProposalFactory,
    approve,
    build_sections,
    make_application,
    plan_tranche,
    set_status,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_guest_finds_the_grants_awarded_and_the_hubs(browser_page, screenshot, people):
    approve(people.application, "1000.00")
    plan_tranche(people.application, "600.00", status="paid", paid_date=date(2026, 5, 2))
    set_status(people.application, Application.Status.ACTIVE)
    page = browser_page

    page.goto("/en/")
    page.get_by_role("link", name="Grants awarded").click()
    screenshot("grants-awarded")

    assert page.locator("h1").inner_text() == "Where the grants go"
    row = page.locator("section", has_text="Spring round").locator("tbody tr")
    assert row.count() == 1
    assert row.locator("td").all_inner_texts() == [
        "Hub A",
        "Community kitchen",
        "€1,000.00",
        "€600.00",
    ]

    page.locator("header").get_by_role("link", name="Hubs", exact=True).click()
    screenshot("hubs")
    assert page.get_by_role("status").inner_text() == "2 hubs"
    assert page.get_by_role("link", name="Hub A").is_visible()
    assert page.get_by_role("link", name="Hub B").is_visible()


def test_a_member_in_arabic_sees_their_own_work_on_the_dashboard(
    browser_page, sign_in, screenshot, people, grant_round
):
    member = people.applicant
    member.display_name, member.preferred_language = "Karim", "ar"
    member.save()
    assembly = AssemblyPageFactory(
        parent=build_sections().assemblies,
        title="Spring assembly",
        start=datetime(2026, 4, 18, 9, tzinfo=UTC),
        end=datetime(2026, 4, 18, 17, tzinfo=UTC),
    )
    Registration.objects.create(assembly=assembly, user=member)
    ProposalFactory(assembly=assembly, author=member, title="Share our kitchens")
    set_status(people.application, Application.Status.SUBMITTED)
    elsewhere = make_application(grant_round, hub=HubFactory(), title="Tool library")
    set_status(elsewhere, Application.Status.IN_REVIEW)
    review = ReviewAssignment.objects.create(
        application=elsewhere, reviewer=member, due_at=datetime(2026, 6, 10, 12, tzinfo=UTC)
    )
    starts = dates.format_datetime_in_zone(assembly.start, assembly.zone, "ar")
    due = dates.format_date_in_zone(review.due_at, grant_round.timezone, "ar", width="long")
    amount = format_money(Decimal("1000.00"), "EUR", "ar")
    page = browser_page

    sign_in(member)
    page.goto("/ar/")
    page.get_by_role("navigation", name="حسابك").get_by_role("link", name="Karim").click()
    screenshot("dashboard")

    assert page.locator("html").get_attribute("dir") == "rtl"

    def panel(title):
        return page.locator("section.dashboard-panel", has_text=title)

    registrations = panel("تسجيلاتي في الجمعيات").locator("li")
    assert registrations.count() == 1
    assert "Spring assembly" in registrations.inner_text()
    assert starts in registrations.inner_text()
    proposals = panel("مقترحاتي").locator("li")
    assert proposals.count() == 1 and "Share our kitchens" in proposals.inner_text()
    applications = panel("طلباتي").locator("li")
    assert applications.count() == 1
    assert "Community kitchen" in applications.inner_text()
    assert people.application.reference in applications.inner_text()
    assert amount in applications.inner_text()
    reviews = panel("مراجعاتي").locator("li")
    assert reviews.count() == 1
    assert "Tool library" in reviews.inner_text() and due in reviews.inner_text()
