"""Member-area and staff pages of the grants process. Each view checks the person's role on
the object, calls one domain function and renders."""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from core.localization import in_language
from members.mfa import member_area as login_required
from website.uploads import download_name

from . import applying, paying, reviewing, workflow
from .filters import ApplicationFilter
from .forms import (
    ApplicationForm,
    BudgetLineFormSet,
    ConflictForm,
    DecisionForm,
    NoteForm,
    PaymentForm,
    ReportForm,
    ReviewerVolunteerForm,
    ReviewForm,
    TrancheForm,
)
from .ledger import grant_ledger, round_ledger
from .models import (
    Application,
    Attachment,
    GrantReport,
    GrantRoundPage,
    ReviewAssignment,
    ReviewerProfile,
    Tranche,
)
from .permissions import (
    APPLICANT,
    COMMITTEE,
    STAFF,
    hubs_user_may_apply_for,
    is_fund_staff,
    is_grants_team,
    roles_for,
)
from .ranking import ranking_queryset, scored, with_funding_line, write_csv
from .transparency import awarded_grants

# ---------------------------------------------------------------- helpers


def _application_for(request, pk, *allowed_roles):
    """The application if the user holds one of `allowed_roles` on it (any role when none
    given). Others get 404, so ids cannot be probed."""
    application = get_object_or_404(
        Application.objects.select_related("round", "hub", "applicant"), pk=pk
    )
    roles = roles_for(request.user, application)
    if not roles or (allowed_roles and not roles & set(allowed_roles)):
        raise Http404
    request.grant_roles = roles
    return application


def _require_team(request):
    if not is_grants_team(request.user):
        raise Http404


# ---------------------------------------------------------------- applicants


@login_required
def my_applications(request):
    applications = (
        Application.objects.filter(hub__memberships__user=request.user)
        .for_lists()
        .order_by("-updated_at")
    )
    return render(
        request,
        "grants/my_applications.html",
        {"applications": applications, "page_title": _("My applications")},
    )


@login_required
def start_application(request, round_pk):
    grant_round = get_object_or_404(GrantRoundPage.objects.live(), pk=round_pk)
    hubs = hubs_user_may_apply_for(request.user)
    if not hubs:
        messages.error(request, _("Only members of an approved hub can apply."))
        return redirect(grant_round.url)
    if not grant_round.is_open:
        messages.error(request, _("This round is not open for applications."))
        return redirect(grant_round.url)
    if request.method == "POST":
        hub = next((h for h in hubs if str(h.pk) == request.POST.get("hub")), None)
        if hub is not None:
            application = applying.start_application(grant_round, hub, request.user)
            return redirect("grants:application_edit", application.pk)
        messages.error(request, _("Please choose the hub you apply for."))
    return render(
        request,
        "grants/start_application.html",
        {"round": grant_round, "hubs": hubs, "page_title": _("Apply")},
    )


@login_required
def edit_application(request, pk):
    application = _application_for(request, pk, APPLICANT)
    if application.status not in workflow.EDITABLE:
        return redirect("grants:application_detail", application.pk)
    grant_round = in_language(application.round, get_language())
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        instance=application,
        questions=grant_round.question_list(),
    )
    lines = BudgetLineFormSet(request.POST or None, instance=application, prefix="lines")
    if request.method == "POST":
        if form.is_valid() and lines.is_valid():
            with transaction.atomic():
                application = form.save(commit=False)
                application.answers = form.answers()
                application.save()
                lines.save()
                if form.cleaned_data.get("new_attachment"):
                    applying.add_attachment(
                        application, form.cleaned_data["new_attachment"], request.user
                    )
                for block_id, question in form.questions:
                    upload = form.cleaned_data.get(f"q_{block_id}")
                    if question["kind"] == "file" and upload:
                        application.attachments.filter(question_id=block_id).delete()
                        applying.add_attachment(application, upload, request.user, block_id)
            if "submit" in request.POST:
                try:
                    applying.submit(application, request.user)
                except workflow.TransitionRefused as refusal:
                    messages.error(request, str(refusal))
                    return redirect("grants:application_edit", application.pk)
                messages.success(
                    request,
                    _("Application %(reference)s was submitted. We sent you a confirmation.")
                    % {"reference": application.reference},
                )
                return redirect("grants:application_detail", application.pk)
            messages.success(request, _("Your draft is saved."))
            return redirect("grants:application_edit", application.pk)
        messages.error(request, _("Please correct the errors below. Nothing you typed is lost."))
    return render(
        request,
        "grants/application_form.html",
        {
            "application": application,
            "round": grant_round,
            "form": form,
            "lines": lines,
            "missing": applying.missing_for_submission(application),
            "page_title": application.title,
        },
    )


