"""The public finds hubs by country, topic, language and free text, on a list and a map."""

import pytest
from django.urls import reverse
from django.utils import translation

from members.forms import FacilitatorProfileForm, HubForm
from members.models import Hub
from tests.factories import FacilitatorProfileFactory, HubFactory, TopicFactory, UserFactory


@pytest.fixture
def housing(locales):
    """The housing topic in English with its French translation."""
    topic = TopicFactory(name="Housing", slug="housing")
    french = topic.copy_for_translation(locales["fr"])
    french.name, french.slug = "Logement", "logement"
    french.save()
    return topic


def names(response):
    return [hub.name for hub in response.context["page_obj"]]


def test_filters_narrow_the_list_and_stay_in_the_url(client, housing):
    match = HubFactory(name="Toit Pour Tous", country="FR", languages=["fr"])
    match.topics.add(housing)
    HubFactory(name="Wrong Country", country="ES", languages=["fr"]).topics.add(housing)
    HubFactory(name="Wrong Language", country="FR", languages=["en"]).topics.add(housing)
    HubFactory(name="No Topic", country="FR", languages=["fr"])

    response = client.get(
        reverse("members:directory"), {"country": "FR", "language": "fr", "topic": "housing"}
    )

    assert names(response) == ["Toit Pour Tous"]
    assert 'value="FR" selected' in response.content.decode()


def test_free_text_searches_names_cities_and_descriptions(client, locales):
    HubFactory(name="Rede Vizinha", city="Lisboa")
    HubFactory(name="Other", city="Porto", description="Uma horta comunitária")
    HubFactory(name="Elsewhere", city="Madrid")

    assert names(client.get(reverse("members:directory"), {"q": "lisboa"})) == ["Rede Vizinha"]
    assert names(client.get(reverse("members:directory"), {"q": "horta"})) == ["Other"]


def test_topics_show_in_the_active_language_and_filter_by_translation(client, housing):
    HubFactory(name="Toit Pour Tous").topics.add(housing)

    response = client.get("/fr/hubs/", {"topic": "logement"})

    assert names(response) == ["Toit Pour Tous"]
    assert "<li>Logement</li>" in response.content.decode()


def test_pending_hubs_are_not_listed(client, locales):
    HubFactory(name="Approved")
    HubFactory(name="Waiting", status=Hub.Status.PENDING)

    assert names(client.get(reverse("members:directory"))) == ["Approved"]


@pytest.fixture
def five_thousand_hubs(housing):
    """5,000 approved hubs, every other one about housing."""
    hubs = Hub.objects.bulk_create(
        Hub(name=f"Hub {n:04}", slug=f"hub-{n}", city="Porto", country="PT", status="approved")
        for n in range(5000)
    )
    Hub.topics.through.objects.bulk_create(
        Hub.topics.through(hub_id=hub.pk, topic_id=housing.pk) for hub in hubs[::2]
    )


@pytest.mark.parametrize("per_page", [5, 100])
def test_with_5000_hubs_the_directory_costs_the_same_queries_for_any_page_size(
    client, five_thousand_hubs, django_assert_num_queries, monkeypatch, per_page
):
    monkeypatch.setattr("members.views.directory.HUBS_PER_PAGE", per_page)
    client.get(reverse("members:directory"))  # warm the locale and site caches

    # Locale (twice), the chosen topic, count, page of hubs, their topics and the topic
    # choices (twice); the site, header and footer are kept (website/routing.py, navigation).
    with django_assert_num_queries(8):
        response = client.get(reverse("members:directory"), {"topic": "housing", "page": 3})

    assert len(response.context["page_obj"]) == per_page
    assert response.context["page_obj"][0].name in response.content.decode()
    assert response.context["page_obj"].paginator.count == 2500


def test_the_geojson_feed_has_approved_hubs_with_coordinates(client, locales):
    HubFactory(name="On The Map", latitude="48.856600", longitude="2.352200")
    HubFactory(name="Nowhere", latitude=None, longitude=None)

    data = client.get(reverse("members:hub_geojson")).json()

    (feature,) = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [2.3522, 48.8566]}
    assert feature["properties"]["name"] == "On The Map"


