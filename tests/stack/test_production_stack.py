"""Smoke test of the production topology (deploy/stack.py): PostgreSQL, Redis, moto's S3, an
SMTP sink, two gunicorn servers behind Varnish and the db_worker, with production settings.

The tests run in order on one stack and speak HTTP to it as a browser would. Missing services
skip them here and fail them in CI (CI=true), as a missing Chromium does."""

import http.cookiejar
import json
import os
import signal
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlencode

import pytest

from deploy.stack import BUCKET, Stack, missing_services
from tests.factories import PASSWORD, current_totp_code


@pytest.fixture(scope="module")
def stack():
    missing = missing_services()
    if missing:
        message = f"The production stack needs: {', '.join(missing)}."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    started = time.monotonic()
    seed = ("shell", "-c", "from tests.stack.seed import seed; seed()")
    with Stack(workers=1, content=seed) as stack:
        [printed] = [line for line in stack.log("content").splitlines() if line.startswith("{")]
        stack.seed = json.loads(printed)
        print(f"\nstack up in {time.monotonic() - started:.1f} s: {stack.timings}")
        yield stack
    print(f"\nstack stopped: {stack.timings}")


class _OverPlainHTTP(http.cookiejar.DefaultCookiePolicy):
    """Production cookies are marked Secure; on loopback the stack speaks plain HTTP, where
    the TLS proxy of production would stand, so the test sends them anyway."""

    def return_ok_secure(self, cookie, request):
        return True


@dataclass
class Response:
    status: int
    url: str
    headers: Message
    content: bytes

    @property
    def text(self):
        return self.content.decode()

    def json(self):
        return json.loads(self.content)


class Browser:
    """An HTTP client that keeps cookies as a browser does (one host's cookies go to each of
    its ports) and follows redirects."""

    def __init__(self):
        cookies = http.cookiejar.CookieJar(policy=_OverPlainHTTP())
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))

    def get(self, url):
        return self._open(urllib.request.Request(url))

    def post(self, url, data, files=()):
        """POST `data` (a dict) as a form; `files` are (field, filename, content, type)."""
        if files:
            body, content_type = _multipart(data, files)
        else:
            body, content_type = urlencode(data).encode(), "application/x-www-form-urlencoded"
        return self._open(
            urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
        )

    def post_form(self, base, path, data, files=()):
        """POST a form to `path` of server `base` with this visitor's CSRF token."""
        token = self.get(f"{base}/csrf-token").json()["token"]
        return self.post(f"{base}{path}", {"csrfmiddlewaretoken": token, **data}, files)

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=30) as answer:
                return Response(answer.status, answer.url, answer.headers, answer.read())
        except urllib.error.HTTPError as error:
            with error:
                return Response(error.code, error.url, error.headers, error.read())


def _multipart(data, files):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in data.items()
    ]
    for field, filename, content, content_type in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def wait_for(condition, what, timeout=60):
    """Wait for something another process does (the worker, a restart); not a timing test:
    the deadline only stops a broken stack from hanging the suite."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {timeout} s")
        time.sleep(0.2)


@contextmanager
def worker_paused(stack):
    """The db_worker stopped in its tracks, so that what it owes is visible, then resumed."""
    worker = stack.processes["worker"]
    worker.send_signal(signal.SIGSTOP)
    try:
        yield
    finally:
        worker.send_signal(signal.SIGCONT)


def tasks(stack, task_path):
    """(status, worker ids) of every task of `task_path` the app enqueued, oldest first."""
    rows = stack.sql(
        "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult"
        f" WHERE task_path = '{task_path}' ORDER BY enqueued_at"
    )
    return [tuple(row.split("\t")) for row in rows.splitlines()]


PURGE_TASK = "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task"
MAIL_TASK = "core.mail.deliver"


@pytest.fixture(scope="module")
def editor(stack):
    """The staff editor's session, signed in with password and code on the first app server."""
    session, first = Browser(), stack.app_urls[0]
    signed_in = session.post_form(
        first,
        "/en/accounts/login/",
        {"login": stack.seed["editor_email"], "password": PASSWORD},
    )
    assert signed_in.url.startswith(f"{first}/en/accounts/2fa/authenticate/")
    passed = session.post_form(
        first, "/en/accounts/2fa/authenticate/", {"code": current_totp_code()}
    )
    assert passed.status == 200
    assert "/accounts/" not in passed.url
    return session


