"""Fixtures shared by the whole suite: the site, its sections and the people the stories
speak of, a fake Stripe, and Chromium driven by Playwright."""

import os
import shutil
import socket
from types import SimpleNamespace

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls tests make
# around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """Live-server tests have other threads (localstripe's webhooks, racing requests) write
    while a test reads. An in-memory SQLite test database is one connection shared by every
    thread, so the suite uses a file that each connection opens on its own."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3" and not database.get("TEST", {}).get(
        "NAME"
    ):
        database.setdefault("TEST", {})["NAME"] = str(
            tmp_path_factory.mktemp("db") / "test.sqlite3"
        )
        database.setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=30)


@pytest.fixture
def client():
    """The test client; `force_login` signs in as allauth does, second factor included."""
    from .signing_in import SignInClient

    return SignInClient()


@pytest.fixture(autouse=True)
def _fresh_state():
    """What outlives each test's database: the cache (rate-limit counters, the kept
    navigation, sitemaps and hub map) and the thread's active language (a request in another
    language leaves it active). Every test starts and ends with the cache empty, in English."""
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    translation.activate("en")
    yield
    cache.clear()
    translation.activate("en")


@pytest.fixture(scope="session")
def site_media(tmp_path_factory):
    """The files of the site the test database starts with (its hero picture)."""
    return tmp_path_factory.mktemp("site-media")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, site_media, django_db_blocker):
    """The test database, with the site of `home_site` in it from the start: building it
    (ten pages published in five languages) took a second a test on PostgreSQL. Each test's
    transaction rolls back to it. A transactional test commits what it writes; after it, the
    database is put back as the site left it (tests/site_database.py) instead of emptied."""
    from django.db import connection
    from django.test import TransactionTestCase, override_settings

    from .factories import build_site
    from .site_database import SiteDatabase

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=site_media):
        build_site()
        site = SiteDatabase(connection)
        site.take()
    with pytest.MonkeyPatch.context() as patch:
        # Only TransactionTestCase flushes here; TestCase rolls its transaction back instead.
        patch.setattr(TransactionTestCase, "_fixture_teardown", lambda case: site.put_back())
        yield
    with django_db_blocker.unblock():
        site.destroy()


@pytest.fixture(scope="module")
def module_media(tmp_path_factory, site_media):
    """A throwaway folder for the files of one test module, starting with the site's."""
    folder = tmp_path_factory.mktemp("media")
    shutil.copytree(site_media, folder, dirs_exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, module_media):
    """Uploaded and generated files go to a throwaway folder: the module's, so that the files
    of data its tests share (`shared_by_the_module`) stay readable to each of them."""
    settings.MEDIA_ROOT = module_media


# The modules whose tests read the demo: they run on one worker, which loads the demo once
# in a run, not once for each worker. (xdist's own `loadgroup` cannot group them: it renames
# node ids in a way pytest 9.2 ignores.)
DEMO_MODULES = {
    "tests/home/test_story.py",
    "tests/network/test_demo_story.py",
    "tests/website/test_crawler.py",
    "tests/website/test_demo_again.py",
    "tests/website/test_demo_journeys.py",
}
# Modules whose tests share what a module fixture builds at length (the production stack, a
# Varnish in front of a live server, a site of 40 items of each kind): on one worker, it is
# built once.
ONE_WORKER_MODULES = {
    "tests/proxy/test_varnish.py",
    "tests/stack/test_production_stack.py",
    "tests/website/test_query_counts.py",
}


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class DemoOnOneWorker(LoadScopeScheduling):
        """Every test is a unit of work of its own, but the demo's tests are one unit, and
        each module of ONE_WORKER_MODULES is one."""

        def _split_scope(self, nodeid):
            module = nodeid.split("::")[0]
            if module in DEMO_MODULES:
                return "demo"
            return module if module in ONE_WORKER_MODULES else nodeid

    return DemoOnOneWorker(config, log)


