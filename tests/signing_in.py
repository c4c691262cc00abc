"""Signing people in on the test client the way allauth's login leaves the session."""

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.test import Client, RequestFactory


class SignInClient(Client):
    """A test client whose `force_login` leaves the session a completed allauth sign-in
    leaves: the password step and, for people with an authenticator app, the code step.
    `login()` stays Django's password-only sign-in."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        request = RequestFactory().get("/")
        request.session = self.session
        request.user = user
        record_authentication(request, user, "password", email=user.email)
        for authenticator in Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP):
            record_authentication(
                request, user, "mfa", id=authenticator.pk, type=authenticator.type
            )
        request.session.save()