@login_required
@require_POST
def delete_attachment(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("application"), pk=pk)
    application = _application_for(request, attachment.application_id, APPLICANT)
    if application.status not in workflow.EDITABLE:
        raise PermissionDenied
    attachment.file.delete(save=False)
    attachment.delete()
    messages.success(request, _("The attachment was removed."))
    return redirect("grants:application_edit", application.pk)


@login_required
def application_detail(request, pk):
    application = _application_for(request, pk)
    roles = request.grant_roles
    team = bool(roles & {STAFF, COMMITTEE})
    audit = application.audit.select_related("actor", "tranche")
    if not team:
        audit = audit.filter(visible_to_applicant=True)
    grant_round = in_language(application.round, get_language())
    questions = grant_round.question_list()
    actions = workflow.available_actions(application, request.user)
    reviews = []
    if team:
        reviews = application.assignments.select_related("reviewer", "review")
    elif APPLICANT in roles:
        reviews = application.assignments.filter(status="submitted").select_related("review")
    context = {
        "application": application,
        "round": grant_round,
        "roles": roles,
        "team": team,
        "is_applicant": APPLICANT in roles,
        "editable": application.status in workflow.EDITABLE,
        "lines": application.budget_lines.all(),
        "answers": applying.displayed_answers(application, questions),
        "attachments": application.attachments.filter(report__isnull=True),
        "audit": audit,
        "reviews": reviews,
        "decisions": application.decisions.select_related("decided_by"),
        "tranches": application.tranches.select_related("recorded_by", "approved_by"),
        "reports": application.reports.prefetch_related("attachments"),
        "ledger": grant_ledger(application),
        "actions": [
            (action, workflow.ACTION_LABELS[action])
            for action in actions
            if action in workflow.BUTTON_ACTIONS
        ],
        "can_decide": "approve" in actions,
        "decision_form": DecisionForm(),
        "tranche_form": TrancheForm()
        if STAFF in roles and application.status in workflow.PLANNING
        else None,
        "payment_form": PaymentForm() if STAFF in roles else None,
        "report_form": ReportForm(budget_lines=application.budget_lines.all())
        if APPLICANT in roles and application.status == Application.Status.ACTIVE
        else None,
        "note_form": NoteForm(),
        "page_title": application.title,
    }
    return render(request, "grants/application_detail.html", context)


@login_required
@require_POST
def transition(request, pk, action):
    """Plain status changes (withdraw, screen, close review, agreement signed)."""
    application = _application_for(request, pk)
    if action in workflow.actions_of(workflow.DECISION, workflow.FORM):
        raise Http404
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        workflow.perform(application, action, request.user, note=note)
    except workflow.TransitionRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request, _("Done: %(action)s.") % {"action": workflow.ACTION_LABELS[action]}
        )
    return redirect("grants:application_detail", application.pk)


