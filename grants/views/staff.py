"""What the fund's staff and committee do: decide, list and move applications, rank a round,
assign and confirm reviewers, plan and pay tranches, review reports."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.csv_export import SafeWriter
from core.localization import in_languages
from core.refusals import refusals_shown
from members.mfa import member_area

from .. import paying, reviewing, workflow
from ..filters import ApplicationFilter, DeskFilter
from ..forms import (
    ConfirmReviewerForm,
    DecisionForm,
    NoteForm,
    PaymentForm,
    ReleaseForm,
    SelectedApplicationsForm,
    TrancheForm,
)
from ..ledger import round_ledger
from ..models import Application, GrantReport, GrantRoundPage, ReviewerProfile, Tranche
from ..permissions import COMMITTEE, STAFF, is_fund_staff, is_grants_team
from ..ranking import (
    CHUNK,
    desk_csv_rows,
    listed,
    mark_funding_line,
    ranked,
    ranking_csv_rows,
    ranking_queryset,
    scored,
    with_funding_line,
    with_rounds,
)
from .applications import application_for, detail_page


def _require_team(request):
    if not is_grants_team(request.user):
        raise Http404


def _require_fund_staff(request):
    if not is_fund_staff(request.user):
        raise Http404


@member_area
@require_POST
def decide(request, pk):
    application = application_for(request, pk, COMMITTEE)
    form = DecisionForm(request.POST)
    if form.is_valid():
        with refusals_shown(request, form, DECISION_FIELDS) as attempt:
            paying.decide(
                application,
                request.user,
                form.cleaned_data["outcome"],
                form.cleaned_data["reasons"],
                amount=form.cleaned_data["amount"],
                conditions=form.cleaned_data["conditions"],
            )
        if attempt.succeeded:
            messages.success(request, _("The decision is recorded."))
            return redirect("grants:application_detail", application.pk)
    return detail_page(request, application, decision_form=form)


# The field of a form each refusal is about (by its code: the refusing precondition's name).
DECISION_FIELDS = {"within_budget": "amount", "note_given": "reasons"}
TRANCHE_FIELDS = {"schedule_exceeds_award": "amount"}
RELEASE_FIELDS = {"note_given": "note"}


PAGE_SIZE = 50  # applications a page of a staff list shows


class _Line:
    """A file for csv.writer whose `write` hands back the line, to stream it."""

    def write(self, line):
        return line


def _csv_response(rows, filename):
    """A CSV download streamed as `rows` (lists of cells, the header first) are produced."""
    writer = SafeWriter(_Line())
    response = StreamingHttpResponse(
        (writer.writerow(cells) for cells in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _page(request, listing, load):
    """The request's page of `listing` (dicts of the pk and figures worked out over the whole
    list): the applications `load(pks)` gives for that page alone, in the listing's order,
    each with the listing's figures."""
    page = Paginator(listing, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page)
    loaded = {application.pk: application for application in load([r["pk"] for r in rows])}
    page.object_list = [loaded[row["pk"]] for row in rows]
    for application, row in zip(page.object_list, rows, strict=True):
        for name, value in row.items():
            setattr(application, name, value)
    return page


@member_area
def staff_applications(request):
    _require_team(request)
    queryset = Application.objects.submitted().with_amount_requested()
    filtered = DeskFilter(request.GET, queryset=queryset.order_by("-submitted_at", "-pk"))
    if request.GET.get("format") == "csv":
        rows = scored(listed(filtered.qs)).iterator(chunk_size=CHUNK)
        return _csv_response(desk_csv_rows(with_rounds(rows)), "applications.csv")
    page = _page(
        request,
        filtered.qs.values("pk"),
        lambda pks: with_rounds(scored(listed(queryset.filter(pk__in=pks)))),
    )
    rounds = in_languages([application.round for application in page], get_language())
    for application, grant_round in zip(page, rounds, strict=True):
        application.round_shown = grant_round
    return render(
        request,
        "grants/staff/applications.html",
        {
            "filter": filtered,
            "page_obj": page,
            "bulk_actions": [(a, workflow.ACTION_LABELS[a]) for a in workflow.BULK_ACTIONS],
            "page_title": _("Applications"),
        },
    )


@member_area
@require_POST
def bulk_transition(request):
    """Staff move several applications at once; each still goes through the workflow."""
    _require_team(request)
    action = request.POST.get("action")
    if action not in workflow.BULK_ACTIONS:
        raise Http404
    form = SelectedApplicationsForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one or more applications from the list."))
        return redirect("grants:staff_applications")
    done, refused = 0, []
    for application in form.cleaned_data["selected"]:
        try:
            workflow.perform(application, action, request.user)
            done += 1
        except workflow.TransitionRefused as refusal:
            refused.append((application, refusal.message))
    messages.info(
        request,
        _("%(action)s: %(done)s done, %(refused)s not possible.")
        % {"action": workflow.ACTION_LABELS[action], "done": done, "refused": len(refused)},
    )
    for application, reason in refused:
        messages.error(
            request,
            _("Not moved: %(application)s (%(hub)s). %(reason)s")
            % {"application": application, "hub": application.hub.name, "reason": reason},
        )
    return redirect("grants:staff_applications")


