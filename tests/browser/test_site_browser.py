"""The site in a real browser: languages, right-to-left layout, the language switcher and
accessibility (axe-core) on the main page types."""

import pytest

from tests.factories import SITE_TEXTS

from .accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_in_english_and_arabic(browser_page, home_site):
    browser_page.goto("/en/")
    assert browser_page.locator("html").get_attribute("dir") == "ltr"
    assert browser_page.locator("h1").inner_text() == SITE_TEXTS["en"][0]

    browser_page.goto("/ar/")
    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    assert browser_page.locator("html").get_attribute("lang") == "ar"
    assert browser_page.locator("h1").inner_text() == SITE_TEXTS["ar"][0]
    # Mirrored layout: the brand sits at the right edge in Arabic.
    brand = browser_page.locator(".site-header__brand").bounding_box()
    assert brand["x"] > browser_page.viewport_size["width"] / 2


def test_language_switcher_goes_to_the_translation(browser_page, home_site):
    browser_page.goto("/en/about/")
    browser_page.locator(".language-switcher a[lang=fr]").click()
    browser_page.wait_for_url("**/fr/about/")
    assert browser_page.locator("h1").inner_text() == SITE_TEXTS["fr"][1]
    browser_page.locator(".language-switcher a[lang=ar]").click()
    browser_page.wait_for_url("**/ar/about/")
    assert browser_page.locator("h1").inner_text() == SITE_TEXTS["ar"][1]


def test_skip_link_moves_focus_to_the_content(browser_page, home_site):
    browser_page.goto("/en/")
    browser_page.keyboard.press("Tab")
    skip = browser_page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("path", ["", "about/", "search/?q=network", "no-such-page/"])
def test_no_serious_accessibility_violations(browser_page, home_site, language, path):
    browser_page.goto(f"/{language}/{path}")
    assert serious_violations(browser_page) == []


NARROW = {"width": 375, "height": 740}


def test_on_a_narrow_screen_the_menu_folds_behind_a_button_even_without_script(
    chromium, live_server, home_site
):
    context = chromium.new_context(
        base_url=live_server.url, viewport=NARROW, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/en/")
    about = page.get_by_role("link", name=SITE_TEXTS["en"][1])
    assert page.locator(".site-header").bounding_box()["height"] < 100
    assert not about.is_visible()

    page.get_by_text("Menu", exact=True).click()
    assert about.is_visible()
    page.get_by_text("Menu", exact=True).click()
    assert not about.is_visible()
    context.close()


def test_on_a_wide_screen_the_menu_shows_without_a_button(browser_page, home_site):
    browser_page.set_viewport_size({"width": 1280, "height": 800})
    browser_page.goto("/ar/")
    assert browser_page.get_by_role("link", name=SITE_TEXTS["ar"][1]).is_visible()
    assert not browser_page.get_by_text("القائمة", exact=True).is_visible()