@login_required
def attachment_download(request, pk):
    """Private files: served only to people who may see the application."""
    attachment = get_object_or_404(Attachment, pk=pk)
    _application_for(request, attachment.application_id)
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=download_name(attachment.original_name, attachment.file.name),
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def submit_report(request, pk):
    application = _application_for(request, pk, APPLICANT)
    form = ReportForm(
        request.POST or None, request.FILES or None, budget_lines=application.budget_lines.all()
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                report = paying.submit_report(
                    application,
                    request.user,
                    form.cleaned_data["kind"],
                    form.cleaned_data["narrative"],
                    form.spending(),
                )
                if form.cleaned_data.get("attachment"):
                    applying.add_attachment(
                        application, form.cleaned_data["attachment"], request.user, report=report
                    )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Thank you, your report was sent."))
            return redirect("grants:application_detail", application.pk)
    return render(
        request,
        "grants/report_form.html",
        {"application": application, "form": form, "page_title": _("Send a report")},
    )


# ---------------------------------------------------------------- reviewers


@login_required
def volunteer(request):
    profile = ReviewerProfile.objects.filter(user=request.user).first()
    locale = Locale.objects.filter(language_code=get_language()).first()
    initial = {"languages": profile.languages, "topics": profile.topics.all()} if profile else {}
    form = ReviewerVolunteerForm(request.POST or None, initial=initial, locale=locale)
    if request.method == "POST" and form.is_valid():
        reviewing.volunteer(
            request.user, form.cleaned_data["languages"], form.cleaned_data["topics"]
        )
        messages.success(
            request, _("Thank you for volunteering. Fund staff will confirm you as a reviewer.")
        )
        return redirect("grants:my_reviews")
    return render(
        request,
        "grants/volunteer.html",
        {"form": form, "profile": profile, "page_title": _("Become a peer reviewer")},
    )


@login_required
def my_reviews(request):
    assignments = (
        ReviewAssignment.objects.filter(reviewer=request.user)
        .exclude(status=ReviewAssignment.Status.CONFLICT)
        .select_related("application__round", "application__hub")
    )
    return render(
        request,
        "grants/my_reviews.html",
        {
            "assignments": assignments,
            "profile": ReviewerProfile.objects.filter(user=request.user).first(),
            "page_title": _("My reviews"),
        },
    )


def _assignment_for(request, pk):
    """Reviewers reach only their own assignments, and only on submitted applications."""
    return get_object_or_404(
        ReviewAssignment.objects.select_related("application__round", "application__hub"),
        pk=pk,
        reviewer=request.user,
        application__submitted_at__isnull=False,
    )


@login_required
def review(request, pk):
    assignment = _assignment_for(request, pk)
    if assignment.status == ReviewAssignment.Status.CONFLICT:
        raise Http404
    application = assignment.application
    grant_round = in_language(application.round, get_language())
    form = None
    if assignment.status == ReviewAssignment.Status.ASSIGNED:
        form = ReviewForm(request.POST or None, criteria=grant_round.criteria_list())
        if request.method == "POST" and form.is_valid():
            try:
                reviewing.submit_review(
                    assignment,
                    form.scores(),
                    form.cleaned_data["recommendation"],
                    form.cleaned_data["comment_for_committee"],
                    form.cleaned_data["comment_for_applicant"],
                )
            except ValidationError as refusal:
                messages.error(request, refusal.messages[0])
            else:
                messages.success(request, _("Your review is submitted. Thank you."))
                return redirect("grants:my_reviews")
    return render(
        request,
        "grants/review_form.html",
        {
            "assignment": assignment,
            "application": application,
            "round": grant_round,
            "form": form,
            "conflict_form": ConflictForm(),
            "lines": application.budget_lines.all(),
            "answers": applying.displayed_answers(application, grant_round.question_list()),
            "attachments": application.attachments.filter(report__isnull=True),
            "my_review": getattr(assignment, "review", None)
            if assignment.status == ReviewAssignment.Status.SUBMITTED
            else None,
            "page_title": _("Review: %(title)s") % {"title": application.title},
        },
    )


@login_required
@require_POST
def declare_conflict(request, pk):
    assignment = _assignment_for(request, pk)
    form = ConflictForm(request.POST)
    if assignment.status != ReviewAssignment.Status.ASSIGNED or not form.is_valid():
        messages.error(request, _("Please describe the conflict of interest."))
        return redirect("grants:review", assignment.pk)
    reviewing.declare_conflict(assignment, form.cleaned_data["note"])
    messages.success(request, _("Thank you. The application will go to another reviewer."))
    return redirect("grants:my_reviews")


# ---------------------------------------------------------------- committee and staff


@login_required
@require_POST
def decide(request, pk):
    application = _application_for(request, pk, COMMITTEE)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            paying.decide(
                application,
                request.user,
                form.cleaned_data["outcome"],
                form.cleaned_data["reasons"],
                amount=form.cleaned_data["amount"],
                conditions=form.cleaned_data["conditions"],
            )
        except workflow.TransitionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("The decision is recorded."))
            return redirect("grants:application_detail", application.pk)
    else:
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
    return redirect("grants:application_detail", application.pk)


@login_required
def staff_applications(request):
    _require_team(request)
    queryset = scored(Application.objects.submitted().for_lists())
    filtered = ApplicationFilter(request.GET, queryset=queryset.order_by("-submitted_at"))
    page = Paginator(filtered.qs, 50).get_page(request.GET.get("page"))
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


@login_required
@require_POST
def bulk_transition(request):
    """Staff move several applications at once; each still goes through the workflow."""
    _require_team(request)
    action = request.POST.get("action")
    if action not in workflow.BULK_ACTIONS:
        raise Http404
    done, refused = 0, 0
    for application in Application.objects.filter(pk__in=request.POST.getlist("selected")):
        try:
            workflow.perform(application, action, request.user)
            done += 1
        except workflow.TransitionRefused:
            refused += 1
    messages.info(
        request,
        _("%(action)s: %(done)s done, %(refused)s not possible.")
        % {"action": workflow.ACTION_LABELS[action], "done": done, "refused": refused},
    )
    return redirect("grants:staff_applications")


