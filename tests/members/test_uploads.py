"""A hub's logo must be a real, small raster image, whatever its file name says."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from members.models import Hub


def png_bytes(size=(64, 64)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#d9486f").save(buffer, "PNG")
    return buffer.getvalue()


def edit(client, hub, logo):
    form = {
        "name": hub.name,
        "city": hub.city,
        "country": hub.country.code,
        "languages": ["pt"],
        "size_band": "small",
        "description": "Still here.",
        "logo": logo,
    }
    return client.post(reverse("members:hub_edit", args=[hub.slug]), form)


def test_a_real_png_is_accepted(signed_in, cast):
    response = edit(
        signed_in(cast.coordinator), cast.hub, SimpleUploadedFile("logo.png", png_bytes())
    )

    assert response.status_code == 302
    assert Hub.objects.get(pk=cast.hub.pk).logo.name.startswith("hubs/logos/")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("logo.png", b"%PDF-1.4 this is a document, not a picture" * 10),
            "must be a PNG, JPEG, WebP or GIF image",
        ),
        (
            SimpleUploadedFile(
                "logo.svg",
                b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                content_type="image/svg+xml",
            ),
            "SVG included, are not accepted",
        ),
        (
            SimpleUploadedFile("logo.png", png_bytes() + b"\0" * (1024 * 1024)),
            "The logo is too large",
        ),
    ],
    ids=["renamed-non-image", "svg-with-script", "oversized"],
)
def test_a_bad_logo_is_refused_with_a_clear_message(signed_in, cast, upload, message):
    response = edit(signed_in(cast.coordinator), cast.hub, upload)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Hub.objects.get(pk=cast.hub.pk).logo
    assert (
        'value="Still here."' in response.content.decode()
        or "Still here." in response.content.decode()
    )


def test_a_logo_is_stored_under_a_generated_name_with_the_extension_of_its_content(signed_in, cast):
    response = edit(
        signed_in(cast.coordinator), cast.hub, SimpleUploadedFile("logo.html", png_bytes())
    )

    assert response.status_code == 302
    stored = Hub.objects.get(pk=cast.hub.pk).logo.name
    assert stored.startswith("hubs/logos/")
    assert stored.endswith(".png")
    assert "html" not in stored
    assert "logo" not in stored.removeprefix("hubs/logos/")
