"""The second factor's code field: what cannot be a code is refused for its shape, in the
person's language, before any authenticator is tried."""

import pytest

from tests.factories import confirmed_reviewer, current_totp_code

pytestmark = pytest.mark.django_db

REAUTHENTICATE = "/{language}/accounts/2fa/reauthenticate/"


@pytest.mark.parametrize(
    ("language", "advice"),
    [
        ("en", "Enter the code your authenticator app shows (6 digits) or a recovery code (8"),
        ("es", "Escribe el código que muestra tu aplicación de autenticación (6 cifras)"),
    ],
)
@pytest.mark.parametrize("code", ["1" * 10_240, "x" * 10_240, "abc", "12345", "١٢٣٤٥٦"])
def test_what_cannot_be_a_code_is_refused_for_its_shape(client, home_site, language, advice, code):
    client.force_login(confirmed_reviewer())

    response = client.post(REAUTHENTICATE.format(language=language), {"code": code})

    assert response.status_code == 200
    assert advice in response.content.decode()


def test_the_code_the_app_shows_still_reauthenticates(client, home_site):
    client.force_login(confirmed_reviewer())
    code = current_totp_code()

    # Typed as people do, with a space around and a dash in the middle.
    response = client.post(
        REAUTHENTICATE.format(language="en") + "?next=/en/members/",
        {"code": f" {code[:3]}-{code[3:]} "},
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/members/"
