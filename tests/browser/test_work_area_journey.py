"""The work area in a real browser: a reviewer reads in Arabic which review is due and when;
the committee, in English, finds the round ready to decide and reaches its ranking, where no
assign button waits for them."""

from datetime import UTC, datetime

import pytest

from core import dates
from grants.models import Application
from tests.factories import set_status, submitted_review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reviewer_reads_in_arabic_the_review_due_and_its_date(
    browser_page, sign_in, people, screenshot
):
    set_status(people.application, Application.Status.IN_REVIEW)
    people.assignment.due_at = datetime(2026, 6, 10, 12, tzinfo=UTC)
    people.assignment.save()
    due = dates.format_date_in_zone(
        people.assignment.due_at, people.application.round.timezone, "ar", width="long"
    )
    page = browser_page

    sign_in(people.reviewer_assigned)
    page.goto("/ar/members/")
    page.get_by_role("link", name="ما ينتظرني").first.click()
    screenshot("reviewer-ar")

    section = page.locator("section.work-list", has_text="تقييمات مستحقة")
    assert "(1)" in section.locator("h2").inner_text()
    assert section.get_by_role("link", name="Community kitchen").is_visible()
    assert f"{due}" in section.inner_text()
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_the_committee_finds_the_round_to_decide_and_its_ranking(
    browser_page, sign_in, people, screenshot
):
    set_status(people.application, Application.Status.REVIEWED)
    submitted_review(people.application)
    page = browser_page

    sign_in(people.committee)
    page.goto("/en/members/")
    page.get_by_role("link", name="What waits for me").first.click()
    screenshot("committee-en")

    section = page.locator("section.work-list", has_text="Rounds ready to decide")
    assert "(1)" in section.locator("h2").inner_text()
    assert "1 application ready to decide" in section.inner_text()
    assert page.locator('a[href^="/admin"]').count() == 0
    section.get_by_role("link", name="Spring round").click()
    screenshot("committee-ranking-en")

    assert page.get_by_role("heading", name="Ranking: Spring round").is_visible()
    assert page.get_by_text("Community kitchen").first.is_visible()
    assert page.get_by_role("button", name="Assign reviewers automatically").count() == 0
