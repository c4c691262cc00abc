"""The budget of an application in Arabic, in a real browser: the total follows as the
applicant types, lines are added and removed without saving, and nothing is saved until
they ask."""

from decimal import Decimal

import pytest

from .accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_arabic_budget_total_follows_typing_adding_and_removing(browser_page, sign_in, people):
    page = browser_page
    applicant = people.applicant
    applicant.preferred_language = "ar"
    applicant.save()
    application = people.application  # one saved line: Food, 1,000.00 EUR
    sign_in(applicant)

    page.goto(f"/ar/grants/applications/{application.pk}/edit/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    total = page.locator("[data-live-total] output")
    assert "1,000.00" in total.inner_text()

    page.fill("input[name='lines-0-amount']", "1200.50")
    assert "1,200.50" in total.inner_text()

    page.fill("input[name='lines-1-item']", "أواني")
    page.fill("input[name='lines-1-amount']", "99.50")
    assert "1,300.00" in total.inner_text()

    page.get_by_role("button", name="إضافة بند في الميزانية").click()
    new_item = page.locator("input[name='lines-4-item']")
    assert new_item.evaluate("input => input === document.activeElement")
    new_item.fill("نقل")
    page.fill("input[name='lines-4-amount']", "25")
    assert "1,325.00" in total.inner_text()
    assert page.locator("input[name='lines-TOTAL_FORMS']").input_value() == "5"

    page.locator("[data-budget-line]").first.get_by_role("button", name="إزالة").click()
    assert "124.50" in total.inner_text()
    assert "€" in total.inner_text()
    assert serious_violations(page) == []

    # Nothing was saved by typing, adding or removing.
    assert list(application.budget_lines.values_list("item", "amount")) == [
        ("Food", Decimal("1000.00"))
    ]

    page.get_by_role("button", name="حفظ المسودة").click()
    page.wait_for_selector("ul.messages")
    assert sorted(application.budget_lines.values_list("item", "amount")) == [
        ("أواني", Decimal("99.50")),
        ("نقل", Decimal("25.00")),
    ]
