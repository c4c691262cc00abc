"""What the crawler (test_crawler.py) walks: the people and objects it creates, every address
the URL resolver knows filled with real and bogus values, and the malformed inputs it sends."""

import itertools
import re
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from grants.funding.donations import cancel_token, thanks_token
from grants.funding.models import Donation, MonthlyGift
from grants.models import (
    Application,
    Attachment,
    GrantReport,
    ReviewAssignment,
    ReviewerProfile,
)
from grants.permissions import GRANT_COMMITTEE, ensure_groups
from members.models import HubMembership
from network.models import AssemblyIndexPage, AssemblyPage, Proposal, Registration
from network.registrations import CANCEL_SALT, CONFIRM_SALT, make_token
from tests import factories
from tests.factories import (
    AssemblyPageFactory,
    CoordinatorFactory,
    FacilitatorProfileFactory,
    HubFactory,
    InvitationFactory,
    MembershipFactory,
    ProposalFactory,
    UserFactory,
    fund_staff,
)

WEBHOOK_SECRET = "whsec_crawler"
LANGUAGES = ("en", "es", "fr", "pt", "ar")
PROJECT_APPS = ("website", "core", "home", "members", "network", "grants")

# What a malformed query value or form field looks like.
MALFORMED = {
    "abc": "abc",
    "-1": "-1",
    "10**9": str(10**9),
    "10 kB": "x" * 10_240,
    "%00": "\x00",
    "quote": '"',
    "RTL marks": "\u200f\u202eabc",
}
REPEATED = ("1", "abc", "")
# Query keys the project's views read, besides those their own forms and links show.
QUERY_KEYS = ("page", "q", "format", "ordering", "next", "gift", "profile", "selected")
# Addresses whose side effect ends the session the crawl goes on with.
NO_POST = {"account_logout", "members:delete_account", "mfa_deactivate_totp"}


# ---------------------------------------------------------------- the world crawled


@dataclass
class World:
    """The people the crawl signs in as and the objects whose ids fill the routes."""

    roles: dict
    values: dict
    pages: list


def _attach(application, user):
    return Attachment.objects.create(
        application=application,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="plan.pdf"),
        original_name="plan.pdf",
        content_type="application/pdf",
        size=15,
        uploaded_by=user,
    )


# The visitors the crawl asks as, one test each.
ROLES = ("anonymous", "member", "coordinator", "reviewer", "committee", "fund staff", "site staff")


