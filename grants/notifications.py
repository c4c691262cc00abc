"""Emails the grants process sends: who hears about what.

`NOTIFICATIONS` is the one table: for each step of an application, a tranche or a report
(named as in grants/workflow.py), the emails it sends and to whom. The workflow calls
`transition_made` once the step has committed; reports, which move outside the workflow
table, call it from grants/paying.py. Each email is in its recipient's own language."""

from django.contrib.auth import get_user_model

from core import mail
from members.models import HubMembership

from .conflicts import conflicted_users
from .models import Application, GrantReport, Tranche
from .permissions import FUND_STAFF

APPLICATION, TRANCHE, REPORT = "application", "tranche", "report"


def _people(users):
    """Those of `users` who can still be written to (deleted accounts keep no address)."""
    return [user for user in users if user.is_active and not user.is_deleted]


def grantees(application):
    """The applying side: the applicant and the applying hub's coordinators."""
    coordinators = HubMembership.objects.filter(
        hub_id=application.hub_id, role=HubMembership.Role.COORDINATOR
    ).select_related("user")
    people = {application.applicant, *(membership.user for membership in coordinators)}
    return _people(sorted(people, key=lambda user: user.pk))


def fund_staff(application, excluding=None):
    """The fund's staff free to act on `application`: nobody with a conflict of interest in
    it, and not `excluding` (the person who made the step)."""
    staff = (
        get_user_model()
        .objects.filter(groups__name=FUND_STAFF)
        .exclude(conflicted_users(application))
        .distinct()
        .order_by("pk")
    )
    if excluding is not None:
        staff = staff.exclude(pk=excluding.pk)
    return _people(staff)


def _application_of(subject):
    return subject if isinstance(subject, Application) else subject.application


def to_grantees(template, **extra):
    """Send `template` to the grantees of the subject's application, with `extra` context."""

    def notify(subject):
        _send_each(template, grantees(_application_of(subject)), subject, extra)

    return notify


def to_staff(template, excluding=None):
    """Send `template` to the fund's staff; `excluding(subject)` names someone left out."""

    def notify(subject):
        left_out = excluding(subject) if excluding else None
        _send_each(template, fund_staff(_application_of(subject), left_out), subject, {})

    return notify


def _send_each(template, users, subject, extra):
    application = _application_of(subject)
    context = {
        "application": application,
        "decision": application.decisions.order_by("-decided_at", "-pk").first(),
        kind_of(subject): subject,
        **extra,
    }
    for user in users:
        mail.send(template, user, context)


def _recorder(tranche):
    return tranche.recorded_by


DECISION = "grants/email/decision"

# (what moved, the step it took) → who hears of it, in the recipient's language.
NOTIFICATIONS = {
    (APPLICATION, "submit"): (
        to_grantees("grants/email/submitted"),
        to_staff("grants/email/staff_submitted"),
    ),
    (APPLICATION, "ineligible"): (to_grantees(DECISION, action="ineligible"),),
    (APPLICATION, "approve"): (to_grantees(DECISION, action="approve"),),
    (APPLICATION, "decline"): (to_grantees(DECISION, action="decline"),),
    (APPLICATION, "waitlist"): (to_grantees(DECISION, action="waitlist"),),
    (APPLICATION, "sign_agreement"): (to_grantees("grants/email/agreement_signed"),),
    # The recorder cannot approve their own payment: everyone else on the fund's staff can.
    (TRANCHE, "record"): (to_staff("grants/email/payment_to_approve", excluding=_recorder),),
    (TRANCHE, "approve"): (to_grantees("grants/email/payment_sent"),),
    (REPORT, "submit"): (to_staff("grants/email/report_submitted"),),
    (REPORT, "accept"): (to_grantees("grants/email/report_reviewed"),),
    (REPORT, "return"): (to_grantees("grants/email/report_reviewed"),),
}

_FRESH = {
    APPLICATION: Application.objects.select_related("round", "applicant", "hub"),
    TRANCHE: Tranche.objects.select_related(
        "application__round", "application__hub", "application__applicant", "recorded_by"
    ),
    REPORT: GrantReport.objects.select_related(
        "application__round", "application__hub", "application__applicant"
    ),
}


def kind_of(subject):
    """What the subject of a step is: an application, a tranche or a report."""
    if isinstance(subject, Tranche):
        return TRANCHE
    if isinstance(subject, GrantReport):
        return REPORT
    return APPLICATION


def transition_made(subject, action):
    """Send the emails `NOTIFICATIONS` lists for `action` on `subject` (an application, a
    tranche or a report), read afresh from the database."""
    kind = kind_of(subject)
    senders = NOTIFICATIONS.get((kind, action), ())
    if not senders:
        return
    fresh = _FRESH[kind].get(pk=subject.pk)
    for send in senders:
        send(fresh)


def notify_assignment(assignment, reminder=False):
    """Ask a reviewer to review (or remind them)."""
    mail.send(
        "grants/email/review_assigned",
        assignment.reviewer,
        {"assignment": assignment, "reminder": reminder},
    )
