"""What hub members do with their applications: start, edit and submit a draft, remove an
attachment, send a report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.localization import in_language
from core.refusals import refusals_shown
from members.mfa import member_area

from .. import applying, paying, workflow
from ..forms import ApplicationForm, BudgetLineFormSet, ReportForm
from ..models import Attachment, GrantRoundPage
from ..permissions import APPLICANT, hubs_user_may_apply_for
from ..queries import my_applications as applications_of
from .applications import application_for


@member_area
def my_applications(request):
    return render(
        request,
        "grants/my_applications.html",
        {"applications": applications_of(request.user), "page_title": _("My applications")},
    )


@member_area
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
        if hub is None:
            messages.error(request, _("Please choose the hub you apply for."))
        else:
            with refusals_shown(request) as attempt:
                application = applying.start_application(grant_round, hub, request.user)
            if attempt.succeeded:
                return redirect("grants:application_edit", application.pk)
    return render(
        request,
        "grants/start_application.html",
        {"round": grant_round, "hubs": hubs, "page_title": _("Apply")},
    )


@member_area
def edit_application(request, pk):
    application = application_for(request, pk, APPLICANT)
    if application.status not in workflow.EDITABLE:
        return redirect("grants:application_detail", application.pk)
    grant_round = in_language(application.round, get_language())
    questions = grant_round.question_list()
    form = ApplicationForm(
        request.POST or None, request.FILES or None, instance=application, questions=questions
    )
    lines = BudgetLineFormSet(request.POST or None, instance=application, prefix="lines")
    lines_errors = []
    if request.method == "POST":
        if form.is_valid() and lines.is_valid():
            application = form.save(commit=False)
            application.answers = form.answers()
            applying.save_draft(
                application,
                request.user,
                lines,
                attachment=form.cleaned_data.get("new_attachment"),
                question_files=form.question_files(),
            )
            if "submit" not in request.POST:
                messages.success(request, _("Your draft is saved."))
                return redirect("grants:application_edit", application.pk)
            with refusals_shown(request) as attempt:
                applying.submit(application, request.user)
            if attempt.succeeded:
                messages.success(
                    request,
                    _("Application %(reference)s was submitted. We sent you a confirmation.")
                    % {"reference": application.reference},
                )
                return redirect("grants:application_detail", application.pk)
            form, lines, lines_errors = _marked(request, application, questions, attempt.refusal)
        else:
            messages.error(
                request, _("Please correct the errors below. Nothing you typed is lost.")
            )
    return render(
        request,
        "grants/application_form.html",
        {
            "application": application,
            "round": grant_round,
            "form": form,
            "lines": lines,
            "lines_errors": lines_errors,
            "missing": applying.missing_for_submission(application),
            "page_title": application.title,
        },
    )


def _marked(request, application, questions, refusal):
    """The draft as just saved, with what stopped its submission marked at each input it is
    about: (form, budget lines, errors of the budget)."""
    form = ApplicationForm(request.POST, instance=application, questions=questions)
    form.is_valid()
    lines = BudgetLineFormSet(instance=application, prefix="lines")
    lines_errors = []
    if refusal.code == "application_complete":
        for name, _label in applying.missing_for_submission(application):
            if name == "lines":
                lines_errors.append(_("Please add at least one budget line."))
            else:
                form.add_error(name, _("Please fill this in before you submit."))
    elif refusal.code == "request_within_limits":
        lines_errors.append(refusal.message)
    return form, lines, lines_errors


@member_area
@require_POST
def delete_attachment(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("application"), pk=pk)
    application = application_for(request, attachment.application_id, APPLICANT)
    if application.status not in workflow.EDITABLE:
        raise PermissionDenied
    attachment.file.delete(save=False)
    attachment.delete()
    messages.success(request, _("The attachment was removed."))
    return redirect("grants:application_edit", application.pk)


@member_area
def submit_report(request, pk):
    application = application_for(request, pk, APPLICANT)
    form = ReportForm(
        request.POST or None, request.FILES or None, budget_lines=application.budget_lines.all()
    )
    if request.method == "POST" and form.is_valid():
        with refusals_shown(request) as attempt, transaction.atomic():
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
        if attempt.succeeded:
            messages.success(request, _("Thank you, your report was sent."))
            return redirect("grants:application_detail", application.pk)
    return render(
        request,
        "grants/report_form.html",
        {"application": application, "form": form, "page_title": _("Send a report")},
    )
