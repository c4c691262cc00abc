"""Permission matrix: every grants page and action for every role, and no object reachable
by guessing its id (applications, attachments, reviews, payments)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from grants import applying
from grants.models import Application, Tranche
from tests.factories import approve, make_application, plan_tranche, set_status, submitted_review
from tests.signing_in import SignInClient

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ROLES = [
    "anonymous",
    "member",
    "applicant",
    "hub_member",
    "other_hub_member",
    "reviewer_assigned",
    "reviewer_not_assigned",
    "committee",
    "staff",
]
TEAM = {"committee", "staff"}
APPLICANTS = {"applicant", "hub_member"}
CAN_SEE = APPLICANTS | TEAM | {"reviewer_assigned"}


def login(client, people, role):
    if role != "anonymous":
        client.force_login(getattr(people, role))


def expected(role, allowed, ok=200):
    if role == "anonymous":
        return 302
    return ok if role in allowed else 404


@pytest.fixture
def world(people):
    people.attachment = applying.add_attachment(
        people.application, SimpleUploadedFile("plan.pdf", PDF), people.applicant
    )
    return people


# The world's application is a draft: it belongs to its hub until it is submitted.
PAGES = [
    ("application_detail", lambda w: [w.application.pk], APPLICANTS),
    ("application_edit", lambda w: [w.application.pk], APPLICANTS),
    ("attachment", lambda w: [w.attachment.pk], APPLICANTS),
    ("review", lambda w: [w.assignment.pk], set()),
    ("staff_applications", lambda w: [], TEAM),
    ("ranking", lambda w: [w.application.round_id], TEAM),
    ("reviewer_pool", lambda w: [], {"staff"}),
    ("submit_report", lambda w: [w.application.pk], APPLICANTS),
]


def as_each_role(world):
    """A fresh signed-in client per role (the role allowed to change things comes last)."""
    for role in ROLES:
        client = SignInClient()
        login(client, world, role)
        yield role, client


@pytest.mark.parametrize("name,args,allowed", PAGES, ids=[p[0] for p in PAGES])
def test_page_permissions(world, name, args, allowed):
    url = reverse(f"grants:{name}", args=args(world))
    seen = {role: client.get(url).status_code for role, client in as_each_role(world)}
    assert seen == {role: expected(role, allowed) for role in ROLES}


SUBMITTED_PAGES = [
    ("application_detail", lambda w: [w.application.pk], CAN_SEE),
    ("attachment", lambda w: [w.attachment.pk], CAN_SEE),
    ("review", lambda w: [w.assignment.pk], {"reviewer_assigned"}),
]


@pytest.mark.parametrize("name,args,allowed", SUBMITTED_PAGES, ids=[p[0] for p in SUBMITTED_PAGES])
def test_once_submitted_the_team_and_its_reviewer_read_it(world, name, args, allowed):
    set_status(world.application, Application.Status.IN_REVIEW)
    url = reverse(f"grants:{name}", args=args(world))
    seen = {role: client.get(url).status_code for role, client in as_each_role(world)}
    assert seen == {role: expected(role, allowed) for role in ROLES}


def test_drafts_stay_out_of_the_admin(client, world):
    from tests.factories import UserFactory

    draft = world.application
    sent = set_status(make_application(draft.round, title="Seed library"), "submitted")
    client.force_login(UserFactory(is_superuser=True, is_staff=True, groups=["Fund staff"]))
    listing = client.get("/admin/grants/applications/").content.decode()
    assert "Seed library" in listing and draft.title not in listing
    assignment_form = client.get("/admin/grants/assignments/new/").content.decode()
    assert "Seed library" in assignment_form and draft.title not in assignment_form
    for view in ("inspect", "edit", "delete", "history", "usage"):
        # An admin 404 is redirected to the language-prefixed address first, which 404s too.
        missing = client.get(f"/admin/grants/applications/{view}/{draft.pk}/", follow=True)
        assert missing.status_code == 404
        assert draft.title not in missing.content.decode()
        assert client.get(f"/admin/grants/applications/{view}/{sent.pk}/").status_code == 200


def test_everyone_sees_the_transparency_page_and_members_their_own_lists(world):
    for role, client in as_each_role(world):
        assert client.get(reverse("grants:transparency")).status_code == 200
        for name in ("my_applications", "my_reviews", "volunteer"):
            assert client.get(reverse(f"grants:{name}")).status_code == expected(role, set(ROLES))


def test_only_the_committee_decides(world):
    application = set_status(world.application, Application.Status.REVIEWED)
    url = reverse("grants:decide", args=[application.pk])
    data = {"outcome": "approved", "amount": "500.00", "reasons": "Strong.", "conditions": ""}
    for role, client in as_each_role(world):
        response = client.post(url, data)
        application.refresh_from_db()
        assert response.status_code == expected(role, {"committee"}, ok=302), role
        assert (application.status == "approved") == (role == "committee"), role
        if role == "committee":
            set_status(application, Application.Status.REVIEWED)
            application.decisions.all().delete()


def test_only_fund_staff_touch_payments(world):
    application = approve(world.application, "1000.00")
    set_status(application, Application.Status.ACTIVE)
    tranche = plan_tranche(application, "1000.00")
    url = reverse("grants:tranche_action", args=[tranche.pk, "record"])
    data = {"paid_date": "2026-05-01", "method": "bank_transfer", "payment_reference": "TX-1"}
    for role, client in as_each_role(world):
        response = client.post(url, data)
        tranche.refresh_from_db()
        assert response.status_code == expected(role, {"staff"}, ok=302), role
        assert (tranche.status == Tranche.Status.RECORDED) == (role == "staff"), role


def test_a_reviewer_never_sees_another_reviewers_work(client, world):
    other = submitted_review(world.application).review
    other.comment_for_committee = "Secret opinion of someone else"
    other.save()
    client.force_login(world.reviewer_assigned)
    for url in (
        reverse("grants:review", args=[world.assignment.pk]),
        reverse("grants:application_detail", args=[world.application.pk]),
    ):
        assert "Secret opinion" not in client.get(url).content.decode()
    client.force_login(world.reviewer_not_assigned)
    response = client.get(reverse("grants:review", args=[other.assignment.pk]))
    assert response.status_code == 404


def test_the_applicant_sees_only_comments_meant_for_them(client, world):
    assignment = submitted_review(world.application)
    assignment.review.comment_for_applicant = "Try to partner with the school."
    assignment.review.save()
    client.force_login(world.applicant)
    page = client.get(reverse("grants:application_detail", args=[world.application.pk]))
    text = page.content.decode()
    assert "Try to partner with the school." in text
    assert "Solid plan." not in text


def test_attachments_are_not_under_the_public_media_address(world, settings):
    from pathlib import Path

    path = Path(world.attachment.file.path).resolve()
    with pytest.raises(ValueError):
        world.attachment.file.url  # noqa: B018 (no public address)
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
