"""The loaded demo, once for the module: its people find their own work on their dashboard and in
their work area, the editorial team theirs on Wagtail's dashboard; its applications have been
through the workflow; every translated page syncs from the admin; and every public page of its
sitemaps is the same for every anonymous visitor (shared caches never share a cookie)."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from grants import workflow
from grants.models import Application, ReviewAssignment
from home.models import StandardPage
from members.models import FacilitatorProfile, User
from network.models import Proposal, Registration
from tests.factories import UserFactory
from tests.translation_editor import editor_segments


@pytest.fixture
def demo(demo_content, db):
    """The demo, loaded once for this module's tests."""


def _page(client, email, name):
    client.force_login(User.objects.get(email=email))
    return client.get(reverse(name)).content.decode()


def test_karim_sees_his_registrations_proposals_and_applications(demo, client):
    karim = User.objects.get(email="karim@solidarity.example")
    registrations = Registration.objects.filter(user=karim).exclude(status="cancelled")
    proposals = Proposal.objects.filter(author=karim)
    applications = Application.objects.filter(hub__memberships__user=karim)
    assert registrations and proposals and applications

    page = _page(client, karim.email, "members:dashboard")

    for registration in registrations:
        assert escape(registration.assembly.title) in page
    for proposal in proposals:
        assert escape(proposal.title) in page
    for application in applications:
        assert escape(application.title) in page
    assert "You have not registered for any assembly yet." not in page
    assert "You have not submitted any proposal yet." not in page


def test_reviewer2_sees_the_reviews_assigned_to_them(demo, client):
    open_reviews = ReviewAssignment.objects.filter(
        reviewer__email="reviewer2@solidarity.example", status="assigned"
    )
    assert open_reviews

    page = _page(client, "reviewer2@solidarity.example", "members:dashboard")

    assert "No reviews assigned to you" not in page
    for assignment in open_reviews:
        assert escape(assignment.application.title) in page


def _work_lists(client, email):
    """Each list of the person's work area: its heading's count and its items' titles and
    notes."""
    page = BeautifulSoup(_page(client, email, "members:work"), "html.parser")
    return {
        section.h2.contents[0].strip(): (
            section.select_one(".work-list__count").get_text(),
            [(item.a.get_text(), item.p.get_text() if item.p else "") for item in section("li")],
        )
        for section in page.select("section.work-list")
    }


def test_each_reviewer_has_a_review_due(demo, client):
    due_in_a_week = "due "
    expected = {
        "reviewer1@solidarity.example": "مكتبة الحي",
        "reviewer2@solidarity.example": "Care network phone tree",
        "reviewer3@solidarity.example": "مكتبة الحي",
    }
    for email, title in expected.items():
        count, items = _work_lists(client, email)["Reviews due"]
        assert count == "(1)", email
        assert items[0][0] == title and items[0][1].startswith(due_in_a_week), email


def test_the_committee_has_a_round_to_decide_and_the_treasurer_a_payment(demo, client):
    count, rounds = _work_lists(client, "committee@solidarity.example")["Rounds ready to decide"]
    assert count == "(1)"
    assert rounds[0][0] == "Spring 2026 round"
    assert rounds[0][1].startswith("1 application ready to decide")

    count, payments = _work_lists(client, "treasurer@solidarity.example")[
        "Payments waiting for your approval"
    ]
    assert count == "(1)"
    assert payments[0][0] == "Comedor solidario"
    assert payments[0][1].startswith("€1,000.00 recorded by Network staff on ")


def test_staff_have_a_report_to_review_and_hubs_to_approve(demo, client):
    lists = _work_lists(client, "staff@solidarity.example")

    assert lists["Reports to review"][0] == "(1)"
    assert lists["Reports to review"][1][0][0] == "Cozinha comunitária no bairro"
    assert lists["Reports to review"][1][0][1].startswith("Progress report from ")
    assert lists["Hubs waiting for approval"][0] == "(3)"
    assert [title for title, _note in lists["Hubs waiting for approval"][1]] == [
        "Quito Cuidados",
        "Toulouse Logement Digne",
        "Accra Food Commons",
    ]
    # Staff recorded the waiting payment themselves: the treasurer approves it, not them.
    assert lists["Payments waiting for your approval"][0] == "(0)"