def pytest_itemcollected(item):
    """A test that reads the demo outside DEMO_MODULES would load it on a second worker."""
    module = item.nodeid.split("::")[0]
    if "demo_database" in getattr(item, "fixturenames", ()) and module not in DEMO_MODULES:
        raise pytest.UsageError(f"{module} reads the demo: add it to DEMO_MODULES in conftest.py")


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, site_media, tmp_path_factory):
    """The demo, loaded once for this worker in a copy of its test database (see
    tests/demo_database.py); made when a module first asks for it."""
    from django.db import connection

    from .demo_database import DemoDatabase

    demo = DemoDatabase(connection, tmp_path_factory.mktemp("demo-media"))
    with django_db_blocker.unblock():
        demo.build(site_media)
    yield demo
    with django_db_blocker.unblock():
        demo.destroy()


@pytest.fixture(scope="module")
def demo_content(demo_database, django_db_blocker, module_media):
    """The demo (`load_demo`), for every test of the module."""
    yield from demo_database.shared(django_db_blocker, module_media)


@pytest.fixture
def home_site(db):
    """The site with a home page and an "about" page in all five languages (see
    tests/factories/home.py for what they say)."""
    from .factories import build_site

    return build_site()


@pytest.fixture
def sections(home_site):
    """News and assembly index pages under the home page, translated into every language."""
    from .factories import build_sections

    return build_sections()


@pytest.fixture
def member(db):
    from .factories import UserFactory

    return UserFactory(email="ines@example.org", display_name="Inès", preferred_language="fr")


@pytest.fixture
def other_member(db):
    from .factories import UserFactory

    return UserFactory(email="tomas@example.org", display_name="Tomás", preferred_language="es")


@pytest.fixture
def grant_round(home_site):
    """An open round (see GrantRoundPageFactory), with the grants roles' groups in place."""
    from grants.permissions import ensure_groups

    from .factories import make_round

    ensure_groups()
    return make_round(home_site)


@pytest.fixture
def people(grant_round):
    """Everyone the grants permission matrix speaks of, around one application of hub A."""
    from datetime import timedelta

    from django.utils import timezone

    from grants.models import ReviewAssignment
    from grants.permissions import FUND_STAFF, GRANT_COMMITTEE

    from .factories import HubFactory, UserFactory, confirmed_reviewer, make_application, member_of

    hub = HubFactory(name="Hub A")
    other_hub = HubFactory(name="Hub B")
    applicant = member_of(hub)
    application = make_application(grant_round, hub=hub, applicant=applicant)
    assigned = confirmed_reviewer()
    assignment = ReviewAssignment.objects.create(
        application=application, reviewer=assigned, due_at=timezone.now() + timedelta(days=5)
    )
    return SimpleNamespace(
        hub=hub,
        other_hub=other_hub,
        application=application,
        assignment=assignment,
        applicant=applicant,
        hub_member=member_of(hub, role="member"),
        other_hub_member=member_of(other_hub),
        member=UserFactory(),
        reviewer_assigned=assigned,
        reviewer_not_assigned=confirmed_reviewer(),
        committee=UserFactory(groups=[GRANT_COMMITTEE]),
        staff=UserFactory(groups=[FUND_STAFF]),
        staff_second=UserFactory(groups=[FUND_STAFF]),
    )


def _chromium_path():
    for candidate in CHROMIUM_CANDIDATES:
        if shutil.which(candidate):
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium():
    """A headless system Chromium. Missing Chromium skips locally and fails in CI."""
    path = _chromium_path()
    if path is None:
        message = "Chromium is not installed (apt-get install chromium)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    """A fresh browser tab (own cookies) with `live_server` as its base address. Anything the
    Content-Security-Policy blocks (Chromium says so on the console) fails the test."""
    context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    context.close()
    assert not blocked, "The Content-Security-Policy blocked:\n" + "\n".join(blocked)


class _RefuseEveryRecipient:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.7.1 Delivery refused"


@pytest.fixture
def refusing_smtp(settings):
    """A real SMTP server on loopback that refuses every recipient, and the site sending to it."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(_RefuseEveryRecipient(), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = False
    yield controller
    controller.stop()
