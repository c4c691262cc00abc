"""A guard against server errors: every address the URL resolver knows, asked for by every kind
of visitor with real, bogus and malformed input, answers something other than 5xx.

The crawl fills each route's parameters with ids, slugs and tokens of objects it creates (and
with ids that exist nowhere), sends GETs with malformed query values, then POSTs malformed
bodies to every form the pages offered and to every POST-only address. A failure names the
address, the visitor and the input."""

import functools
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from django.urls import resolve
from django.urls.exceptions import Resolver404
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from grants.funding.webhooks import HANDLERS
from tests.factories import build_site
from tests.funding.helpers import signed
from tests.signing_in import SignInClient

from .crawl_world import (
    LANGUAGES,
    MALFORMED,
    NO_POST,
    PROJECT_APPS,
    QUERY_KEYS,
    REPEATED,
    ROLES,
    WEBHOOK_SECRET,
    build_world,
    endpoints,
    fillings,
    page_addresses,
    url_namespace,
)

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------- what the pages offer


@dataclass
class Form:
    method: str
    action: str
    form_id: str = ""
    fields: list = field(default_factory=list)  # (name, value) as the page offers them


class PageReader(HTMLParser):
    """The forms of a page (with their fields' values as offered) and the query keys its
    links use."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.query_keys, self._open, self._select = [], set(), None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._open = Form(
                (attrs.get("method") or "get").lower(),
                attrs.get("action") or "",
                attrs.get("id", ""),
            )
            self.forms.append(self._open)
        elif tag == "a" and "?" in (attrs.get("href") or ""):
            self.query_keys.update(k for k, _v in parse_qsl(urlsplit(attrs["href"]).query))
        elif tag in ("input", "select", "textarea", "button") and attrs.get("name"):
            form = self._form_for(attrs)
            if form is None or (tag == "button" and attrs.get("type") not in (None, "submit")):
                return
            if tag == "select":
                self._select = (form, attrs["name"])
                return
            if attrs.get("type") == "file":
                return
            form.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "option" and self._select and attrs.get("value"):
            form, name = self._select
            form.fields.append((name, attrs["value"]))
            self._select = None

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None
        elif tag == "select":
            self._select = None

    def _form_for(self, attrs):
        if attrs.get("form"):
            return next((f for f in self.forms if f.form_id == attrs["form"]), None)
        return self._open


def read_page(response):
    reader = PageReader()
    if "html" in response.get("Content-Type", ""):
        reader.feed(response.content.decode(errors="replace"))
    return reader


# ---------------------------------------------------------------- the crawl


@dataclass
class Crawl:
    """Counts every request made and keeps those answered with 5xx."""

    clients: dict
    tried: int = 0
    failures: list = field(default_factory=list)
    posts: dict = field(default_factory=dict)  # (role, path) -> form fields, found on pages

    def send(self, role, method, path, data=None, label="", **extra):
        client = self.clients[role]
        if method == "get":
            response = client.get(path, data, **extra)
        else:
            response = client.post(path, data, **extra)
        self.tried += 1
        if response.status_code >= 500:
            error = response.exc_info[1] if response.exc_info else ""
            self.failures.append(
                f"{response.status_code} {method.upper()} {path} as {role} with {label}: "
                f"{type(error).__name__} {str(error)[:160]}"
            )
        return response


def query_variants(keys):
    """Malformed values in every query key: "abc", NUL and a quote everywhere, then the other
    values spread over the keys in turn, then every key repeated."""
    keys = sorted(keys)
    for label in ("abc", "%00", "quote"):
        yield f"{label} in every key", dict.fromkeys(keys, MALFORMED[label])
    others = [MALFORMED[label] for label in ("-1", "10**9", "10 kB", "RTL marks")]
    yield "-1, 10**9, 10 kB and RTL marks", {k: others[i % 4] for i, k in enumerate(keys)}
    yield "repeated keys", {key: list(REPEATED) for key in keys}


@functools.cache
def project_admin_namespaces():
    """The URL namespaces of the admin viewsets (and snippets) the project defines."""
    from wagtail.admin.viewsets import viewsets

    return frozenset(
        url_namespace(viewset)
        for viewset in viewsets.viewsets
        if type(viewset).__module__.startswith(PROJECT_APPS)
        or getattr(getattr(viewset, "model", None), "__module__", "").startswith(PROJECT_APPS)
    )


def is_wagtail_internal(name, path, view):
    """Wagtail's own admin views: neither the admin's home, nor the project's admin views."""
    view = getattr(view, "view_class", view)
    return (
        path.startswith("/admin/")
        and name != "wagtailadmin_home"
        and name.rpartition(":")[0] not in project_admin_namespaces()
        and not getattr(view, "__module__", "").startswith(PROJECT_APPS)
    )


def crawl_get(crawl, role, path, variants=True):
    """GET the address as it is, then with malformed values in every query key it reads."""
    response = crawl.send(role, "get", path, label="no query")
    page = read_page(response)
    for form in page.forms:
        target = urlsplit(urljoin(path, form.action)).path
        if form.method == "post":
            crawl.posts.setdefault((role, target), form.fields)
    if response.status_code == 405:
        crawl.posts.setdefault((role, path), [])
    keys = set(QUERY_KEYS) | page.query_keys
    keys |= {name for form in page.forms if form.method == "get" for name, _v in form.fields}
    if not variants or not 200 <= response.status_code < 300:
        return  # refused, redirected or missing: the query is not read
    for label, query in query_variants(keys):
        crawl.send(role, "get", path, query, label=label)


POST_KEYS = ("action", "selected", "profile", "note", "hub", "title", "amount", "outcome")
HYPOTHESIS_EXAMPLES = 2
field_value = st.one_of(
    st.sampled_from(list(MALFORMED.values())), st.text(max_size=40), st.integers().map(str)
)


