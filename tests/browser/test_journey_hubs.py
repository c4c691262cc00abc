"""A hub's people in a real browser: its coordinator, in English, finds in the work area the
invitation to answer, the draft in progress and the report the hub owes, each with its date;
an applicant, in Arabic, applies and finds the application on their dashboard with its
reference and amount."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from core import dates
from core.money import format_money
from grants.models import Application
from tests.factories import (
    HubFactory,
    InvitationFactory,
    approve,
    make_application,
    make_round,
    member_of,
    plan_tranche,
    set_status,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_finds_the_invitation_the_draft_and_the_report_due(
    browser_page, sign_in, screenshot, people, grant_round, home_site
):
    coordinator = people.applicant
    autumn = make_round(
        home_site,
        title="Autumn round",
        opens_at=timezone.now() - timedelta(days=200),
        closes_at=timezone.now() - timedelta(days=150),
    )
    granted = make_application(autumn, hub=people.hub, applicant=coordinator, title="Tool library")
    approve(granted, "800.00")
    plan_tranche(granted, "400.00", status="paid", paid_date=date(2026, 1, 10))
    plan_tranche(granted, "400.00", planned_date=date(2026, 7, 1), requires_report=True)
    set_status(granted, Application.Status.ACTIVE)
    invitation = InvitationFactory(hub=people.other_hub, email=coordinator.email)
    zone = dates.viewer_zone(coordinator) or "UTC"
    saved = dates.format_date_in_zone(people.application.updated_at, zone, "en", width="long")
    answer_by = dates.format_date_in_zone(invitation.expires_at, zone, "en", width="long")
    page = browser_page

    sign_in(coordinator)
    page.goto("/en/")
    page.get_by_role("link", name="What waits for me").first.click()
    screenshot("work-area")

    def work_list(title):
        section = page.locator("section.work-list", has_text=title)
        return section.locator("h2").inner_text(), section.locator("li").all_inner_texts()

    assert work_list("Invitations to answer") == (
        "Invitations to answer (1)",
        [f"Hub B\n\nanswer by {answer_by}"],
    )
    assert work_list("Applications in progress") == (
        "Applications in progress (1)",
        [f"Community kitchen\n\nHub A · last saved {saved}"],
    )
    assert work_list("Reports due") == (
        "Reports due (1)",
        ["Tool library\n\nreport due by July 1, 2026"],
    )

    page.get_by_role("link", name="Community kitchen").click()
    screenshot("draft")
    assert page.locator("input[name=title]").input_value() == "Community kitchen"


def test_an_applicant_applies_in_arabic_and_finds_it_on_the_dashboard(
    browser_page, sign_in, screenshot, grant_round
):
    hub = HubFactory(name="جيران الحي")
    applicant = member_of(hub)
    applicant.display_name, applicant.preferred_language = "Layla", "ar"
    applicant.save()
    page = browser_page

    sign_in(applicant)
    page.goto(f"/ar/grants/rounds/{grant_round.pk}/apply/")
    page.get_by_role("button", name="ابدأ الطلب").click()
    page.fill("input[name=title]", "مطبخ الحي")
    page.fill("textarea[name=summary]", "وجبات مشتركة للجيران مرتين في الأسبوع.")
    page.fill("textarea[name=description]", "نطبخ معًا ونتقاسم الطعام.")
    page.fill("textarea[name=hub_context]", "مجموعة من الجيران.")
    page.fill("textarea[name=timeline]", "من مارس إلى أكتوبر.")
    page.select_option("select[name=language]", "ar")
    page.fill("input[name='lines-0-item']", "مواد غذائية")
    page.fill("input[name='lines-0-amount']", "1250.50")
    question_id = grant_round.question_list()[0][0]
    page.fill(f"input[name='q_{question_id}']", "40")
    page.check("input[name=declaration_truthful]")
    page.check("input[name=declaration_consent]")
    screenshot("form")
    page.get_by_role("button", name="إرسال الطلب").click()
    page.wait_for_selector("text=أرسلنا إليك تأكيدًا")
    application = Application.objects.get(hub=hub)
    assert application.status == Application.Status.SUBMITTED

    page.get_by_role("navigation", name="حسابك").get_by_role("link", name="Layla").click()
    screenshot("dashboard")
    mine = page.locator("section.dashboard-panel", has_text="طلباتي").locator("li")
    assert mine.count() == 1
    assert "مطبخ الحي" in mine.inner_text()
    assert application.reference in mine.inner_text()
    assert format_money(Decimal("1250.50"), "EUR", "ar") in mine.inner_text()
    assert "مُرسَل" in mine.inner_text()
