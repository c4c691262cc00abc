"""How allauth fits this site: new accounts take the language they signed up in, and after
signing in the site and its emails follow the person's preferred language."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from core import mail


def user_language(user):
    """The language to address a person in: their preferred one, or the active one."""
    return getattr(user, "preferred_language", None) or translation.get_language()


class AccountAdapter(DefaultAccountAdapter):
    """allauth, speaking each member's language."""

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = translation.get_language() or user.preferred_language
        return super().save_user(request, user, form, commit=commit)

    def get_login_redirect_url(self, request):
        with translation.override(user_language(request.user)):
            return reverse("members:dashboard")

    get_signup_redirect_url = get_login_redirect_url

    def send_mail(self, template_prefix, email, context):
        user = context.get("user")
        if user is None:
            user = get_user_model().objects.filter(email__iexact=email).first()
        with translation.override(user_language(user)):
            # allauth signs with the request's host unless told the site's name.
            site = SimpleNamespace(
                name=mail.site_name(), domain=urlsplit(mail.absolute_url()).netloc
            )
            context = {
                "request": allauth_context.request,
                "email": email,
                **context,
                "current_site": site,
            }
            mail.send_rendered(self.render_mail(template_prefix, email, context))
