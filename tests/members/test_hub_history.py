"""A hub's coordinators read its history: who changed what and when, the old and new values
in words, times in their own zone and language. Staff read the same values in the admin."""

from datetime import UTC, datetime
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from members import roles
from tests.factories import TopicFactory, UserFactory, translate_topic


def _profile(hub, **changes):
    """The hub form as its coordinator would post it, with `changes`."""
    return {
        "name": hub.name,
        "city": hub.city,
        "country": hub.country.code,
        "languages": hub.languages,
        "size_band": hub.size_band,
        "description": hub.description,
        "latitude": str(hub.latitude),
        "longitude": str(hub.longitude),
        **changes,
    }


@pytest.fixture
def edited(signed_in, cast):
    """The coordinator moved the hub to Madrid, grew it, added Spanish and a topic."""
    topic = TopicFactory(name="Housing")
    translate_topic(topic, "fr", "Logement")
    client = signed_in(cast.coordinator)
    client.post(
        reverse("members:hub_edit", args=[cast.hub.slug]),
        _profile(
            cast.hub,
            city="Madrid",
            country="ES",
            size_band="medium",
            languages=["pt", "en", "es"],
            topics=[topic.pk],
        ),
    )
    ModelLogEntry.objects.filter(action="members.hub.update").update(
        timestamp=datetime(2026, 6, 10, 17, 0, tzinfo=UTC)
    )
    return client


def test_coordinators_read_who_changed_what_in_words_and_in_their_zone(cast, edited):
    cast.coordinator.timezone = "America/Mexico_City"
    cast.coordinator.display_name = "Beatriz"
    cast.coordinator.save()

    page = edited.get(f"/en/members/hubs/{cast.hub.slug}/history/").content.decode()

    assert "History of Rede Vizinha" in page
    assert "Beatriz" in page and "Profile updated" in page
    assert "City: Lisboa → Madrid" in page
    assert "Country: Portugal → Spain" in page
    assert "Size: Up to 10 people → 11 to 50 people" in page
    assert "Languages: Portuguese, English → Portuguese, English, Spanish" in page
    assert "Topics: none → Housing" in page
    assert "Wednesday, June 10, 2026, 11:00\u202fAM" in page


def test_the_history_reads_in_the_coordinators_language(cast, edited):
    page = unescape(edited.get(f"/fr/members/hubs/{cast.hub.slug}/history/").content.decode())

    assert "Taille : Jusqu'à 10 personnes → De 11 à 50 personnes" in page
    assert "Pays : Portugal → Espagne" in page
    assert "Thèmes : aucun → Logement" in page
    assert "mercredi 10 juin 2026" in page


def test_role_changes_name_the_person_and_the_role(signed_in, cast):
    cast.member.display_name = "Carla"
    cast.member.save()
    roles.change_role(cast.membership, "coordinator", cast.coordinator)

    page = (
        signed_in(cast.coordinator)
        .get(reverse("members:hub_history", args=[cast.hub.slug]))
        .content.decode()
    )

    assert "Role changed" in page
    assert "Person: Carla" in page and "Role: Coordinator" in page


def test_the_hub_page_links_its_coordinators_to_the_history(signed_in, cast):
    history = reverse("members:hub_history", args=[cast.hub.slug])

    assert history in signed_in(cast.coordinator).get(cast.hub.get_absolute_url()).content.decode()
    assert history not in signed_in(cast.member).get(cast.hub.get_absolute_url()).content.decode()


@pytest.mark.parametrize("who", ["member", "other_coordinator", "staff", "stranger"])
def test_only_the_hubs_coordinators_read_its_history(signed_in, cast, who):
    person = UserFactory() if who == "stranger" else getattr(cast, who)

    response = signed_in(person).get(reverse("members:hub_history", args=[cast.hub.slug]))

    assert response.status_code == 404


def test_staff_edits_in_the_admin_show_old_and_new_values_in_its_history(signed_in, cast):
    client = signed_in(cast.staff)
    form = _profile(cast.hub, city="Porto", size_band="large", social_links="")

    client.post(reverse("members_hub:edit", args=[cast.hub.pk]), form)

    history = client.get(reverse("members_hub:history", args=[cast.hub.pk])).content.decode()
    assert "City: Lisboa → Porto; Size: Up to 10 people → More than 50 people" in history
    assert not ModelLogEntry.objects.filter(action="wagtail.edit").exists()
