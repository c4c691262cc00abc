"""Accounts: sign-up with email verification, throttled logins, MFA for staff and grants
roles, the member's language after login, and personal data."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from members.mfa import requires_mfa
from members.models import DELETED_MEMBER, FacilitatorProfile, HubMembership, User
from tests.factories import (
    PASSWORD,
    TOTP_SECRET,
    FacilitatorProfileFactory,
    HubFactory,
    UserFactory,
    enrol_totp,
)


def current_code():
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(TOTP_SECRET, counters[len(counters) // 2]))


def log_in(client, email, password=PASSWORD, next_url=None):
    """Sign in through the login form, as a person does (allauth records when)."""
    url = "/en/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": email, "password": password})


def reauthenticate(client):
    """Sensitive pages ask for the password again, even right after logging in."""
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})


def test_sign_up_needs_the_emailed_link_before_the_member_area(
    client, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/es/accounts/signup/",
            {
                "email": "nueva@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "display_name": "Nueva",
            },
        )
    person = User.objects.get(email="nueva@example.org")
    assert person.preferred_language == "es"
    assert person.display_name == "Nueva"
    assert client.get(reverse("members:dashboard")).status_code == 302

    (email,) = mail.outbox
    link = re.search(r"testserver(/\S+/confirm-email/\S+)", email.body)[1]
    client.post(link)

    assert client.get("/es/members/").status_code == 200


def test_login_failures_are_throttled(client, locales):
    person = UserFactory()

    attempts = [log_in(client, person.email, "wrong-password") for _ in range(6)]
    after_limit = log_in(client, person.email)

    assert [response.status_code for response in attempts[:5]] == [200] * 5
    assert "Too many failed login attempts" in attempts[5].content.decode()
    assert "Too many failed login attempts" in after_limit.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_member_lands_in_their_own_language_after_login(client, locales):
    person = UserFactory(preferred_language="ar")

    response = log_in(client, person.email)

    assert response["Location"] == "/ar/members/"


def test_staff_must_give_their_authenticator_code_to_log_in(client, locales):
    staff = UserFactory(staff=True)

    first_step = log_in(client, staff.email, next_url="/admin/")
    assert first_step["Location"] == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302

    second_step = client.post(reverse("mfa_authenticate"), {"code": current_code()})

    assert second_step["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_staff_without_mfa_are_sent_to_set_it_up_before_the_admin_and_member_area(client, locales):
    staff = UserFactory(is_staff=True, is_superuser=True)
    log_in(client, staff.email)

    admin = client.get("/admin/")
    dashboard = client.get(reverse("members:dashboard"))

    assert admin["Location"] == reverse("mfa_activate_totp")
    assert dashboard["Location"] == reverse("mfa_activate_totp")
    reauthenticate(client)
    assert "Authenticator" in client.get(reverse("mfa_activate_totp")).content.decode()


@pytest.mark.parametrize("group", ["Peer reviewers", "Grant committee", "Fund staff"])
def test_grants_roles_need_mfa(client, locales, group):
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get_or_create(name=group)[0])
    client.force_login(reviewer)

    assert requires_mfa(reviewer)
    assert client.get(reverse("members:dashboard"))["Location"] == reverse("mfa_activate_totp")
    enrol_totp(reviewer)
    # This session signed in before the app was set up: it gives a code once.
    asked = client.get(reverse("members:dashboard"))["Location"]
    assert asked == reverse("mfa_reauthenticate") + "?next=/en/members/"
    client.post(asked, {"code": current_code()})
    assert client.get(reverse("members:dashboard")).status_code == 200


def test_mfa_stays_optional_for_members(client, locales):
    member = UserFactory()
    client.force_login(member)

    assert not requires_mfa(member)
    assert client.get(reverse("members:dashboard")).status_code == 200


def test_the_wagtail_admin_login_is_the_allauth_login(client, locales):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response["Location"].startswith(reverse("account_login"))
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    admin_login = client.get("/admin/")["Location"]
    assert client.get(admin_login)["Location"].startswith(reverse("account_login"))


def test_the_profile_sets_the_language_the_site_follows(signed_in, locales):
    person = UserFactory()
    client = signed_in(person)

    response = client.post(
        reverse("members:profile"),
        {"display_name": "Camille", "preferred_language": "fr", "timezone": "Europe/Paris"},
    )

    assert response["Location"] == "/fr/members/profile/"
    person.refresh_from_db()
    assert (person.display_name, person.timezone) == ("Camille", "Europe/Paris")


def test_password_reset_links_last_one_hour(settings):
    assert settings.PASSWORD_RESET_TIMEOUT == 3600


def test_changing_email_asks_for_the_password_again(signed_in, locales, settings):
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    client = signed_in(UserFactory())

    response = client.post(reverse("account_email"), {"action_add": "", "email": "new@example.org"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))


def test_a_member_downloads_their_data(signed_in, cast):
    FacilitatorProfileFactory(user=cast.coordinator, skills="mediation")
    client = signed_in(cast.coordinator)

    response = client.get(reverse("members:download_data"))

    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = response.json()
    assert data["account"]["email"] == cast.coordinator.email
    assert data["hub_memberships"] == [
        {
            "hub": cast.hub.name,
            "role": "coordinator",
            "joined_at": data["hub_memberships"][0]["joined_at"],
        }
    ]
    assert data["facilitator_profile"]["skills"] == ["mediation"]


def test_deleting_an_account_keeps_hubs_attributed_to_a_deleted_member(signed_in, locales):
    person = UserFactory(display_name="Rosa")
    hub = HubFactory(created_by=person)
    HubMembership.objects.create(hub=hub, user=person, role="coordinator")
    FacilitatorProfileFactory(user=person)
    client = signed_in(None)
    log_in(client, person.email)
    reauthenticate(client)

    response = client.post(reverse("members:delete_account"), {"confirm": "on"})

    assert response.status_code == 302
    person.refresh_from_db()
    hub.refresh_from_db()
    assert hub.created_by == person
    assert str(hub.created_by) == str(DELETED_MEMBER)
    assert "Rosa" not in person.email and person.display_name == ""
    assert not person.is_active and not person.has_usable_password()
    assert not FacilitatorProfile.objects.filter(user=person).exists()
    assert not Authenticator.objects.filter(user=person).exists()
    assert "_auth_user_id" not in client.session


def test_the_last_coordinator_of_a_hub_with_members_must_hand_over_before_deleting(signed_in, cast):
    client = signed_in(None)
    log_in(client, cast.coordinator.email)
    reauthenticate(client)

    response = client.post(reverse("members:delete_account"), {"confirm": "on"})

    assert response.status_code == 200
    assert "only coordinator" in response.content.decode()
    cast.coordinator.refresh_from_db()
    assert cast.coordinator.is_active


def test_deleting_needs_the_confirmation(signed_in, locales):
    person = UserFactory()
    client = signed_in(None)
    log_in(client, person.email)
    reauthenticate(client)

    response = client.post(reverse("members:delete_account"), {})

    assert response.status_code == 200
    person.refresh_from_db()
    assert person.is_active


def test_account_emails_follow_the_persons_language_not_the_pages(
    client, locales, django_capture_on_commit_callbacks
):
    person = UserFactory(preferred_language="pt")

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/password/reset/", {"email": person.email})

    (email,) = mail.outbox
    assert email.subject == "Email com pedido de redefinição da palavra-passe"
