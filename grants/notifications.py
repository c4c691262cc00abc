"""Emails the grants process sends, each in its recipient's preferred language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

# Which transitions tell the applicant's hub, and with which template.
APPLICANT_EMAILS = {
    "submit": "grants/emails/submitted",
    "ineligible": "grants/emails/decision",
    "approve": "grants/emails/decision",
    "decline": "grants/emails/decision",
    "waitlist": "grants/emails/decision",
}


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_to(user, template, context):
    """Render `<template>_subject.txt` and `<template>.txt` in the user's language and send."""
    with translation.override(user.preferred_language):
        context = {**context, "recipient": user}
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, None, [user.email])


@task()
def notify_transition(application_pk, action):
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
        with translation.override(user.preferred_language):
            link = absolute(reverse("grants:application_detail", args=[application.pk]))
        send_to(
            user,
            template,
            {"application": application, "action": action, "decision": decision, "link": link},
        )


def transition_made(application_pk, action):
    notify_transition.enqueue(application_pk, action)


@task()
def notify_assignment(assignment_pk, reminder=False):
    """Ask a reviewer to review (or remind them)."""
    from .models import ReviewAssignment

    assignment = ReviewAssignment.objects.select_related("reviewer", "application__round").get(
        pk=assignment_pk
    )
    with translation.override(assignment.reviewer.preferred_language):
        link = absolute(reverse("grants:review", args=[assignment.pk]))
    send_to(
        assignment.reviewer,
        "grants/emails/review_assigned",
        {"assignment": assignment, "reminder": reminder, "link": link},
    )
