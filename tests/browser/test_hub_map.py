"""The hub map shows what coordinators type as text: a hub name written as HTML is shown
letter for letter in the marker's tooltip and popup, and never runs."""

import pytest

from tests.factories import HubFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE_NAME = '<img src=x onerror="window.__xss=1">'


def test_a_hub_name_written_as_html_shows_as_text_on_the_map(browser_page, home_site):
    page = browser_page
    HubFactory(name=HOSTILE_NAME)

    page.goto("/en/hubs/map/")
    page.wait_for_selector("#hub-map[data-markers='1']")
    page.locator("#hub-map .leaflet-interactive").hover()
    tooltip = page.locator(".leaflet-tooltip")
    assert tooltip.inner_text() == HOSTILE_NAME
    page.locator("#hub-map .leaflet-interactive").click()
    assert page.locator(".leaflet-popup-content a").inner_text() == HOSTILE_NAME

    assert page.locator("#hub-map img[src=x]").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
