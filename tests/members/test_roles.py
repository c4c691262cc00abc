"""Coordinators invite co-organisers, change roles and remove people; anyone can leave; a
hub never loses its last coordinator."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members import roles
from members.models import HubMembership, Invitation
from tests.factories import PASSWORD, InvitationFactory, UserFactory


def test_a_coordinator_invites_someone_who_gets_a_single_use_link(
    signed_in, cast, django_capture_on_commit_callbacks
):
    client = signed_in(cast.coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("members:hub_people", args=[cast.hub.slug]),
            {"email": "New.Person@Example.org", "role": "coordinator"},
        )

    invitation = Invitation.objects.get()
    assert invitation.email == "new.person@example.org"
    assert invitation.expires_at - timezone.now() > timedelta(days=13, hours=23)
    (email,) = mail.outbox
    assert email.to == ["new.person@example.org"]
    assert invitation.get_absolute_url() in email.body


def test_inviting_someone_already_in_the_hub_is_refused_with_a_message(signed_in, cast):
    client = signed_in(cast.coordinator)

    response = client.post(
        reverse("members:hub_people", args=[cast.hub.slug]),
        {"email": cast.member.email, "role": "member"},
    )

    assert "already part of the hub" in response.content.decode()
    assert not Invitation.objects.exists()


def test_an_invitation_works_once(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, role="coordinator")
    newcomer, latecomer = UserFactory(email=invitation.email), UserFactory()

    signed_in(newcomer).post(invitation.get_absolute_url())
    signed_in(latecomer).post(invitation.get_absolute_url())

    assert cast.hub.memberships.get(user=newcomer).role == HubMembership.Role.COORDINATOR
    assert not cast.hub.memberships.filter(user=latecomer).exists()


def test_an_expired_invitation_is_refused(signed_in, cast):
    invitation = InvitationFactory(hub=cast.hub, expires_at=timezone.now() - timedelta(minutes=1))
    client = signed_in(UserFactory())

    response = client.post(invitation.get_absolute_url(), follow=True)

    assert "already been used or has expired" in response.content.decode()
    assert cast.hub.memberships.count() == 2


def test_someone_without_an_account_signs_up_and_accepts(
    client, cast, django_capture_on_commit_callbacks
):
    invitation = InvitationFactory(hub=cast.hub, email="newcomer@example.org")

    first_visit = client.get(invitation.get_absolute_url())
    assert reverse("account_login") in first_visit["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("account_signup"),
            {"email": "newcomer@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )
    confirm_path = re.search(r"testserver(/\S+/confirm-email/\S+)", mail.outbox[-1].body)[1]
    client.post(confirm_path)
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert cast.hub.name in dashboard
    client.post(invitation.get_absolute_url())

    assert cast.hub.memberships.filter(user__email="newcomer@example.org").exists()


def test_a_coordinator_makes_a_member_coordinator_and_back(signed_in, cast):
    client = signed_in(cast.coordinator)
    url = reverse("members:hub_role", args=[cast.hub.slug, cast.membership.pk])

    client.post(url, {"role": "coordinator"})
    cast.membership.refresh_from_db()
    assert cast.membership.role == "coordinator"

    client.post(url, {"role": "member"})
    cast.membership.refresh_from_db()
    assert cast.membership.role == "member"


def test_the_last_coordinator_cannot_step_down_leave_or_be_removed(signed_in, cast):
    client = signed_in(cast.coordinator)
    own = cast.coordinator_membership

    demote = client.post(
        reverse("members:hub_role", args=[cast.hub.slug, own.pk]), {"role": "member"}, follow=True
    )
    remove = client.post(reverse("members:hub_remove", args=[cast.hub.slug, own.pk]), follow=True)
    leave = client.post(reverse("members:hub_leave", args=[cast.hub.slug]), follow=True)

    for response in (demote, remove, leave):
        assert "needs at least one coordinator" in response.content.decode()
    own.refresh_from_db()
    assert own.role == "coordinator"


def test_a_member_leaves_a_hub(signed_in, cast):
    client = signed_in(cast.member)

    client.post(reverse("members:hub_leave", args=[cast.hub.slug]))

    assert not cast.hub.memberships.filter(user=cast.member).exists()


def test_a_coordinator_removes_a_member(signed_in, cast):
    signed_in(cast.coordinator).post(
        reverse("members:hub_remove", args=[cast.hub.slug, cast.membership.pk])
    )

    assert not HubMembership.objects.filter(pk=cast.membership.pk).exists()


def test_a_second_coordinator_lets_the_first_one_leave(cast):
    roles.change_role(cast.membership, "coordinator", cast.coordinator)

    roles.remove_member(cast.coordinator_membership, cast.coordinator)

    assert list(cast.hub.memberships.values_list("role", flat=True)) == ["coordinator"]


@pytest.mark.parametrize("role", ["member", "other_coordinator"])
def test_only_coordinators_invite(signed_in, cast, role):
    client = signed_in(getattr(cast, role))

    response = client.post(
        reverse("members:hub_people", args=[cast.hub.slug]),
        {"email": "x@example.org", "role": "member"},
    )

    assert response.status_code == 404
    assert not Invitation.objects.exists()
