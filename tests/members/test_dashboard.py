"""The dashboard gathers panels from every app through the `member_dashboard_panels` hook."""

from django.urls import reverse
from wagtail import hooks

from tests.factories import InvitationFactory


def test_the_dashboard_shows_my_hubs_roles_and_invitations(signed_in, cast):
    InvitationFactory(hub=cast.other_hub, email=cast.member.email)
    client = signed_in(cast.member)

    page = client.get(reverse("members:dashboard")).content.decode()

    assert "My hubs and roles" in page
    assert cast.hub.name in page
    assert "Invitations waiting for you" in page
    assert f"{cast.other_hub.name} invites you to join as Member." in page
    assert page.index("Invitations waiting for you") < page.index("My hubs and roles")


def test_other_apps_add_panels_in_their_order(signed_in, cast):
    def proposals_panel(request):
        return {
            "title": "My proposals",
            "template": "members/dashboard/invitations.html",
            "context": {"invitations": []},
            "order": 1,
        }

    with hooks.register_temporarily("member_dashboard_panels", proposals_panel):
        page = signed_in(cast.member).get(reverse("members:dashboard")).content.decode()

    assert page.index("My proposals") < page.index("My hubs and roles")


def test_a_panel_that_returns_nothing_is_left_out(signed_in, cast):
    with hooks.register_temporarily("member_dashboard_panels", lambda request: None):
        response = signed_in(cast.member).get(reverse("members:dashboard"))

    assert response.status_code == 200
    assert "Invitations waiting for you" not in response.content.decode()
