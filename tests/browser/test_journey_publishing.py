"""Publishing in a real browser, in Wagtail's admin: an editor rewrites the "about" page and
submits it for moderation, which leaves the live page as it was; the moderator finds it
waiting on the dashboard, approves it, and the public reads the new version."""

import pytest
from wagtail.models import WorkflowState

from home.models import StandardPage
from tests.factories import editorial_team

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_submits_a_page_and_the_moderator_puts_it_live(
    browser_page, sign_in, screenshot, home_site
):
    team = editorial_team(home_site)
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    page = browser_page
    page.on("dialog", lambda dialog: dialog.accept())

    sign_in(team.editor)
    page.goto(f"/admin/pages/{about.pk}/edit/")
    page.fill("#id_title", "Who we are and how we decide")
    page.get_by_role("button", name="More actions").click()
    screenshot("editor-actions")
    page.locator("button[name=action-submit]").click()
    page.wait_for_selector("text=submitted for moderation")
    screenshot("editor-submitted")

    assert WorkflowState.objects.get().requested_by == team.editor
    page.goto("/en/about/")
    assert page.locator("h1").inner_text() == "Who we are"

    sign_in(team.moderator)
    page.goto("/admin/")
    waiting = page.locator("section", has_text="Awaiting your review")
    screenshot("moderator-dashboard")
    assert "Who we are and how we decide" in waiting.inner_text()
    assert "Noor Editor" in waiting.inner_text()
    waiting.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        waiting.get_by_role("button", name="Approve", exact=True).click()
    screenshot("moderator-approved")
    assert page.get_by_text("Awaiting your review").count() == 0

    page.context.clear_cookies()
    page.goto("/en/about/")
    screenshot("public")
    assert page.locator("h1").inner_text() == "Who we are and how we decide"