def test_the_moderator_has_the_editors_page_to_review(demo, client):
    client.force_login(User.objects.get(email="moderator@solidarity.example"))
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")

    awaiting = dashboard.find(string="Awaiting your review").find_parent("section")
    assert "Join a working group" in awaiting.get_text()
    assert "Noor Editor" in awaiting.get_text()

    client.force_login(User.objects.get(email="editor@solidarity.example"))
    dashboard = client.get("/admin/").content.decode()
    assert "Your pages and snippets in a workflow" in dashboard
    assert "Join a working group" in dashboard


def test_the_demo_moves_applications_through_the_workflow(demo):
    completed = Application.objects.get(status=Application.Status.COMPLETED)
    history = completed.audit.values_list("tranche__position", "action", "from_status", "to_status")
    assert list(history) == [
        (None, "submit", "draft", "submitted"),
        (None, "screen", "submitted", "in_review"),
        (None, "complete_review", "in_review", "reviewed"),
        (None, "approve", "reviewed", "approved"),
        (None, "sign_agreement", "approved", "active"),
        (1, "record", "planned", "recorded"),
        (1, "approve", "recorded", "paid"),
        (2, "record", "planned", "recorded"),
        (2, "approve", "recorded", "paid"),
        (None, "complete", "active", "completed"),
    ]
    payments = completed.audit.exclude(tranche=None)
    assert {entry.actor.email for entry in payments if entry.action == "record"} != {
        entry.actor.email for entry in payments if entry.action == "approve"
    }
    grant_round = completed.round
    assert not grant_round.is_open and completed.submitted_at < grant_round.closes_at
    assert completed.reference == workflow.reference_for(completed)


SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _locations(client, address):
    tree = ET.fromstring(client.get(address).content)
    return [urlsplit(loc.text).path for loc in tree.findall(".//s:loc", SITEMAP_NS)]


def _public_addresses():
    client = Client()
    addresses = []
    for section in _locations(client, "/sitemap.xml"):
        addresses += _locations(client, section)
    for profile in FacilitatorProfile.objects.listed():
        addresses += [f"/{code}/facilitators/{profile.pk}/contact/" for code in ("en", "ar")]
    return addresses


def test_every_public_page_is_the_same_for_two_anonymous_visitors_and_sets_no_cookie(demo):
    addresses = _public_addresses()
    shared, private = [], []
    for address in addresses:
        first, second = Client().get(address), Client().get(address)
        assert first.status_code == 200, address
        if "public" in first["Cache-Control"]:
            assert not first.cookies and not second.cookies, address
            assert first.content == second.content, address
            shared.append(address)
        else:
            assert "private" in first["Cache-Control"], address
            private.append(address)
    # Only the donation form (Stripe's card step) stays private; every other form is public.
    assert all("/donate" in address for address in private), private
    forms = [
        address
        for address in shared
        if b'name="csrfmiddlewaretoken"' in Client().get(address).content
    ]
    assert any("/contact/" in address for address in forms)
    assert any("/assemblies/" in address for address in forms)
    assert len(shared) > 100


def test_every_translated_demo_page_can_be_synced_from_the_admin(demo, client):
    client.force_login(UserFactory(email="sync-editor@example.org", groups=["Editors"]))
    translated = Page.objects.exclude(locale__language_code="en").exclude(depth=1)
    sources = {
        translation.source.object_id: translation
        for translation in Translation.objects.select_related("source")
    }
    assert translated.exists()
    assert [page.title for page in translated if page.translation_key not in sources] == []
    # Every string of every translated page (list items too) holds the demo's own text.
    incomplete = [
        (translation.source.object_repr, translation.target_locale.language_code)
        for translation in Translation.objects.select_related("source", "target_locale")
        if translation.get_progress()[0] != translation.get_progress()[1]
    ]
    assert incomplete == []
    english = StandardPage.objects.get(locale__language_code="en", slug="about")
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    english.title = "About the network, in its own words"
    english.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(english)
    client.post(f"/admin/localize/update/{source.pk}/", {})
    segments = editor_segments(client.get(f"/admin/pages/{french.pk}/edit/").content.decode())

    assert segments["About the network, in its own words"] is None
    # What did not change keeps the demo's French text.
    assert segments[english.introduction] == french.introduction
