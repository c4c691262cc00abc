"""Emails about registrations, in the registrant's language, with the assembly as an .ics
attachment and a link that cancels only that registration."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from core.localization import in_language

from .calendars import build_calendar
from .models import Registration


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def send_registration_email(registration_id, moved_up=False):
    """Tell a registrant where they stand: confirm your email, you have a place, you are on
    the waiting list, or you moved up from it."""
    from .registrations import CANCEL_SALT, CONFIRM_SALT, make_token

    registration = Registration.objects.select_related("assembly").get(pk=registration_id)
    with translation.override(registration.language):
        assembly = in_language(registration.assembly, registration.language)
        base_url = _absolute("")
        context = {
            "registration": registration,
            "assembly": assembly,
            "assembly_url": _absolute(assembly.url),
            "moved_up": moved_up,
            "cancel_url": _absolute(
                reverse("network:cancel_registration", args=[make_token(registration, CANCEL_SALT)])
            ),
            "confirm_url": _absolute(
                reverse(
                    "network:confirm_registration", args=[make_token(registration, CONFIRM_SALT)]
                )
            ),
        }
        subject = render_to_string("network/email/registration_subject.txt", context).strip()
        body = render_to_string("network/email/registration.txt", context)
        message = EmailMultiAlternatives(subject, body, to=[registration.email])
        if registration.status != Registration.Status.UNCONFIRMED:
            message.attach(
                f"{assembly.slug}.ics",
                build_calendar([assembly], base_url, assembly.title),
                "text/calendar",
            )
        message.send()