def post_bodies(offered):
    """The form as the page offers it, then each field that carries a value (an id, a choice,
    a token) set to "abc", then every field set to NUL and to 10 kB."""
    names = sorted(offered) or list(POST_KEYS)
    yield "the form as offered", offered
    for name in names:
        if any(offered.get(name, ())):
            yield f"{name}=abc", {**offered, name: "abc"}
    for label in ("%00", "10 kB"):
        yield f"every field {label}", dict.fromkeys(names, MALFORMED[label])


def crawl_post(crawl, role, path, fields):
    """POST malformed bodies (fixed ones, then Hypothesis's) to one form's address."""
    offered = {}
    for name, value in fields:
        offered.setdefault(name, []).append(value)
    for label, body in post_bodies(offered):
        crawl.send(role, "post", path, body, label=label)
    names = sorted(offered) or list(POST_KEYS)
    strategy = st.fixed_dictionaries(
        {name: st.one_of(st.just(offered.get(name, "")), field_value) for name in names}
    )

    @hypothesis_settings(
        max_examples=HYPOTHESIS_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def send(body):
        crawl.send(role, "post", path, body, label=f"body {body!r:.120}")

    send()


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
STRIPE_KEYS = (
    "id",
    "amount",
    "amount_paid",
    "amount_due",
    "amount_refunded",
    "currency",
    "metadata",
    "payment_intent",
    "latest_charge",
    "charge",
    "customer",
    "subscription",
    "parent",
    "last_payment_error",
)
stripe_event = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(min_size=1, max_size=12), json_value),
        "type": st.sampled_from(sorted(HANDLERS)),
        "data": st.one_of(
            json_value,
            st.fixed_dictionaries(
                {
                    "object": st.one_of(
                        st.dictionaries(st.sampled_from(STRIPE_KEYS), json_value), json_value
                    )
                }
            ),
        ),
    }
)
WEBHOOK_EXAMPLES = 40


def crawl_webhook(crawl, path):
    """Deliveries signed with the webhook secret whose bodies are not events as Stripe sends."""

    @hypothesis_settings(
        max_examples=WEBHOOK_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(json_value, stripe_event))
    def deliver(event):
        payload = json.dumps(event).encode()
        crawl.send(
            "anonymous",
            "post",
            path,
            payload,
            label=f"signed body {payload[:120]!r}",
            content_type="application/json",
            headers={"stripe-signature": signed(payload, WEBHOOK_SECRET)},
        )

    deliver()


# ---------------------------------------------------------------- the test


def resolve_in_its_language(path):
    """`resolve` matches the language prefix of the active language only."""
    language = path.split("/")[1]
    with translation.override(language if language in LANGUAGES else None):
        return resolve(path)


def addresses(world):
    """(name, path, view, with query variants) for every address the crawl asks for."""
    for index, endpoint in enumerate(endpoints()):
        if endpoint.name.endswith("wagtail_serve"):
            continue  # the pages come from the page tree, below
        language = LANGUAGES[index % len(LANGUAGES)]
        for number, path in enumerate(fillings(world, endpoint, language)):
            # Wagtail's own admin views are Wagtail's to test; fetching them all as every
            # visitor would cost the crawl minutes.
            if not is_wagtail_internal(endpoint.name, path, endpoint.view):
                yield endpoint.name, path, endpoint.view, number == 0
    for endpoint, path in page_addresses(world):
        yield endpoint.name, path, endpoint.view, True


@pytest.fixture
def stripe_webhook_secret(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_crawler"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_crawler"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    # Nothing listens here: a call to Stripe fails at once instead of leaving the machine.
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def world(demo_database, django_db_blocker, module_media):
    """The demo site and the crawl's own objects, made once: each role's crawl is a test of
    its own, rolled back after it."""
    yield from demo_database.shared(
        django_db_blocker, module_media, lambda: build_world(build_site())
    )


@pytest.mark.parametrize("role", ROLES)
def test_no_address_answers_a_server_error_whoever_asks_whatever_the_input(
    world, role, stripe_webhook_secret, capsys
):
    client = SignInClient(raise_request_exception=False)
    if world.roles[role] is not None:
        client.force_login(world.roles[role])
    crawl = Crawl({role: client})
    started = time.monotonic()

    targets = list(addresses(world))
    for _name, path, _view, variants in targets:
        crawl_get(crawl, role, path, variants)
    gets = crawl.tried
    posted = set()
    for (_role, path), fields in sorted(crawl.posts.items()):
        try:
            match = resolve_in_its_language(path)
        except Resolver404:
            continue  # a form that leaves the site
        if match.view_name in NO_POST or is_wagtail_internal(match.view_name, path, match.func):
            continue
        # The same form in another language is the same view with the same fields.
        view = (match.view_name, tuple(sorted(match.kwargs.items())), match.args[1:])
        if match.view_name != "wagtail_serve" and view in posted:
            continue
        posted.add(view)
        if world.roles[role] is not None:
            client.force_login(world.roles[role])  # a POST before may have ended the session
        crawl_post(crawl, role, path, fields)
    if role == "anonymous":
        crawl_webhook(crawl, "/stripe/webhook/")

    with capsys.disabled():
        print(
            f"\nCrawler as {role}: {len(targets)} addresses (from {len(list(endpoints()))} URL "
            f"patterns); {crawl.tried} URL × input combinations tried ({gets} GET, "
            f"{crawl.tried - gets} POST) in {time.monotonic() - started:.0f} s; "
            f"{len(crawl.failures)} answered 5xx."
        )
    assert not crawl.failures, "\n".join(crawl.failures)
