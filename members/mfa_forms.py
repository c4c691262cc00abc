"""The second factor's code forms (allauth's, named in MFA_FORMS): what cannot be a code, by
its shape, is refused in the person's language before any authenticator is tried."""

from allauth.core.internal.cryptokit import normalize_user_code
from allauth.mfa import app_settings
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class CodeShapeMixin:
    """A code is the app's digits or a recovery code's, with the spaces and dashes allauth
    ignores; anything else (letters, another script's digits, 10 kB) is refused as such."""

    def clean_code(self):
        code = normalize_user_code(self.cleaned_data["code"])
        lengths = {app_settings.TOTP_DIGITS, app_settings.RECOVERY_CODE_DIGITS}
        if not (code.isascii() and code.isdigit() and len(code) in lengths):
            raise ValidationError(
                _(
                    "Enter the code your authenticator app shows (%(totp)s digits) or a "
                    "recovery code (%(recovery)s digits)."
                ),
                code="code_shape",
                params={
                    "totp": app_settings.TOTP_DIGITS,
                    "recovery": app_settings.RECOVERY_CODE_DIGITS,
                },
            )
        return super().clean_code()


class CodeAuthenticateForm(CodeShapeMixin, AuthenticateForm):
    """The code asked for at sign-in."""


class CodeReauthenticateForm(CodeShapeMixin, ReauthenticateForm):
    """The code asked for again before a sensitive change."""
