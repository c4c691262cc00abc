"""Members opt in to be listed as facilitators or experts; the public browses the list and
writes to them through a form that never shows their address."""

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import FacilitatorProfileFactory, HubFactory, MembershipFactory, UserFactory


def test_a_member_opts_in_to_the_public_list(signed_in, cast):
    client = signed_in(cast.member)

    client.post(
        reverse("members:facilitator_profile"),
        {
            "is_listed": "on",
            "facilitates": "on",
            "skills": "consensus, mediation",
            "languages": ["pt", "en"],
            "bio": "Facilitating assemblies since 2015.",
            "hub": cast.hub.pk,
        },
    )

    page = client.get(reverse("members:facilitators")).content.decode()
    assert str(cast.member) in page
    assert "consensus, mediation" in page
    assert cast.member.email not in page


def test_listing_needs_something_to_offer(signed_in, cast):
    client = signed_in(cast.member)

    response = client.post(reverse("members:facilitator_profile"), {"is_listed": "on", "bio": "Hi"})

    assert "say whether you facilitate, offer expertise, or both" in response.content.decode()
    assert "Hi</textarea>" in response.content.decode()


def test_the_hub_choice_is_limited_to_the_members_own_approved_hubs(signed_in, cast):
    client = signed_in(cast.member)

    response = client.post(
        reverse("members:facilitator_profile"),
        {"is_listed": "on", "facilitates": "on", "hub": cast.other_hub.pk},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_people_who_did_not_opt_in_are_not_listed(client, locales):
    FacilitatorProfileFactory(user=UserFactory(display_name="Hidden Person"), is_listed=False)
    FacilitatorProfileFactory(user=UserFactory(display_name="Listed Person"))

    page = client.get(reverse("members:facilitators")).content.decode()

    assert "Listed Person" in page
    assert "Hidden Person" not in page


def test_the_list_filters_by_what_people_offer_and_their_languages(client, locales):
    FacilitatorProfileFactory(user=UserFactory(display_name="Ana"), languages=["pt"])
    FacilitatorProfileFactory(
        user=UserFactory(display_name="Sam"), facilitates=False, offers_expertise=True
    )

    expertise = client.get(reverse("members:facilitators"), {"kind": "expertise"})
    portuguese = client.get(reverse("members:facilitators"), {"language": "pt"})

    assert [str(p) for p in expertise.context["page_obj"]] == ["Sam"]
    assert [str(p) for p in portuguese.context["page_obj"]] == ["Ana"]


def test_the_public_writes_to_a_facilitator_without_seeing_their_address(
    client, locales, django_capture_on_commit_callbacks
):
    person = UserFactory(display_name="Ana", preferred_language="pt")
    profile = FacilitatorProfileFactory(user=person)
    url = reverse("members:facilitator_contact", args=[profile.pk])

    assert person.email not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"name": "Jo", "email": "jo@example.org", "message": "Can you help us?"})

    (email,) = mail.outbox
    assert email.to == [person.email]
    assert email.reply_to == ["jo@example.org"]
    assert "Can you help us?" in email.body


def test_a_contact_form_with_mistakes_keeps_the_message(
    client, locales, django_capture_on_commit_callbacks
):
    profile = FacilitatorProfileFactory()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("members:facilitator_contact", args=[profile.pk]),
            {"name": "Jo", "email": "not-an-address", "message": "Can you help us?"},
        )

    assert "Can you help us?</textarea>" in response.content.decode()
    assert not mail.outbox


def test_an_unlisted_person_cannot_be_contacted_by_guessing_the_id(client, locales):
    profile = FacilitatorProfileFactory(is_listed=False)

    response = client.get(reverse("members:facilitator_contact", args=[profile.pk]))

    assert response.status_code == 404


def test_the_facilitator_list_costs_the_same_queries_for_more_people(client, locales):
    def listed(count):
        hub = HubFactory()
        for _ in range(count):
            MembershipFactory(hub=hub, user=FacilitatorProfileFactory(hub=hub).user)
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("members:facilitators"))
        return len(queries)

    client.get(reverse("members:facilitators"))  # warm the site caches
    client.get(reverse("members:facilitators"))

    assert listed(3) == listed(27)
