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
