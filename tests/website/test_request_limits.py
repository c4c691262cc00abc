"""Request size: bodies beyond the configured limits are refused with 400, never a 500, and
the limits come from the environment."""

import secrets

import pytest
from django.urls import reverse

from tests.factories import FacilitatorProfileFactory

from .test_production_settings import run_manage

MIB = 1024 * 1024


@pytest.fixture
def addresses(db):
    """Form posts of every kind: a public form, the login, the payment webhook."""
    profile = FacilitatorProfileFactory()
    return [
        reverse("members:facilitator_contact", args=[profile.pk]),
        "/en/accounts/login/",
        reverse("stripe_webhook"),
    ]


def test_a_form_body_over_the_limit_is_refused_with_400(client, addresses, settings):
    body = "message=" + "x" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE

    answers = [
        client.post(address, body, content_type="application/x-www-form-urlencoded").status_code
        for address in addresses
    ]

    assert answers == [400, 400, 400]


def test_too_many_fields_are_refused_with_400(client, addresses, settings):
    body = "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))

    response = client.post(addresses[0], body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400


def test_the_default_limits_hold_a_full_form_and_the_largest_upload_streams_to_disk(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 2 * MIB
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == settings.HUB_LOGO_MAX_BYTES == MIB
    assert settings.DATA_UPLOAD_MAX_NUMBER_FIELDS == 10_000


def test_the_limits_come_from_the_environment():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DATA_UPLOAD_MAX_MEMORY_SIZE, "
        "s.FILE_UPLOAD_MAX_MEMORY_SIZE, s.DATA_UPLOAD_MAX_NUMBER_FIELDS)",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="solidarity.example",
        DATA_UPLOAD_MAX_MEMORY_SIZE="3000000",
        FILE_UPLOAD_MAX_MEMORY_SIZE="500000",
        DATA_UPLOAD_MAX_NUMBER_FIELDS="2000",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3000000", "500000", "2000"]
