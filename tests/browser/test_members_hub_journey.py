"""The member area in a real browser: a person signs up in French, confirms their address by
the emailed link, registers a hub; staff approve it in the admin (with their authenticator
code); the hub shows in the French directory and on the map. Then its coordinator invites a
co-organiser, who accepts."""

import re

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale

from members.models import Hub, HubMembership
from tests.factories import (
    PASSWORD,
    TOTP_SECRET,
    CoordinatorFactory,
    TopicFactory,
    UserFactory,
)

from .accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def housing(home_site):
    """The housing topic, translated into French."""
    topic = TopicFactory(name="Housing", slug="housing")
    french = topic.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.name, french.slug = "Logement", "logement"
    french.save()
    return topic


def totp_code():
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(TOTP_SECRET, counters[len(counters) // 2]))


def emailed_path(pattern):
    return re.search(rf"https?://[^/\s]+({pattern}\S*)", mail.outbox[-1].body)[1]


def log_in(page, email, next_url="/fr/members/"):
    page.goto(f"/fr/accounts/login/?next={next_url}")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()


def test_sign_up_register_in_french_approve_and_find_on_the_map(browser_page, housing, settings):
    # A code typed just as its 30-second window closes still counts, as with a person.
    settings.MFA_TOTP_TOLERANCE = 1
    page = browser_page
    page.set_default_timeout(40_000)
    staff = UserFactory(staff=True)

    page.goto("/fr/accounts/signup/")
    page.fill("input[name=email]", "camille@example.org")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.fill("input[name=display_name]", "Camille")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/fr/accounts/confirm-email/")

    page.goto(emailed_path("/fr/accounts/confirm-email/"))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/fr/members/")

    page.goto("/fr/members/hubs/register/")
    assert page.locator("h1").inner_text() == "Enregistrer un groupe"
    page.fill("input[name=name]", "Toit Pour Tous")
    page.fill("input[name=city]", "Marseille")
    page.select_option("select[name=country]", "FR")
    page.fill("input[name=latitude]", "43.2965")
    page.fill("input[name=longitude]", "5.3698")
    page.select_option("select[name=languages]", ["fr"])
    page.get_by_label("Logement").check()
    page.fill("textarea[name=description]", "Un collectif de locataires <b>solidaires</b>.")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url("**/fr/members/")
    assert "En attente de validation" in page.content()
    assert Hub.objects.get(name="Toit Pour Tous").status == Hub.Status.PENDING

    page.context.clear_cookies()
    log_in(page, staff.email, next_url="/admin/")
    page.fill("input[name=code]", totp_code())
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    page.goto(reverse("members_hub:index") + "?status=pending")
    page.get_by_role("link", name="Review").first.click()
    page.locator("button[value=approve]").click()
    page.wait_for_url(f"**{reverse('members_hub:index')}")
    assert "Toit Pour Tous" in mail.outbox[-1].subject

    page.goto("/fr/hubs/?topic=logement")
    assert page.get_by_role("link", name="Toit Pour Tous").is_visible()
    assert "Logement" in page.locator(".hub-list").inner_text()
    page.goto("/fr/hubs/map/")
    page.wait_for_selector("#hub-map[data-markers='1']")
    assert page.locator("#hub-map .leaflet-interactive").count() == 1


def test_a_coordinator_invites_a_co_organiser_who_accepts(browser_page, home_site):
    page = browser_page
    page.set_default_timeout(40_000)
    coordination = CoordinatorFactory(hub__name="Rede Vizinha")
    co_organiser = UserFactory(email="joana@example.org")

    log_in(page, coordination.user.email, next_url="/fr/members/")
    page.goto(f"/fr/members/hubs/{coordination.hub.slug}/people/")
    page.fill("input[name=email]", "joana@example.org")
    page.select_option("#id_role", "coordinator")
    page.locator("main section form button[type=submit]").click()
    page.wait_for_selector(".message--success")
    invitation_path = emailed_path("/[a-z]{2}/members/invitations/")

    page.context.clear_cookies()
    log_in(page, co_organiser.email, next_url=invitation_path)
    page.wait_for_url(f"**{invitation_path}")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/members/")

    membership = HubMembership.objects.get(user=co_organiser)
    assert membership.hub == coordination.hub
    assert membership.role == HubMembership.Role.COORDINATOR
    assert "Rede Vizinha" in page.locator("main").inner_text()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_directory_and_dashboard_are_accessible(browser_page, home_site, language):
    page = browser_page
    coordination = CoordinatorFactory()
    log_in(page, coordination.user.email, next_url=f"/{language}/members/")

    for path in (
        f"/{language}/members/",
        f"/{language}/hubs/",
        f"/{language}/members/hubs/register/",
    ):
        page.goto(path)
        assert serious_violations(page) == [], path
