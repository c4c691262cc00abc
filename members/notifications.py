"""Emails about hubs and the people in them: who hears about what."""

from django.contrib.auth import get_user_model

from core import mail

from .adapter import user_language


def _to_registrant(hub, template):
    registrant = hub.created_by
    if registrant is None or registrant.is_deleted:
        return
    mail.send(template, registrant, {"hub": hub})


def hub_approvers():
    """Everyone who approves hub registrations in the admin (as the work area lists them)."""
    # Permissions are held through Django's model backend (allauth's backend only signs in).
    people = get_user_model().objects.with_perm(
        "members.change_hub", backend="django.contrib.auth.backends.ModelBackend"
    )
    people = people.filter(is_active=True).order_by("pk")
    return [user for user in people if user.has_perm("wagtailadmin.access_admin")]


def hub_registered(hub):
    """Tell those who approve hubs that a registration waits for them."""
    for user in hub_approvers():
        if user != hub.created_by:
            mail.send("members/email/hub_registered", user, {"hub": hub})


def hub_approved(hub):
    """Tell the registrant their hub is public."""
    _to_registrant(hub, "members/email/hub_approved")


def hub_rejected(hub):
    """Give the registrant the staff's reason for turning their hub down."""
    _to_registrant(hub, "members/email/hub_rejected")


def invitation(invitation):
    """In the invitee's language if they have an account, otherwise in the language the
    coordinator was using when they sent it."""
    invitee = get_user_model().objects.filter(email__iexact=invitation.email).first()
    mail.send(
        "members/email/invitation",
        invitation.email,
        {"invitation": invitation},
        language=user_language(invitee),
    )


def facilitator_contact(profile, sender_name, sender_email, message):
    """A message from the public to a listed facilitator; replies go straight to the sender."""
    mail.send(
        "members/email/facilitator_contact",
        profile.user,
        {"sender_name": sender_name, "sender_email": sender_email, "message": message},
        reply_to=[sender_email],
    )