def test_the_map_uses_leaflet_from_the_sites_own_static_files(client, settings, locales):
    settings.MAP_TILES_URL = ""

    page = client.get(reverse("members:hub_map")).content.decode()

    assert '<script src="/static/leaflet/leaflet.js">' in page
    assert 'data-tiles=""' in page
    assert '<link rel="stylesheet" href="/static/leaflet/leaflet.css">' in page
    assert "unpkg" not in page and "cdn" not in page.lower()


def test_leaflet_is_served_from_static_files():
    from django.contrib.staticfiles import finders

    assert finders.find("leaflet/leaflet.js")
    assert finders.find("leaflet/leaflet.css")


def test_a_hub_page_shows_public_fields_only(client, cast):
    Hub.objects.filter(pk=cast.hub.pk).update(contact_email="", rejection_reason="internal note")

    page = client.get(cast.hub.get_absolute_url()).content.decode()

    assert cast.hub.name in page
    assert cast.coordinator.email not in page
    assert "internal note" not in page
    assert "mailto:" not in page.split("<footer")[0]  # the footer has the network's own


def test_anonymous_directory_pages_may_be_cached_publicly(client, locales):
    response = client.get(reverse("members:directory"))

    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_hub_and_facilitator_forms_offer_topics_in_the_language_of_each_request(housing):
    for language, name in (("fr", "Logement"), ("en", "Housing")):
        with translation.override(language):
            hub_topics = [str(topic) for topic in HubForm().fields["topics"].queryset]
            facilitator_form = FacilitatorProfileForm(user=UserFactory())
            facilitator_topics = [
                str(topic) for topic in facilitator_form.fields["topics"].queryset
            ]
        assert hub_topics == [name]
        assert facilitator_topics == [name]


def test_the_facilitator_list_never_shows_an_email_address(client, home_site):
    named = FacilitatorProfileFactory(user=UserFactory(display_name="Nadia", email="n@example.org"))
    FacilitatorProfileFactory(user=UserFactory(display_name="", email="hidden@example.org"))

    page = client.get(reverse("members:facilitators")).content.decode()

    assert named.user.display_name in page
    assert "hidden@example.org" not in page


def test_a_member_without_a_display_name_is_told_why_they_cannot_be_listed(db):
    form = FacilitatorProfileForm(
        {"is_listed": "on", "facilitates": "on", "skills": "mediation"},
        user=UserFactory(display_name=""),
    )

    with translation.override("es"):
        assert not form.is_valid()
        assert "nombre visible" in form.errors["is_listed"][0]


def test_the_language_filter_names_every_language_in_the_pages_language(client, locales):
    html = client.get("/ar/hubs/").content.decode()
    # Names Django's own catalogue lacks (Malay, Central Kurdish) come from CLDR as well.
    assert '<option value="ms">الماليزية</option>' in html
    assert '<option value="ckb">السورانية الكردية</option>' in html
    assert '<option value="en">الإنجليزية</option>' in html
    french = client.get("/fr/hubs/").content.decode()
    assert '<option value="ms">malais</option>' in french


def test_the_directory_pages_have_a_meta_description(client, locales):
    for url in ("/en/hubs/", "/en/hubs/map/", "/en/facilitators/"):
        html = client.get(url).content.decode()
        assert '<meta name="description" content="' in html, url


def test_a_renamed_hub_is_named_at_once_in_its_pages_head(client, home_site):
    hub = HubFactory(name="Lisbon kitchen", slug="lisbon-kitchen")
    client.get("/en/hubs/lisbon-kitchen/")

    hub.name = "Lisbon Community Kitchen"
    hub.save()
    html = client.get("/en/hubs/lisbon-kitchen/").content.decode()

    assert '<meta property="og:title" content="Lisbon Community Kitchen">' in html
