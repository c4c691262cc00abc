"""Emails the grants process sends: who hears about what."""

from core import mail

# Which transitions tell the applicant's hub, and with which email.
APPLICANT_EMAILS = {
    "submit": "grants/email/submitted",
    "ineligible": "grants/email/decision",
    "approve": "grants/email/decision",
    "decline": "grants/email/decision",
    "waitlist": "grants/email/decision",
}


def transition_made(application_pk, action):
    """Tell the applicant (and hub coordinators) about a submission or a decision."""
    from .models import Application

    template = APPLICANT_EMAILS.get(action)
    if template is None:
        return
    application = Application.objects.select_related("round", "applicant", "hub").get(
        pk=application_pk
    )
    decision = application.decisions.order_by("-decided_at", "-pk").first()
    recipients = {application.applicant}
    recipients.update(
        m.user
        for m in application.hub.memberships.select_related("user").filter(role="coordinator")
    )
    for user in recipients:
        mail.send(
            template, user, {"application": application, "action": action, "decision": decision}
        )


def notify_assignment(assignment, reminder=False):
    """Ask a reviewer to review (or remind them)."""
    mail.send(
        "grants/email/review_assigned",
        assignment.reviewer,
        {"assignment": assignment, "reminder": reminder},
    )
