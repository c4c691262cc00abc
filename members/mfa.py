"""Who must use two-factor authentication, and the middleware that holds them to it."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _


def requires_mfa(user) -> bool:
    """True for staff and for members of the grants groups in `MFA_REQUIRED_GROUPS`."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    if not hasattr(user, "_requires_mfa"):
        user._requires_mfa = user.groups.filter(name__in=settings.MFA_REQUIRED_GROUPS).exists()
    return user._requires_mfa


def has_totp(user) -> bool:
    """True once the person has an authenticator app set up."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def passed_mfa(request) -> bool:
    """True when this session's sign-in included the authenticator code. allauth records each
    step of a sign-in in the session; a password alone, by whatever path, records no code."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def member_area(view_func):
    """Marks a view as part of the member area: sign-in required, and MFA for those who need
    it. Account pages stay outside so that MFA can be set up."""
    view = login_required(view_func)
    view.member_area = True
    return view


def _is_guarded(request, view_func):
    return request.path.startswith("/admin/") or getattr(view_func, "member_area", False)


class MFARequiredMiddleware:
    """Sends anyone who must use MFA, and has not set it up, to set it up first; and anyone
    with an authenticator app whose session has not given its code, to give it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not _is_guarded(request, view_func) or not user.is_authenticated:
            return None
        if not has_totp(user):
            if not requires_mfa(user):
                return None
            messages.warning(
                request,
                _(
                    "Your role needs two-factor authentication. Set up an authenticator app to continue."
                ),
            )
            return redirect("mfa_activate_totp")
        if passed_mfa(request):
            return None
        messages.warning(request, _("Enter the code from your authenticator app to continue."))
        return redirect_to_login(request.get_full_path(), "mfa_reauthenticate")
