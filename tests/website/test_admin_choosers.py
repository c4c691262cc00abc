"""Editors find a topic or a resource in the admin's choosers by the first letters of a word,
as they type, not only by a whole word."""

import pytest

from tests.factories import ResourceFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "chooser, make, typed, found",
    [
        ("core/topic", lambda: TopicFactory(name="Housing", slug="housing"), "Hous", "Housing"),
        (
            "network/resource",
            lambda: ResourceFactory(title="Tenant toolkit"),
            "Tena",
            "Tenant toolkit",
        ),
    ],
)
def test_a_chooser_finds_an_item_by_the_start_of_a_word(
    client, home_site, chooser, make, typed, found
):
    make()
    client.force_login(UserFactory(email="editor@example.org", groups=["Editors"]))

    response = client.get(f"/admin/snippets/choose/{chooser}/", {"q": typed})

    assert response.status_code == 200
    assert found in response.json()["html"]
