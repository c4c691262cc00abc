"""The grants process in the work area: what waits for each of its people. Reviewers see the
reviews due; the committee the rounds ready to decide; fund staff the submissions to screen,
payments others recorded, reports to review; a hub's members its drafts and reports due."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from core import dates
from core.money import format_money
from core.worklist import HOOK, WorkItem, WorkList, day

from .models import Application, GrantReport, GrantRoundPage, ReviewAssignment, Tranche
from .permissions import is_confirmed_reviewer, is_fund_staff, is_grants_team


def _application_url(application):
    return reverse("grants:application_detail", args=[application.pk])


@hooks.register(HOOK)
def reviews_due(request):
    """Reviews assigned to the person and not yet written, the soonest due first."""
    assignments = (
        ReviewAssignment.objects.filter(
            reviewer=request.user,
            status=ReviewAssignment.Status.ASSIGNED,
            application__status=Application.Status.IN_REVIEW,
        )
        .select_related("application__round")
        .order_by("due_at")
    )
    items = [
        WorkItem(
            assignment.application.title,
            reverse("grants:review", args=[assignment.pk]),
            _("due %(due)s")
            % {
                "due": dates.format_date_in_zone(
                    assignment.due_at, assignment.application.round.timezone, width="long"
                )
            },
        )
        for assignment in assignments
    ]
    if not items and not is_confirmed_reviewer(request.user):
        return None
    return WorkList(
        _("Reviews due"),
        items,
        tool_url=reverse("grants:my_reviews"),
        tool_label=_("All my reviews"),
        order=20,
    )


@hooks.register(HOOK)
def rounds_to_decide(request):
    """For the committee and staff: rounds with reviewed applications, each to its ranking."""
    if not is_grants_team(request.user):
        return None
    rounds = (
        GrantRoundPage.objects.annotate(
            ready=Count("applications", filter=Q(applications__status=Application.Status.REVIEWED))
        )
        .filter(ready__gt=0)
        .order_by("closes_at")
    )
    items = [
        WorkItem(
            grant_round.title,
            reverse("grants:ranking", args=[grant_round.pk]),
            ngettext(
                "%(count)d application ready to decide · closing date %(day)s",
                "%(count)d applications ready to decide · closing date %(day)s",
                grant_round.ready,
            )
            % {
                "count": grant_round.ready,
                "day": dates.format_date_in_zone(
                    grant_round.closes_at, grant_round.timezone, width="long"
                ),
            },
        )
        for grant_round in rounds
    ]
    return WorkList(_("Rounds ready to decide"), items, order=30)


@hooks.register(HOOK)
def submissions_to_screen(request):
    """For fund staff: applications submitted and not yet screened, the oldest first."""
    if not is_fund_staff(request.user):
        return None
    applications = (
        Application.objects.filter(status=Application.Status.SUBMITTED)
        .for_lists()
        .order_by("submitted_at")
    )
    items = [
        WorkItem(
            application.title,
            _application_url(application),
            _("%(hub)s · submitted %(day)s")
            % {"hub": application.hub.name, "day": day(application.submitted_at, request.user)},
        )
        for application in applications
    ]
    return WorkList(
        _("Submissions to screen"),
        items,
        tool_url=reverse("grants:staff_applications"),
        tool_label=_("Open the grants desk"),
        order=40,
    )


@hooks.register(HOOK)
def payments_to_approve(request):
    """For fund staff: payments someone else recorded, waiting for a second person."""
    if not is_fund_staff(request.user):
        return None
    tranches = (
        Tranche.objects.filter(status=Tranche.Status.RECORDED)
        .exclude(recorded_by=request.user)
        .select_related("application__round", "recorded_by")
        .order_by("recorded_at")
    )
    items = [
        WorkItem(
            tranche.application.title,
            _application_url(tranche.application),
            _("%(amount)s recorded by %(person)s on %(day)s")
            % {
                "amount": format_money(tranche.amount, tranche.application.round.currency),
                "person": tranche.recorded_by,
                "day": day(tranche.recorded_at, request.user),
            },
        )
        for tranche in tranches
    ]
    return WorkList(_("Payments waiting for your approval"), items, order=41)


@hooks.register(HOOK)
def reports_to_review(request):
    """For fund staff: reports grantees submitted, the oldest first."""
    if not is_fund_staff(request.user):
        return None
    reports = (
        GrantReport.objects.filter(status=GrantReport.Status.SUBMITTED)
        .select_related("application__hub")
        .order_by("submitted_at")
    )
    items = [
        WorkItem(
            report.application.title,
            _application_url(report.application),
            _("%(kind)s from %(hub)s · submitted %(day)s")
            % {
                "kind": report.get_kind_display(),
                "hub": report.application.hub.name,
                "day": day(report.submitted_at, request.user),
            },
        )
        for report in reports
    ]
    return WorkList(_("Reports to review"), items, order=42)


@hooks.register(HOOK)
def applications_in_progress(request):
    """The drafts of the person's hubs, the most recently changed first."""
    drafts = (
        Application.objects.filter(
            hub__memberships__user=request.user, status=Application.Status.DRAFT
        )
        .select_related("hub")
        .order_by("-updated_at")
    )
    items = [
        WorkItem(
            application.title,
            reverse("grants:application_edit", args=[application.pk]),
            _("%(hub)s · last saved %(day)s")
            % {"hub": application.hub.name, "day": day(application.updated_at, request.user)},
        )
        for application in drafts
    ]
    return WorkList(_("Applications in progress"), items, order=50) if items else None


@hooks.register(HOOK)
def reports_due(request):
    """Reports the person's hubs owe: a planned tranche that waits for a report, while the
    grant has no report submitted or accepted since."""
    tranches = (
        Tranche.objects.filter(
            application__hub__memberships__user=request.user,
            application__status=Application.Status.ACTIVE,
            status=Tranche.Status.PLANNED,
            requires_report=True,
        )
        .exclude(
            application__reports__status__in=[
                GrantReport.Status.SUBMITTED,
                GrantReport.Status.ACCEPTED,
            ]
        )
        .select_related("application")
        .order_by("planned_date")
    )
    items = [
        WorkItem(
            tranche.application.title,
            _application_url(tranche.application),
            _("report due by %(day)s") % {"day": dates.format_day(tranche.planned_date)},
        )
        for tranche in tranches
    ]
    return WorkList(_("Reports due"), items, order=51) if items else None