@login_required
def ranking(request, round_pk):
    _require_team(request)
    grant_round = get_object_or_404(GrantRoundPage, pk=round_pk).source_round
    filtered = ApplicationFilter(request.GET, queryset=ranking_queryset(grant_round))
    rows = with_funding_line(filtered.qs, grant_round.budget)
    if request.GET.get("format") == "csv":
        out = io.StringIO()
        write_csv(rows, grant_round.currency, out)
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="ranking-{grant_round.pk}.csv"'
        return response
    return render(
        request,
        "grants/staff/ranking.html",
        {
            "round": grant_round,
            "filter": filtered,
            "rows": rows,
            "ledger": round_ledger(grant_round),
            "page_title": _("Ranking: %(round)s") % {"round": grant_round.title},
        },
    )


@login_required
@require_POST
def assign_reviewers(request, round_pk):
    if not is_fund_staff(request.user):
        raise Http404
    grant_round = get_object_or_404(GrantRoundPage, pk=round_pk)
    created = reviewing.assign_round(grant_round)
    messages.success(request, _("%(count)s reviewers assigned.") % {"count": len(created)})
    return redirect("grants:ranking", grant_round.source_round.pk)


@login_required
def reviewer_pool(request):
    if not is_fund_staff(request.user):
        raise Http404
    if request.method == "POST":
        profile = get_object_or_404(ReviewerProfile, pk=request.POST.get("profile"))
        reviewing.confirm_reviewer(profile, request.user)
        messages.success(request, _("%(name)s is now a peer reviewer.") % {"name": profile.user})
        return redirect("grants:reviewer_pool")
    profiles = ReviewerProfile.objects.select_related("user").prefetch_related("topics")
    return render(
        request,
        "grants/staff/reviewer_pool.html",
        {"profiles": profiles, "page_title": _("Reviewer pool")},
    )


@login_required
@require_POST
def add_tranche(request, pk):
    application = _application_for(request, pk, STAFF)
    form = TrancheForm(request.POST)
    if form.is_valid():
        try:
            paying.add_tranche(application, request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("The tranche is planned."))
    else:
        messages.error(request, _("Please give an amount and a planned date."))
    return redirect("grants:application_detail", application.pk)


@login_required
@require_POST
def tranche_action(request, pk, action):
    tranche = get_object_or_404(Tranche.objects.select_related("application"), pk=pk)
    application = _application_for(request, tranche.application_id, STAFF)
    try:
        if action == "record":
            form = PaymentForm(request.POST, instance=Tranche())
            if not form.is_valid():
                raise ValidationError(_("Please give the payment date, method and reference."))
            paying.record_payment(
                tranche,
                request.user,
                form.cleaned_data["paid_date"],
                form.cleaned_data["method"],
                form.cleaned_data["payment_reference"],
            )
        elif action == "approve":
            paying.approve_payment(tranche, request.user)
        elif action in ("fail", "cancel"):
            note = request.POST.get("note", "")
            handler = paying.fail_payment if action == "fail" else paying.cancel_tranche
            handler(tranche, request.user, note)
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, error.messages[0])
    except workflow.TransitionRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("The tranche is updated."))
    return redirect("grants:application_detail", application.pk)


@login_required
@require_POST
def review_report(request, pk):
    report = get_object_or_404(GrantReport.objects.select_related("application"), pk=pk)
    application = _application_for(request, report.application_id, STAFF)
    try:
        paying.review_report(
            report, request.user, accept="accept" in request.POST, note=request.POST.get("note", "")
        )
    except workflow.TransitionRefused as refusal:
        messages.error(request, str(refusal))
    except ValidationError as refusal:
        messages.error(request, refusal.messages[0])
    else:
        messages.success(request, _("The report is reviewed."))
    return redirect("grants:application_detail", application.pk)


# ---------------------------------------------------------------- public


def transparency(request):
    """Awarded grants per round in the active language, with totals paid."""
    context = awarded_grants(get_language())
    context["page_title"] = _("Where the grants go")
    try:
        from grants.funding.ledger import income_by_currency
    except ImportError:
        income_by_currency = None
    context["income"] = income_by_currency() if income_by_currency else None
    for currency, amount in (context["income"] or {}).items():
        context["totals"].setdefault(currency, {})["income"] = amount
    return render(request, "grants/transparency.html", context)
