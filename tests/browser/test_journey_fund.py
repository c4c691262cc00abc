"""The fund's people in a real browser, each from the header's "What waits for me": a reviewer
in Arabic writes the review due; the committee, in English, reaches the round's ranking with
its running total; two fund staff pay one tranche, the first recording it in English, the
second approving it in Arabic."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from core import dates
from core.money import format_money
from grants.models import Application, ReviewAssignment
from tests.factories import (
    HubFactory,
    approve,
    make_application,
    plan_tranche,
    set_status,
    submitted_review,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _work_list(page, title):
    return page.locator("section.work-list", has_text=title)


def test_a_reviewer_in_arabic_writes_the_review_due(browser_page, sign_in, screenshot, people):
    reviewer = people.reviewer_assigned
    reviewer.preferred_language = "ar"
    reviewer.save()
    set_status(people.application, Application.Status.IN_REVIEW)
    people.assignment.due_at = datetime(2026, 6, 10, 12, tzinfo=UTC)
    people.assignment.save()
    due = dates.format_date_in_zone(
        people.assignment.due_at, people.application.round.timezone, "ar", width="long"
    )
    page = browser_page

    sign_in(reviewer)
    page.goto("/ar/")
    page.get_by_role("link", name="ما ينتظرني").first.click()
    screenshot("work-area")

    reviews = _work_list(page, "تقييمات مستحقة")
    assert reviews.locator("h2").inner_text() == "تقييمات مستحقة (1)"
    assert reviews.locator("li").inner_text().split("\n\n") == [
        "Community kitchen",
        f"موعد التسليم {due}",
    ]

    reviews.get_by_role("link", name="Community kitchen").click()
    for block_id, *_rest in people.application.round.criteria_list():
        page.check(f"input[name='c_{block_id}'][value='4']")
    page.check("input[name=recommendation][value=fund]")
    page.fill("textarea[name=comment_for_committee]", "خطة واقعية يدعمها الجيران.")
    screenshot("review-form")
    page.get_by_role("button", name="إرسال المراجعة").click()
    page.wait_for_selector("text=تم إرسال مراجعتك")
    screenshot("my-reviews")

    assert page.locator("html").get_attribute("dir") == "rtl"
    row = page.locator("main li", has_text="Community kitchen")
    assert "تم إرسال المراجعة" in row.inner_text()
    people.assignment.refresh_from_db()
    assert people.assignment.status == ReviewAssignment.Status.SUBMITTED


def test_the_committee_reaches_the_ranking_from_the_header(
    browser_page, sign_in, screenshot, people, grant_round
):
    tools = make_application(grant_round, hub=HubFactory(), title="Tool library", amount="700.00")
    for application, score in [(people.application, 4), (tools, 3)]:
        set_status(application, Application.Status.REVIEWED)
        submitted_review(application, score=score)
        submitted_review(application, score=score)
    closing = dates.format_date_in_zone(grant_round.closes_at, grant_round.timezone, "en", "long")
    page = browser_page

    sign_in(people.committee)
    page.goto("/en/")
    page.get_by_role("link", name="What waits for me").first.click()
    screenshot("work-area")

    rounds = _work_list(page, "Rounds ready to decide")
    assert rounds.locator("h2").inner_text() == "Rounds ready to decide (1)"
    assert f"2 applications ready to decide · closing date {closing}" in rounds.inner_text()
    rounds.get_by_role("link", name="Spring round").click()
    screenshot("ranking")

    assert page.get_by_role("heading", name="Ranking: Spring round").is_visible()
    assert "€10,000.00" in page.locator("dl.ledger").inner_text()
    rows = page.locator("table.staff-table tbody tr")
    assert rows.count() == 2
    assert "Community kitchen" in rows.nth(0).inner_text()
    assert "€1,000.00" in rows.nth(0).locator("td").last.inner_text()
    assert "Tool library" in rows.nth(1).inner_text()
    assert "€1,700.00" in rows.nth(1).locator("td").last.inner_text()
    assert page.get_by_role("button", name="Assign reviewers automatically").count() == 0


def test_one_staff_member_records_a_payment_and_another_approves_it_in_arabic(
    browser_page, sign_in, screenshot, people
):
    approve(people.application, "1000.00")
    tranche = plan_tranche(people.application, "600.00")
    set_status(people.application, Application.Status.ACTIVE)
    recorder, approver = people.staff, people.staff_second
    recorder.display_name, approver.display_name = "Lena Staff", "Rosa Staff"
    recorder.save()
    approver.preferred_language = "ar"
    approver.save()
    page = browser_page
    # Should approving ask "are you sure?", the person says yes.
    page.on("dialog", lambda dialog: dialog.accept())

    # The first finds the grant through the grants desk and records the bank transfer.
    sign_in(recorder)
    page.goto("/en/")
    page.get_by_role("link", name="What waits for me").first.click()
    page.get_by_role("link", name="Open the grants desk").click()
    page.locator("tr", has_text="Community kitchen").get_by_role("link").first.click()
    page.fill("input[name=paid_date]", "2026-05-02")
    page.select_option("select[name=method]", "bank_transfer")
    page.fill("input[name=payment_reference]", "TRF-2026-0042")
    page.get_by_role("button", name="Record payment").click()
    page.wait_for_selector("text=Payment recorded, awaiting approval")
    screenshot("recorded")
    # Nobody approves their own payment: it is not in the first person's work area.
    page.goto("/en/members/work/")
    assert _work_list(page, "Payments waiting for your approval").locator("li").count() == 0

    # The second, in Arabic, finds it waiting, with its amount and who recorded it when.
    tranche.refresh_from_db()
    amount = format_money(Decimal("600.00"), "EUR", "ar")
    day = dates.format_date_in_zone(tranche.recorded_at, "UTC", "ar", width="long")
    sign_in(approver)
    page.goto("/ar/")
    page.get_by_role("link", name="ما ينتظرني").first.click()
    screenshot("waiting")
    payments = _work_list(page, "دفعات بانتظار موافقتك")
    assert payments.locator("h2").inner_text() == "دفعات بانتظار موافقتك (1)"
    assert f"{amount} سجّله Lena Staff في {day}" in payments.inner_text()

    payments.get_by_role("link", name="Community kitchen").click()
    # Approving asks first, on a page of its own that names the amount.
    page.get_by_role("link", name="الموافقة على الدفع").click()
    assert amount in page.locator("main").inner_text()
    screenshot("confirm")
    page.get_by_role("button", name="الموافقة على الدفع").click()
    page.wait_for_selector("text=تم تحديث الدفعة.")
    screenshot("approved")

    tranche.refresh_from_db()
    assert (tranche.status, tranche.recorded_by, tranche.approved_by) == (
        "paid",
        recorder,
        approver,
    )
    assert amount in page.locator("table.tranches").inner_text()
