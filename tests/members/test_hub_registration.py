"""A member registers a hub, staff review it in the admin, the registrant hears back in their
own language, and every change to the profile is in the audit log."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from members.models import Hub, HubMembership
from tests.factories import CoordinatorFactory, HubFactory, UserFactory

FORM = {
    "name": "Cozinha Solidária",
    "city": "Recife",
    "country": "BR",
    "latitude": "-8.047600",
    "longitude": "-34.877000",
    "languages": ["pt", "en"],
    "description": "Uma cozinha comunitária.",
    "website": "cozinha.example.org",
    "contact_email": "",
    "social_links": "https://social.example.org/@cozinha",
    "founding_year": "2019",
    "size_band": "medium",
}


def test_a_member_registers_a_hub_that_waits_for_staff(signed_in, locales):
    person = UserFactory()
    client = signed_in(person)

    response = client.post(reverse("members:hub_register"), FORM)

    assert response.status_code == 302
    hub = Hub.objects.get(name="Cozinha Solidária")
    assert hub.status == Hub.Status.PENDING
    assert hub.slug == "cozinha-solidária"
    assert hub.website == "https://cozinha.example.org"
    assert hub.social_links == ["https://social.example.org/@cozinha"]
    assert hub.memberships.get().user == person
    assert hub.memberships.get().role == HubMembership.Role.COORDINATOR
    assert client.get(reverse("members:hub_detail", args=[hub.slug])).status_code == 404
    assert "Pending review" in client.get(reverse("members:dashboard")).content.decode()


def test_a_registration_with_mistakes_keeps_what_was_typed(signed_in, locales):
    client = signed_in(UserFactory())

    response = client.post(
        reverse("members:hub_register"),
        FORM | {"latitude": "95", "longitude": "", "social_links": "not a link"},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Latitude is between -90 and 90." in page
    assert "is not a web address" in page
    assert 'value="Cozinha Solidária"' in page
    assert not Hub.objects.exists()


def _waiting_hub(registrant):
    return HubFactory(
        name="Les Jardins",
        slug="les-jardins",
        city="Lyon",
        country="FR",
        created_by=registrant,
        status=Hub.Status.PENDING,
    )


def test_staff_approve_a_hub_and_the_registrant_is_told_in_their_language(
    signed_in, cast, django_capture_on_commit_callbacks
):
    registrant = UserFactory(preferred_language="fr")
    hub = _waiting_hub(registrant)
    client = signed_in(cast.staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members_hub:review", args=[hub.pk]), {"action": "approve"})

    assert response.status_code == 302
    hub.refresh_from_db()
    assert hub.status == Hub.Status.APPROVED
    assert hub.reviewed_by == cast.staff
    (email,) = mail.outbox
    assert email.to == [registrant.email]
    assert "est approuvé" in email.subject
    assert "/fr/hubs/les-jardins/" in email.body
    assert ModelLogEntry.objects.filter(
        action="members.hub.approve", object_id=str(hub.pk)
    ).exists()


def test_a_mail_server_failure_during_approval_leaves_the_hub_approved(
    signed_in, cast, refusing_smtp, django_capture_on_commit_callbacks
):
    registrant = UserFactory(preferred_language="fr")
    hub = _waiting_hub(registrant)
    client = signed_in(cast.staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members_hub:review", args=[hub.pk]), {"action": "approve"})

    assert response.status_code == 302
    hub.refresh_from_db()
    assert hub.status == Hub.Status.APPROVED
    assert ModelLogEntry.objects.filter(
        action="members.hub.approve", object_id=str(hub.pk)
    ).exists()


def test_staff_reject_a_hub_with_a_reason_that_the_registrant_receives(
    signed_in, cast, django_capture_on_commit_callbacks
):
    registrant = UserFactory(preferred_language="es")
    hub = HubFactory(
        name="Nodo",
        slug="nodo",
        city="Quito",
        country="EC",
        created_by=registrant,
        status=Hub.Status.PENDING,
    )
    client = signed_in(cast.staff)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("members_hub:review", args=[hub.pk]),
            {"action": "reject", "reason": "Falta una descripción del grupo."},
        )

    hub.refresh_from_db()
    assert hub.status == Hub.Status.REJECTED
    assert hub.rejection_reason == "Falta una descripción del grupo."
    (email,) = mail.outbox
    assert "Falta una descripción del grupo." in email.body
    assert "Hola" in email.body
    history = client.get(reverse("members_hub:history", args=[hub.pk])).content.decode()
    assert "Hub rejected" in history
    entry = ModelLogEntry.objects.get(action="members.hub.reject", object_id=str(hub.pk))
    assert entry.comment == "Falta una descripción del grupo."


def test_rejecting_without_a_reason_is_refused(signed_in, cast, django_capture_on_commit_callbacks):
    hub = HubFactory(
        name="Nodo", slug="nodo", city="Quito", country="EC", status=Hub.Status.PENDING
    )
    client = signed_in(cast.staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members_hub:review", args=[hub.pk]), {"action": "reject"})

    assert response.status_code == 200
    hub.refresh_from_db()
    assert hub.status == Hub.Status.PENDING
    assert not mail.outbox


def test_the_review_queue_lists_pending_hubs_for_staff(signed_in, cast):
    HubFactory(
        name="Waiting Hub", slug="waiting", city="Accra", country="GH", status=Hub.Status.PENDING
    )
    client = signed_in(cast.staff)

    page = client.get(reverse("members_hub:index"), {"status": "pending"}).content.decode()

    assert "Waiting Hub" in page
    assert reverse("members_hub:review", args=[Hub.objects.get(slug="waiting").pk]) in page


def test_profile_changes_are_recorded_with_who_and_what(signed_in, cast):
    client = signed_in(cast.coordinator)
    current = {
        "name": cast.hub.name,
        "city": "Porto",
        "country": "PT",
        "languages": ["pt"],
        "size_band": "small",
        "description": cast.hub.description,
        "latitude": "",
        "longitude": "",
    }

    client.post(reverse("members:hub_edit", args=[cast.hub.slug]), current)

    entry = ModelLogEntry.objects.get(action="members.hub.update", object_id=str(cast.hub.pk))
    assert entry.user == cast.coordinator
    assert set(entry.data["changes"]) == {"city", "languages", "latitude", "longitude"}
    assert entry.data["changes"]["city"] == ["Lisboa", "Porto"]
    history = signed_in(cast.staff).get(reverse("members_hub:history", args=[cast.hub.pk]))
    assert (
        "Profile updated: City: Lisboa → Porto; Latitude: 38.722300 → none; "
        "Longitude: -9.139300 → none; Languages: Portuguese, English → Portuguese"
    ) in history.content.decode()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_descriptions_with_html_are_shown_as_text(client, cast, language):
    Hub.objects.filter(pk=cast.hub.pk).update(description='<script>alert("x")</script><b>bold</b>')

    page = client.get(f"/{language}/hubs/{cast.hub.slug}/").content.decode()

    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page


def test_a_coordinator_of_another_hub_cannot_post_an_edit(signed_in, cast):
    client = signed_in(CoordinatorFactory(hub=cast.other_hub).user)

    response = client.post(reverse("members:hub_edit", args=[cast.hub.slug]), FORM)

    assert response.status_code == 404
    cast.hub.refresh_from_db()
    assert cast.hub.name == "Rede Vizinha"


def test_staff_edit_a_hub_in_the_admin_but_change_its_status_only_by_review(signed_in, cast):
    client = signed_in(cast.staff)

    page = client.get(reverse("members_hub:edit", args=[cast.hub.pk])).content.decode()

    assert 'name="name"' in page
    assert 'name="status"' not in page


def test_staff_editing_a_hub_without_languages_are_asked_for_them(signed_in, cast):
    form = {**FORM, "languages": [], "social_links": ""}

    response = signed_in(cast.staff).post(reverse("members_hub:edit", args=[cast.hub.pk]), form)

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    cast.hub.refresh_from_db()
    assert cast.hub.city != "Recife"