@member_area
def ranking(request, round_pk):
    _require_team(request)
    grant_round = get_object_or_404(GrantRoundPage, pk=round_pk).source_round
    applications = ranking_queryset(grant_round)
    filtered = ApplicationFilter(request.GET, queryset=applications)
    if request.GET.get("format") == "csv":
        rows = with_funding_line(filtered.qs, grant_round.budget)
        return _csv_response(
            ranking_csv_rows(rows, grant_round.currency), f"ranking-{grant_round.pk}.csv"
        )
    # The rank and running total of every row in one query, paged here: a database count
    # would compute the whole ranking a second time.
    page = _page(
        request,
        list(ranked(filtered.qs).values("pk", "rank", "cumulative")),
        lambda pks: with_rounds(applications.filter(pk__in=pks), {grant_round.pk: grant_round}),
    )
    page.object_list = list(mark_funding_line(page.object_list, grant_round.budget))
    return render(
        request,
        "grants/staff/ranking.html",
        {
            "round": grant_round,
            "filter": filtered,
            "page_obj": page,
            "ledger": round_ledger(grant_round),
            "page_title": _("Ranking: %(round)s") % {"round": grant_round.title},
        },
    )


@member_area
@require_POST
def assign_reviewers(request, round_pk):
    _require_fund_staff(request)
    grant_round = get_object_or_404(GrantRoundPage, pk=round_pk)
    created = reviewing.assign_round(grant_round)
    messages.success(request, _("%(count)s reviewers assigned.") % {"count": len(created)})
    return redirect("grants:ranking", grant_round.source_round.pk)


@member_area
def reviewer_pool(request):
    _require_fund_staff(request)
    if request.method == "POST":
        form = ConfirmReviewerForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a volunteer from the reviewer pool."))
            return redirect("grants:reviewer_pool")
        profile = form.cleaned_data["profile"]
        reviewing.confirm_reviewer(profile, request.user)
        messages.success(request, _("%(name)s is now a peer reviewer.") % {"name": profile.user})
        return redirect("grants:reviewer_pool")
    profiles = ReviewerProfile.objects.select_related("user").prefetch_related("topics")
    return render(
        request,
        "grants/staff/reviewer_pool.html",
        {"profiles": profiles, "page_title": _("Reviewer pool")},
    )


@member_area
@require_POST
def add_tranche(request, pk):
    application = application_for(request, pk, STAFF)
    form = TrancheForm(request.POST)
    if form.is_valid():
        with refusals_shown(request, form, TRANCHE_FIELDS) as attempt:
            paying.add_tranche(application, request.user, **form.cleaned_data)
        if attempt.succeeded:
            messages.success(request, _("The tranche is planned."))
            return redirect("grants:application_detail", application.pk)
    return detail_page(request, application, tranche_form=form)


@member_area
def confirm_payment(request, pk):
    """The step before approving a payment: what is paid, to whom, recorded by whom; the
    approval itself is posted from here (no script needed)."""
    tranche = get_object_or_404(
        Tranche.objects.select_related("application__hub", "recorded_by"), pk=pk
    )
    application = application_for(request, tranche.application_id, STAFF)
    with refusals_shown(request) as attempt:
        workflow.check(tranche, "approve", request.user)
    if not attempt.succeeded:
        return redirect("grants:application_detail", application.pk)
    return render(
        request,
        "grants/staff/confirm_payment.html",
        {
            "application": application,
            "tranche": tranche,
            "page_title": _("Approve the payment of tranche %(number)s")
            % {"number": tranche.position},
        },
    )


@member_area
@require_POST
def tranche_action(request, pk, action):
    tranche = get_object_or_404(Tranche.objects.select_related("application"), pk=pk)
    application = application_for(request, tranche.application_id, STAFF)
    if action not in paying.TRANCHE_ACTIONS:
        raise Http404
    payment = {}
    if action == "record":
        form = PaymentForm(request.POST, tranche=tranche)
        if not form.is_valid():
            return detail_page(request, application, payment_form=form)
        payment = {
            "paid_date": form.cleaned_data["paid_date"],
            "method": form.cleaned_data["method"],
            "reference": form.cleaned_data["payment_reference"],
        }
    with refusals_shown(request) as attempt:
        paying.change_tranche(
            tranche, request.user, action, note=request.POST.get("note", ""), **payment
        )
    if attempt.succeeded:
        messages.success(request, _("The tranche is updated."))
    return redirect("grants:application_detail", application.pk)


@member_area
@require_POST
def release_tranches(request, pk):
    """Staff cancel every planned tranche of a grant with a reason; the money goes back."""
    application = application_for(request, pk, STAFF)
    form = ReleaseForm(request.POST)
    if form.is_valid():
        with refusals_shown(request, form, RELEASE_FIELDS) as attempt:
            paying.release_remaining(application, request.user, form.cleaned_data["note"])
        if attempt.succeeded:
            messages.success(
                request, _("The remaining tranches are cancelled and their money is released.")
            )
            return redirect("grants:application_detail", application.pk)
    return detail_page(request, application, release_form=form)


@member_area
@require_POST
def review_report(request, pk):
    report = get_object_or_404(GrantReport.objects.select_related("application"), pk=pk)
    application = application_for(request, report.application_id, STAFF)
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    with refusals_shown(request) as attempt:
        paying.review_report(report, request.user, accept="accept" in request.POST, note=note)
    if attempt.succeeded:
        messages.success(request, _("The report is reviewed."))
    return redirect("grants:application_detail", application.pk)
