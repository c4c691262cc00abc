"""The caching policy, rule by rule: exactly which responses a shared cache may keep (and for
how long), which stay private, and when publishing purges anything at all."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from tests.factories import UserFactory
from website import caching

# pytest-django runs tests that do not use the database after those that do; marking every
# test here keeps them in the order written and ahead of the module's other test files, so a
# mutation run (`-x`) stops at the first rule broken.
pytestmark = pytest.mark.django_db

PUBLIC = {"public", "max-age=0", "s-maxage=300", "stale-while-revalidate=60"}
PRIVATE = {"private", "no-cache"}
ANONYMOUS = AnonymousUser()


def _through_middleware(method="get", status=200, user=ANONYMOUS, cookie=None, **headers):
    """The Cache-Control directives the middleware gives a response of `view`."""

    def view(_request):
        response = HttpResponse("page", status=status, headers=headers)
        if cookie:
            response.set_cookie(cookie, "1")
        return response

    request = getattr(RequestFactory(), method)("/en/")
    if user is not None:
        request.user = user
    header = caching.CacheControlMiddleware(view)(request)["Cache-Control"]
    return {directive.strip() for directive in header.split(",")}


@pytest.mark.parametrize("method", ["get", "head"])
def test_a_successful_anonymous_read_is_kept_five_minutes_by_a_shared_cache_only(method):
    assert _through_middleware(method) == PUBLIC


def test_the_shared_cache_s_lifetimes_come_from_the_settings(settings):
    settings.PUBLIC_CACHE_SECONDS, settings.PUBLIC_CACHE_STALE_SECONDS = 42, 7

    assert _through_middleware() == {
        "public",
        "max-age=0",
        "s-maxage=42",
        "stale-while-revalidate=7",
    }


def test_a_request_that_never_met_authentication_is_anonymous():
    assert _through_middleware(user=None) == PUBLIC


@pytest.mark.parametrize("method", ["post", "put", "delete", "options"])
def test_anything_but_a_read_is_private(method):
    assert _through_middleware(method) == PRIVATE


@pytest.mark.parametrize("status", [201, 204, 301, 302, 304, 400, 403, 404, 500, 503])
def test_anything_but_a_200_is_private(status):
    assert _through_middleware(status=status) == PRIVATE


def test_what_a_signed_in_person_sees_is_private():
    assert _through_middleware(user=UserFactory()) == PRIVATE


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "messages", "django_language"])
def test_a_response_setting_any_cookie_is_private(cookie):
    assert _through_middleware(cookie=cookie) == PRIVATE


def test_a_view_s_own_cache_policy_is_left_as_it_is():
    assert _through_middleware(**{"Cache-Control": "no-store"}) == {"no-store"}
    assert _through_middleware("post", **{"Cache-Control": "max-age=60"}) == {"max-age=60"}


def test_a_page_outside_every_site_has_no_address_to_purge(home_site):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    orphan = root.add_child(instance=Page(title="Nowhere", slug="nowhere"))

    assert caching.addresses_to_purge(orphan) == set()
