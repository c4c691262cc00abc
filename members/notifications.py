"""Emails about hubs, each in its recipient's preferred language."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .adapter import user_language


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(template, to, language, context, reply_to=None):
    """Render `members/email/<template>_subject.txt` and `_body.txt` in `language` and send."""
    with translation.override(language):
        context = {**context, "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")}
        subject = render_to_string(f"members/email/{template}_subject.txt", context)
        body = render_to_string(f"members/email/{template}_body.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[to], reply_to=reply_to or None).send()


def _to_registrant(hub, template):
    registrant = hub.created_by
    if registrant is None or registrant.is_deleted:
        return
    language = user_language(registrant)
    with translation.override(language):
        url = absolute_url(hub.get_absolute_url())
    send(template, registrant.email, language, {"hub": hub, "person": registrant, "hub_url": url})


def hub_approved(hub):
    _to_registrant(hub, "hub_approved")


def hub_rejected(hub):
    _to_registrant(hub, "hub_rejected")


def invitation(invitation):
    """In the invitee's language if they have an account, otherwise in the language the
    coordinator was using when they sent it."""
    invitee = get_user_model().objects.filter(email__iexact=invitation.email).first()
    language = user_language(invitee)
    with translation.override(language):
        url = absolute_url(invitation.get_absolute_url())
    send("invitation", invitation.email, language, {"invitation": invitation, "url": url})


def facilitator_contact(profile, sender_name, sender_email, message):
    """A message from the public to a listed facilitator; replies go straight to the sender."""
    person = profile.user
    send(
        "facilitator_contact",
        person.email,
        user_language(person),
        {
            "person": person,
            "sender_name": sender_name,
            "sender_email": sender_email,
            "message": message,
        },
        reply_to=[sender_email],
    )
