"""Shared caches never share a cookie: a form gets its token privately. (That every page of the
demo's sitemaps is the same for every anonymous visitor is in test_demo_journeys.py.)"""

import pytest

pytestmark = pytest.mark.django_db


def test_the_token_endpoint_is_private_and_sets_the_cookie(client):
    response = client.get("/csrf-token")

    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    assert response.json()["token"]
    assert "csrftoken" in response.cookies