def test_a_sign_in_on_one_app_server_continues_on_the_other(stack, editor):
    second = stack.app_urls[1]
    dashboard = editor.get(f"{second}/admin/")

    assert dashboard.url == f"{second}/admin/"
    assert dashboard.headers["Server"] == "gunicorn"
    assert "Noor Editor" in dashboard.text


def test_an_uploaded_document_lands_in_the_bucket_and_is_served(stack, editor):
    second = stack.app_urls[1]
    content = b"%PDF-1.4 minutes of the spring assembly"
    uploaded = editor.post_form(
        second,
        "/admin/documents/add/",
        {"title": "Spring assembly minutes", "collection": "1"},
        files=[("file", "spring-minutes.pdf", content, "application/pdf")],
    )
    assert uploaded.url == f"{second}/admin/documents/"

    keys = [item["Key"] for item in stack.s3().list_objects_v2(Bucket=BUCKET)["Contents"]]
    [key] = [key for key in keys if key.startswith("documents/spring-minutes")]
    assert stack.s3().get_object(Bucket=BUCKET, Key=key)["Body"].read() == content

    [row] = stack.sql(
        "SELECT id, file FROM wagtaildocs_document WHERE title = 'Spring assembly minutes'"
    ).splitlines()
    document, stored = row.split("\t")
    assert stored == key
    served = Browser().get(f"{stack.url}/documents/{document}/{key.rsplit('/', 1)[-1]}")
    assert served.status == 200
    assert served.content == content
    # Served from the bucket, by the address the site signed for it.
    assert served.url.startswith(f"{stack.s3_url}/{BUCKET}/{key}?")


def test_a_notification_is_sent_by_the_worker_not_the_request(stack):
    address = stack.seed["editor_email"]
    with worker_paused(stack):
        asked = Browser().post_form(stack.url, "/en/accounts/password/reset/", {"email": address})
        assert asked.status == 200
        assert tasks(stack, MAIL_TASK)[-1][0] == "READY"
        assert [message["To"] for message in stack.mailbox] == []

    wait_for(lambda: stack.mailbox, "the reset email")
    [message] = stack.mailbox
    assert message["To"] == address
    assert "password" in message["Subject"].lower()
    status, worker_ids = tasks(stack, MAIL_TASK)[-1]
    assert status == "SUCCESSFUL"
    assert json.loads(worker_ids)


def test_a_publish_purges_varnish(stack, editor):
    page = f"{stack.url}{stack.seed['about_path']}"
    live, draft = stack.seed["live_title"], stack.seed["draft_title"]
    anonymous = Browser()
    anonymous.get(page)
    cached = anonymous.get(page)
    assert cached.headers["X-Cache"] == "HIT"
    assert live in cached.text

    before = len(tasks(stack, PURGE_TASK))
    with worker_paused(stack):
        published = editor.post_form(
            stack.app_urls[0],
            f"/admin/bulk/wagtailcore/page/publish/?id={stack.seed['about_id']}&next=/admin/",
            {},
        )
        assert published.status == 200
        # Until the worker purges, Varnish keeps the page it had.
        stale = anonymous.get(page)
        assert stale.headers["X-Cache"] == "HIT"
        assert live in stale.text
        assert len(tasks(stack, PURGE_TASK)) > before

    wait_for(
        lambda: all(status == "SUCCESSFUL" for status, _ in tasks(stack, PURGE_TASK)),
        "the purge",
    )
    fresh = anonymous.get(page)
    assert fresh.headers["X-Cache"] == "MISS"
    assert draft in fresh.text


def test_healthz_answers_503_while_postgresql_is_down_and_200_once_it_is_back(stack):
    for server in stack.app_urls:
        assert Browser().get(f"{server}/healthz").status == 200

    stack.stop_database()
    try:
        down = [Browser().get(f"{server}/healthz") for server in stack.app_urls]
    finally:
        stack.start_database()
    assert [response.status for response in down] == [503, 503]
    assert down[0].json() == {"status": "unavailable", "database": "down"}

    back = [Browser().get(f"{server}/healthz") for server in stack.app_urls]
    assert [response.status for response in back] == [200, 200]
