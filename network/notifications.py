"""Emails about registrations, in the registrant's language, with the assembly as an .ics
attachment and a link that cancels only that registration; and the editors' decision on a
proposal, to its author."""

from django.utils import translation

from core import mail
from core.localization import in_language

from .calendars import build_calendar
from .models import Registration


def send_registration_email(registration, moved_up=False, again=False):
    """Tell a registrant where they stand: confirm your email, you have a place, you are on
    the waiting list, or you moved up from it; `again` when someone asked to register the
    address a second time."""
    from .registrations import CANCEL_SALT, CONFIRM_SALT, make_token

    assembly = in_language(registration.assembly, registration.language)
    attachments = []
    if registration.status != Registration.Status.UNCONFIRMED:
        with translation.override(registration.language):
            calendar = build_calendar([assembly], mail.absolute_url(), assembly.title)
        attachments.append((f"{assembly.slug}.ics", calendar.decode(), "text/calendar"))
    mail.send(
        "network/email/registration",
        registration.email,
        {
            "registration": registration,
            "assembly": assembly,
            "moved_up": moved_up,
            "again": again,
            "cancel_token": make_token(registration, CANCEL_SALT),
            "confirm_token": make_token(registration, CONFIRM_SALT),
        },
        language=registration.language,
        attachments=attachments,
    )


def send_proposal_decision(proposal):
    """Tell a proposal's author, in their language, that it is published or, with the
    editor's reason, that it is not."""
    language = proposal.author.preferred_language or proposal.language
    mail.send(
        "network/email/proposal_decision",
        proposal.author,
        {"proposal": proposal, "assembly": in_language(proposal.assembly, language)},
        language=language,
    )
