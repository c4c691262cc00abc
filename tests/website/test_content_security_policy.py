"""Every page is sent with a Content-Security-Policy that allows only the site's own scripts
(no inline ones); Stripe's origin is allowed on the donate page alone, the map's tile server on
the map alone."""

import pytest

from tests.factories import AssemblyPageFactory, build_sections

pytestmark = pytest.mark.django_db

STRIPE_JS_URL = "https://js.stripe.test/v3/"


def policy(response):
    """The policy as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.fixture
def stripe_keys(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_policy"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_policy"
    settings.STRIPE_JS_URL = STRIPE_JS_URL


@pytest.fixture
def pages(home_site, stripe_keys):
    from grants.funding import demo

    demo.create_donate_pages()
    assembly = AssemblyPageFactory(parent=build_sections().assemblies, title="Spring assembly")
    return {
        "home": "/en/",
        "hub directory": "/en/hubs/",
        "hub map": "/en/hubs/map/",
        "assembly": assembly.url,
        "donate": "/en/donate/",
        "sign-in": "/en/accounts/login/",
        "admin sign-in redirect": "/admin/login/",
        "not found": "/en/no-such-page/",
    }


def test_every_page_is_sent_with_a_policy_without_inline_scripts(client, pages):
    for name, address in pages.items():
        response = client.get(address)
        assert response.status_code in (200, 302, 404), name
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], name
        assert "'unsafe-inline'" not in directives["script-src"], name
        assert "'unsafe-eval'" not in directives["script-src"], name
        assert directives["object-src"] == ["'none'"], name
        assert directives["frame-ancestors"] == ["'none'"], name


def test_stripe_is_allowed_on_the_donate_page_only(client, pages):
    donate = policy(client.get(pages["donate"]))
    home = policy(client.get(pages["home"]))

    assert "https://js.stripe.test" in donate["script-src"]
    assert "https://js.stripe.test" in donate["frame-src"]
    assert "https://js.stripe.test" in donate["connect-src"]
    assert "stripe" not in client.get(pages["home"])["Content-Security-Policy"]
    assert home["script-src"] == ["'self'"]


def test_the_tile_server_is_allowed_on_the_map_only(client, pages, settings):
    settings.MAP_TILES_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"

    on_the_map = policy(client.get(pages["hub map"]))
    in_the_directory = policy(client.get(pages["hub directory"]))

    assert on_the_map["img-src"] == ["'self'", "https://*.tiles.example.org"]
    assert in_the_directory["img-src"] == ["'self'"]


def test_in_production_images_may_come_from_the_media_bucket():
    from tests.website.test_production_settings import run_manage

    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="solidarity.example",
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_S3_CUSTOM_DOMAIN="media.solidarity.example",
    )

    printed = result.stdout.strip().splitlines()[-1]
    assert printed == "[\"'self'\", 'https://media.solidarity.example']"


def test_the_wagtail_admin_has_its_own_policy(client, db):
    directives = policy(client.get("/admin/"))

    # Wagtail's own templates carry inline scripts; nothing from elsewhere is allowed.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
