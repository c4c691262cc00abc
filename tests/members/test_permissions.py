"""Who may open what in the member area: every view against every role, and ids that are
guessed instead of given."""

import pytest
from django.urls import reverse

from members.models import Hub
from tests.factories import HubFactory, InvitationFactory, MembershipFactory

ROLES = ["anonymous", "member", "coordinator", "other_coordinator", "staff"]
SIGN_IN = "sign_in"  # anonymous visitors are sent to the login page
NOT_FOUND = 404


def person(cast, role):
    return None if role == "anonymous" else getattr(cast, role)


def everyone(status):
    return {"anonymous": SIGN_IN} | dict.fromkeys(ROLES[1:], status)


def coordinators_only(ok):
    return {
        "anonymous": SIGN_IN,
        "member": NOT_FOUND,
        "coordinator": ok,
        "other_coordinator": NOT_FOUND,
        "staff": NOT_FOUND,
    }


# view name, method, url kwargs (from the cast), expected status per role
MATRIX = [
    ("members:dashboard", "get", {}, everyone(200)),
    ("members:profile", "get", {}, everyone(200)),
    ("members:facilitator_profile", "get", {}, everyone(200)),
    ("members:download_data", "get", {}, everyone(200)),
    ("members:hub_register", "get", {}, everyone(200)),
    ("members:hub_edit", "get", {"slug": "hub"}, coordinators_only(200)),
    ("members:hub_people", "get", {"slug": "hub"}, coordinators_only(200)),
    ("members:hub_role", "post", {"slug": "hub", "pk": "membership"}, coordinators_only(302)),
    ("members:hub_remove", "post", {"slug": "hub", "pk": "membership"}, coordinators_only(302)),
    (
        "members:hub_leave",
        "get",
        {"slug": "hub"},
        {"anonymous": SIGN_IN, "member": 200, "coordinator": 200}
        | {"other_coordinator": NOT_FOUND, "staff": NOT_FOUND},
    ),
]


def resolve_kwargs(cast, kwargs):
    values = {"hub": cast.hub.slug, "membership": cast.membership.pk}
    return {name: values[source] for name, source in kwargs.items()}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("view", "method", "kwargs", "expected"), MATRIX, ids=[row[0] for row in MATRIX]
)
def test_member_area_views_per_role(cast, signed_in, role, view, method, kwargs, expected):
    client = signed_in(person(cast, role))
    url = reverse(view, kwargs=resolve_kwargs(cast, kwargs))

    response = getattr(client, method)(url, {"role": "member"} if method == "post" else None)

    if expected[role] == SIGN_IN:
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]
    else:
        assert response.status_code == expected[role]


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_show_approved_hubs_to_everyone(cast, signed_in, role):
    client = signed_in(person(cast, role))

    assert client.get(reverse("members:directory")).status_code == 200
    assert client.get(cast.hub.get_absolute_url()).status_code == 200
    assert client.get(reverse("members:hub_geojson")).status_code == 200


@pytest.mark.parametrize("status", [Hub.Status.PENDING, Hub.Status.REJECTED, Hub.Status.SUSPENDED])
@pytest.mark.parametrize("role", ROLES)
def test_a_hub_that_is_not_approved_is_not_public(cast, signed_in, role, status):
    Hub.objects.filter(pk=cast.hub.pk).update(status=status)
    client = signed_in(person(cast, role))

    assert client.get(reverse("members:hub_detail", args=[cast.hub.slug])).status_code == 404
    assert cast.hub.name not in client.get(reverse("members:directory")).content.decode()
    features = client.get(reverse("members:hub_geojson")).json()["features"]
    assert cast.hub.name not in [feature["properties"]["name"] for feature in features]


@pytest.mark.parametrize("role", ROLES)
def test_the_hub_review_in_the_admin_is_for_staff_only(cast, signed_in, role):
    client = signed_in(person(cast, role))

    response = client.get(reverse("members_hub:review", args=[cast.hub.pk]))

    if role == "staff":
        assert response.status_code == 200
        assert cast.hub.name in response.content.decode()
    else:
        assert response.status_code in (302, 403)
        assert cast.hub.name not in response.content.decode()


def test_a_coordinator_cannot_change_a_membership_of_another_hub_through_their_own(cast, signed_in):
    stranger = MembershipFactory(hub=cast.other_hub)
    client = signed_in(cast.coordinator)

    role = client.post(
        reverse("members:hub_role", args=[cast.hub.slug, stranger.pk]), {"role": "coordinator"}
    )
    removal = client.post(reverse("members:hub_remove", args=[cast.hub.slug, stranger.pk]))

    assert (role.status_code, removal.status_code) == (404, 404)
    stranger.refresh_from_db()
    assert stranger.role == "member"


def test_a_coordinator_of_a_pending_hub_manages_it_but_the_public_does_not_see_it(cast, signed_in):
    Hub.objects.filter(pk=cast.hub.pk).update(status=Hub.Status.PENDING)
    client = signed_in(cast.coordinator)

    assert client.get(reverse("members:hub_edit", args=[cast.hub.slug])).status_code == 200
    assert client.get(reverse("members:hub_detail", args=[cast.hub.slug])).status_code == 404


def test_an_unknown_invitation_token_is_not_found(cast, signed_in):
    InvitationFactory(hub=cast.hub)
    client = signed_in(cast.member)

    assert client.get(reverse("members:invitation", args=["guessed-token"])).status_code == 404


def test_the_data_download_holds_only_the_signed_in_persons_data(cast, signed_in):
    client = signed_in(cast.member)

    data = client.get(reverse("members:download_data")).json()

    assert data["account"]["email"] == cast.member.email
    assert cast.coordinator.email not in str(data)


def test_a_hub_slug_from_another_hub_does_not_open_its_management(cast, signed_in):
    lone = HubFactory(status=Hub.Status.PENDING)
    client = signed_in(cast.coordinator)

    assert client.get(reverse("members:hub_people", args=[lone.slug])).status_code == 404
