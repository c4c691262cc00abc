"""A real fake Stripe for the funding tests: localstripe on a free loopback port, started from
scratch, with its signed webhooks delivered to the live test server."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.db import connection

from grants.funding.models import DonatePage

LOCALSTRIPE = Path(sys.executable).with_name("localstripe")
WEBHOOK_SECRET = "whsec_funding_tests"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, timeout=20, message="condition never held"):
    """Poll `condition` until it is true (webhooks arrive about a second after the payment)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(message)


@pytest.fixture(scope="session")
def localstripe_url():
    """localstripe running for the whole session; each test flushes its data."""
    port = _free_port()
    process = subprocess.Popen(
        [str(LOCALSTRIPE), "--port", str(port), "--from-scratch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _answers(url), message="localstripe did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _answers(url):
    try:
        return requests.get(f"{url}/js.stripe.com/v3/", timeout=1).ok
    except requests.ConnectionError:
        return False


@pytest.fixture
def stripe_settings(settings, localstripe_url):
    """Settings pointing the site at localstripe, with an empty Stripe store."""
    requests.delete(f"{localstripe_url}/_config/data", timeout=5).raise_for_status()
    settings.STRIPE_SECRET_KEY = "sk_test_funding"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_funding"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = localstripe_url
    settings.STRIPE_JS_URL = f"{localstripe_url}/js.stripe.com/v3/"
    return settings


@pytest.fixture
def stripe_webhooks(stripe_settings, localstripe_url, live_server):
    """localstripe delivers signed events to this test's live server; none after the test."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip(
            "Concurrent webhook deliveries need a file or PostgreSQL database; this session "
            "started with in-memory SQLite (run tests/funding on its own, or on PostgreSQL)."
        )
    config = f"{localstripe_url}/_config/webhooks/funding"
    url = f"{live_server.url}/stripe/webhook/"
    requests.post(config, json={"url": url, "secret": WEBHOOK_SECRET}, timeout=5).raise_for_status()
    yield live_server
    # Events still queued in localstripe must not reach the next test's database.
    requests.post(
        config, json={"url": url, "secret": WEBHOOK_SECRET, "events": ["none"]}, timeout=5
    ).raise_for_status()


@pytest.fixture
def donate_pages(home_site):
    """The demo donate page (EUR) in every language."""
    from grants.funding import demo

    demo.create_donate_pages()
    return {page.locale.language_code: page for page in DonatePage.objects.select_related("locale")}