def build_world(home_site):
    """Beside the demo (loaded already), one person in each role and objects each of them
    can reach."""
    ensure_groups()
    hub, other_hub = HubFactory(name="Crawl hub"), HubFactory(name="Other crawl hub")
    coordinator = CoordinatorFactory(hub=hub).user
    membership = MembershipFactory(hub=hub)
    other_coordinator = CoordinatorFactory(hub=other_hub).user
    reviewer = factories.confirmed_reviewer()
    committee = factories.UserFactory(groups=[GRANT_COMMITTEE])
    treasurer = fund_staff("crawl-treasurer@example.org")
    # A volunteer waiting in the pool gives the pool page its confirm form.
    ReviewerProfile.objects.create(user=UserFactory(), languages=["en"])

    grant_round = factories.make_round(home_site, title="Crawl round")
    draft = factories.make_application(grant_round, hub=hub, applicant=coordinator)
    in_review = factories.set_status(
        factories.make_application(grant_round, hub=other_hub, applicant=other_coordinator),
        Application.Status.IN_REVIEW,
    )
    assignment = ReviewAssignment.objects.create(
        application=in_review, reviewer=reviewer, due_at=timezone.now() + timedelta(days=5)
    )
    active = factories.approve(
        factories.make_application(grant_round, hub=hub, applicant=coordinator), "800.00"
    )
    factories.set_status(active, Application.Status.ACTIVE)
    tranche = factories.plan_tranche(active, "400.00")
    report = GrantReport.objects.create(
        application=active,
        kind=GrantReport.Kind.PROGRESS,
        narrative="Half way.",
        submitted_by=coordinator,
    )
    attachments = [_attach(draft, coordinator), _attach(in_review, other_coordinator)]

    assemblies = AssemblyIndexPage.objects.filter(locale__language_code="en").first()
    past = AssemblyPageFactory(
        parent=assemblies, title="Crawl past assembly", starts_in=-timedelta(days=3)
    )
    upcoming = AssemblyPage.objects.filter(
        locale__language_code="en", start__gt=timezone.now()
    ).first()
    proposal = ProposalFactory(
        assembly=upcoming, author=membership.user, status=Proposal.Status.APPROVED
    )
    registration = Registration.objects.create(
        assembly=upcoming, name="Guest", email="guest@example.org", language="en"
    )
    gift = MonthlyGift.objects.create(
        amount=Decimal("10.00"),
        currency="EUR",
        donor_email="monthly@example.org",
        language="en",
        stripe_customer_id="cus_crawl",
    )
    donation = Donation.objects.create(
        amount=Decimal("25.00"), currency="EUR", donor_email="gift@example.org", language="en"
    )
    invitation = InvitationFactory(hub=hub, email="invited@example.org")
    facilitator = FacilitatorProfileFactory()

    values = {
        "round_pk": [grant_round.pk],
        "grants:application": [draft.pk, in_review.pk, active.pk],
        "grants:attachment": [a.pk for a in attachments],
        "grants:review": [assignment.pk],
        "grants:tranche": [tranche.pk],
        "grants:report": [report.pk],
        "grants:action": ["withdraw", "screen", "complete_review", "agreement_signed"],
        "grants:tranche_action": ["record", "approve", "fail", "cancel"],
        "members:slug": [hub.slug, other_hub.slug],
        "members:pk": [membership.pk, HubMembership.objects.filter(hub=other_hub).first().pk],
        "members:token": [invitation.token],
        "members:facilitator": [facilitator.pk],
        "network:confirm": [make_token(registration, CONFIRM_SALT)],
        "network:cancel": [make_token(registration, CANCEL_SALT)],
        "funding:token": [cancel_token(gift)],
        "thanks": [f"?gift={thanks_token(donation)}"],
        "proposal_id": [proposal.pk],
        "section": ["en", "ar"],
    }
    people = (None, membership.user, coordinator, reviewer, committee, treasurer)
    roles = dict(zip(ROLES, (*people, UserFactory(staff=True)), strict=True))
    return World(roles=roles, values=values, pages=[past, upcoming, *_one_page_per_type()])


def _one_page_per_type():
    """A live page of every page type, the languages taken in turn (English for the first)."""
    pages, seen = [], set()
    for page in Page.objects.live().specific().select_related("locale").order_by("path"):
        language = LANGUAGES[len(pages) % len(LANGUAGES)]
        if type(page) not in seen and page.locale.language_code == language:
            seen.add(type(page))
            pages.append(page)
    return pages


# ---------------------------------------------------------------- addresses


@dataclass(frozen=True)
class Endpoint:
    """One URL pattern: its namespaced name, the chain of patterns leading to it, its view."""

    name: str
    patterns: tuple
    view: object


