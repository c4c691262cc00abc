"""What the browser stories share: signing a person in on the browser tab."""

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
