"""Every way in goes through allauth and its second factor: a password alone, given to any
login address the site knows, leaves the admin, the member area and every staff page closed."""

import re

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import URLResolver, get_resolver, reverse
from wagtail.models import PageViewRestriction

from tests.factories import PASSWORD, TOTP_SECRET, UserFactory
from tests.signing_in import SignInClient

ARGUMENT = re.compile(r"<(?:(\w+):)?\w+>")
SAMPLE_VALUES = {"int": "1", "str": "x", "slug": "x", "path": "x"}


def current_code():
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(TOTP_SECRET, counters[len(counters) // 2]))


def _patterns(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, route)
        else:
            yield route, pattern


def _address(route):
    """A concrete address for a route, with sample values for its arguments."""
    return "/" + ARGUMENT.sub(lambda match: SAMPLE_VALUES[match[1] or "str"], route)


def login_addresses():
    """Every address the URL resolver knows whose name says it signs people in."""
    return sorted(
        {_address(route) for route, pattern in _patterns() if "login" in (pattern.name or "")}
    )


def protected_addresses():
    """The admin's home and every member-area view (the grants desk, the reviewer pool, the
    ranking, hubs and profile pages): each is behind the MFA gate."""
    member_area = {
        _address(route)
        for route, pattern in _patterns()
        if getattr(pattern.callback, "member_area", False)
    }
    return ["/admin/", "/admin/pages/", "/admin/users/", *sorted(member_area)]


def assert_closed(client):
    login, reauthenticate = reverse("account_login"), reverse("mfa_reauthenticate")
    # The admin sends the signed-out to its own login address, which forwards to allauth's.
    admin_login = reverse("wagtailadmin_login_redirect")
    answers = {address: client.get(address) for address in protected_addresses()}
    opened = {
        address: response.status_code
        for address, response in answers.items()
        if response.status_code != 302
        or not response["Location"].startswith((login, reauthenticate, admin_login))
    }
    assert opened == {}
    assert len(answers) > 20


@pytest.mark.django_db
def test_the_staff_desk_pages_are_among_those_checked():
    addresses = protected_addresses()

    assert "/en/grants/staff/applications/" in addresses
    assert "/en/grants/staff/reviewers/" in addresses
    assert "/en/grants/staff/rounds/1/ranking/" in addresses
    assert "/en/members/" in addresses


@pytest.mark.parametrize("address", login_addresses())
def test_a_password_alone_at_any_login_address_leaves_every_staff_page_closed(locales, address):
    staff = UserFactory(staff=True)
    client = SignInClient()

    client.post(
        address,
        {"login": staff.email, "username": staff.email, "email": staff.email, "password": PASSWORD},
        follow=True,
    )

    assert_closed(client)


def test_the_login_addresses_include_wagtails_own(locales):
    assert {"/admin/login/", "/en/_util/login/", "/en/accounts/login/"} <= set(login_addresses())


@pytest.mark.parametrize("address", ["/admin/login/", "/en/_util/login/"])
def test_wagtails_login_addresses_send_people_to_the_allauth_login(client, locales, address):
    response = client.get(f"{address}?next=/en/grants/staff/applications/")

    assert response.status_code == 302
    assert response["Location"] == (
        reverse("account_login") + "?next=%2Fen%2Fgrants%2Fstaff%2Fapplications%2F"
    )


def test_a_page_for_signed_in_people_sends_visitors_to_the_allauth_login(client, home_site):
    page = home_site.root_page.get_children().live().first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(page.url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_a_password_only_session_must_give_the_code_before_any_staff_page(locales):
    staff = UserFactory(staff=True)
    client = SignInClient()
    assert client.login(email=staff.email, password=PASSWORD)

    assert_closed(client)
    asked = client.get("/en/grants/staff/applications/")
    assert asked["Location"] == (
        reverse("mfa_reauthenticate") + "?next=/en/grants/staff/applications/"
    )
    page = client.get(asked["Location"], follow=True)
    assert "authenticator app" in page.content.decode()

    client.post(asked["Location"], {"code": current_code()})

    assert client.get("/en/grants/staff/applications/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_a_forced_sign_in_without_the_second_factor_is_not_enough(locales):
    staff = UserFactory(staff=True)
    client = SignInClient()
    super(SignInClient, client).force_login(staff)

    assert_closed(client)


def test_a_full_allauth_sign_in_with_the_code_opens_the_staff_pages(locales):
    staff = UserFactory(staff=True)
    client = SignInClient()

    client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": current_code()})

    assert client.get("/admin/").status_code == 200
    assert client.get("/en/grants/staff/applications/").status_code == 200
    assert client.get("/en/grants/staff/reviewers/").status_code == 200
