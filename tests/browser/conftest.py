"""What the browser stories share: signing a person in on the browser tab, and keeping
screenshots of what each person saw (in tests/browser/screenshots/, which git ignores)."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.signing_in import SignInClient


@pytest.fixture
def sign_in(browser_page, live_server):
    """Sign a person in on the browser tab as allauth's sign-in leaves them (second factor
    included), in place of whoever was signed in."""

    def sign_in(person):
        client = SignInClient()
        client.force_login(person)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        browser_page.context.clear_cookies()
        browser_page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )

    return sign_in


SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture
def screenshot(browser_page, request):
    """Save the whole page as tests/browser/screenshots/<test>-<label>.png, to look at."""

    def screenshot(label):
        SCREENSHOTS.mkdir(exist_ok=True)
        name = request.node.name.removeprefix("test_")
        browser_page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)

    return screenshot