def endpoints(patterns=None, prefix=(), namespace=()):
    """Every URL pattern the resolver knows, nested includes and i18n patterns included."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            names = namespace + ((entry.namespace,) if entry.namespace else ())
            yield from endpoints(entry.url_patterns, prefix + (entry.pattern,), names)
        else:
            name = ":".join(namespace + (entry.name or "",))
            yield Endpoint(name, prefix + (entry.pattern,), entry.callback)


ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)|\((?P<unnamed>[^)]*)\)")


def template_of(pattern, language):
    """The pattern as a str.format template, and its parameters as {name: converter}."""
    if isinstance(pattern, LocalePrefixPattern):
        return f"{language}/", {}
    if isinstance(pattern, RoutePattern):
        parameters = {}

        def parameter(match):
            parameters[match["name"]] = match["converter"] or "str"
            return "{" + match["name"] + "}"

        return ROUTE_PARAMETER.sub(parameter, str(pattern)), parameters
    parameters, unnamed = {}, itertools.count()

    def group(match):
        name = match["name"] or f"arg{next(unnamed)}"
        body = match.group(0)
        parameters[name] = "int" if r"\d" in body and "|" not in body else "str"
        return "{" + name + "}"

    regex = str(pattern).lstrip("^").rstrip("$").replace(r"\.", ".")
    regex = REGEX_GROUP.sub(group, regex)
    return regex.replace(".*", "anything"), parameters


BOGUS = {"int": 10**9, "str": "no-such-thing", "slug": "no-such-thing", "path": "no/such/thing"}


def real_values(world, endpoint, name, converter):
    """Values of objects that exist for parameter `name` of `endpoint` (several when the
    route's visitors differ: an own and another hub's application, say)."""
    app = endpoint.name.split(":")[0]
    values = world.values
    if app == "grants" and name == "pk":
        kind = endpoint.name.split(":")[1]
        for prefix in ("attachment", "review", "tranche", "report"):
            if prefix in kind and "application" not in kind:
                return values[f"grants:{prefix}"]
        return values["grants:application"]
    if app == "grants" and name == "action":
        return values["grants:tranche_action" if "tranche" in endpoint.name else "grants:action"]
    if app == "network" and name == "token":
        return values["network:confirm" if "confirm" in endpoint.name else "network:cancel"]
    if app == "members" and name == "pk":
        return values["members:facilitator" if "facilitator" in endpoint.name else "members:pk"]
    for key in (f"{app}:{name}", name):
        if key in values:
            return values[key]
    return [admin_value(endpoint, name)] if converter == "int" or name.endswith("pk") else []


def admin_value(endpoint, name):
    """An id for a Wagtail admin route: the first object of the viewset's model, or a page."""
    from wagtail.admin.viewsets import viewsets

    namespace = endpoint.name.rpartition(":")[0]
    if name in ("pk", "object_id"):
        for viewset in viewsets.viewsets:
            model = getattr(viewset, "model", None)
            if isinstance(model, type) and url_namespace(viewset) == namespace:
                obj = model._default_manager.order_by("pk").first()
                return obj.pk if obj else 1
    page = Page.objects.filter(depth=3).order_by("path").first()
    return page.pk if "page" in name or name == "pk" else 1


def fillings(world, endpoint, language):
    """The addresses of `endpoint`: with real values (one per set) and then with bogus ones."""
    template, parameters = "", {}
    for pattern in endpoint.patterns:
        part, names = template_of(pattern, language)
        template += part
        parameters.update(names)
    real = {name: real_values(world, endpoint, name, conv) for name, conv in parameters.items()}
    count = max([len(v) for v in real.values()] + [1])
    paths = []
    if all(real.values()):
        for index in range(count):
            chosen = {name: v[min(index, len(v) - 1)] for name, v in real.items()}
            paths.append("/" + template.format(**chosen))
    if parameters:
        paths.append("/" + template.format(**{n: BOGUS[c] for n, c in parameters.items()}))
    return paths


def page_addresses(world):
    """Each crawled page's address and the addresses of its sub-routes (register, propose,
    feeds, calendars, support…), filled like any other route."""
    for page in world.pages:
        url = page.url
        yield Endpoint(f"page:{type(page).__name__}", (), None), url
        if not isinstance(page, RoutablePageMixin):
            continue
        for route in page.get_subpage_urls():
            template, parameters = template_of(route.pattern, None)
            if not template:
                continue
            endpoint = Endpoint(f"page:{type(page).__name__}:{route.name}", (), route.callback)
            if not parameters:
                # A thank-you page shows the gift its query names.
                for query in world.values.get(route.name, [""]):
                    yield endpoint, url + template + query
                continue
            for value in world.values["proposal_id"] + [BOGUS["int"]]:
                yield endpoint, url + template.format(**dict.fromkeys(parameters, value))


def url_namespace(viewset):
    try:
        return viewset.url_namespace
    except (AttributeError, ImproperlyConfigured):  # viewsets that only group others
        return None
