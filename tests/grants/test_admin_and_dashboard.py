"""Staff lists in the Wagtail admin, and the member dashboard's grants panels."""

from django.test import RequestFactory
from wagtail import hooks

from grants.models import Application
from tests.factories import UserFactory, set_status


def test_staff_find_applications_reviewers_and_tranches_in_the_admin(client, people):
    set_status(people.application, Application.Status.SUBMITTED)
    admin = UserFactory(is_superuser=True, is_staff=True, groups=["Fund staff"])
    client.force_login(admin)
    for path in (
        "/admin/grants/applications/",
        "/admin/grants/reviewers/",
        "/admin/grants/assignments/",
        "/admin/grants/tranches/",
    ):
        assert client.get(path).status_code == 200, path
    listing = client.get("/admin/grants/applications/", {"status": "submitted"})
    assert people.application.title in listing.content.decode()
    assert client.get("/admin/").status_code == 200


def test_dashboard_panels_show_my_applications_and_my_reviews(people):
    panels = hooks.get_hooks("member_dashboard_panels")
    request = RequestFactory().get("/")

    request.user = people.applicant
    shown = [panel(request) for panel in panels]
    titles = [str(p["title"]) for p in shown if p]
    assert "My applications" in titles and "My reviews" not in titles

    request.user = people.reviewer_assigned
    titles = [str(p["title"]) for p in (panel(request) for panel in panels) if p]
    assert "My reviews" in titles and "My applications" not in titles


def test_grants_member_pages_keep_the_member_navigation(client, people):
    from django.urls import reverse

    set_status(people.application, Application.Status.IN_REVIEW)
    draft = Application.objects.create(
        round=people.application.round, hub=people.hub, applicant=people.applicant, title="Draft"
    )
    pages_of = {
        people.applicant: [
            reverse("grants:my_applications"),
            reverse("grants:application_edit", args=[draft.pk]),
            reverse("grants:application_detail", args=[people.application.pk]),
        ],
        people.reviewer_assigned: [
            reverse("grants:my_reviews"),
            reverse("grants:review", args=[people.assignment.pk]),
        ],
    }
    for person, urls in pages_of.items():
        client.force_login(person)
        for url in urls:
            page = client.get(url).content.decode()
            assert '<nav class="member-nav" aria-label="Member area">' in page, url
            assert f'href="{reverse("members:profile")}"' in page, url
