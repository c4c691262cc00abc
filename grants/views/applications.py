"""What every role opens on one application: the role check, its page, its plain status
changes and its private files."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.localization import in_language
from core.refusals import refusals_shown
from core.uploads import download_name
from members.mfa import member_area

from .. import workflow
from ..forms import DecisionForm, NoteForm, PaymentForm, ReleaseForm, ReportForm, TrancheForm
from ..models import Application, Attachment, Tranche
from ..permissions import APPLICANT, STAFF, roles_for
from ..queries import application_page


def application_for(request, pk, *allowed_roles):
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


@member_area
def application_detail(request, pk):
    return detail_page(request, application_for(request, pk))


def detail_page(request, application, payment_form=None, **forms):
    """The application's page for the person asking (`application_for` checked their roles);
    `forms` replaces a blank form with one holding what they typed and why it was refused,
    `payment_form` the payment form of its tranche."""
    roles = request.grant_roles
    grant_round = in_language(application.round, get_language())
    page = application_page(application, request.user, roles, grant_round)
    page["tranches"] = list(page["tranches"])
    if STAFF in roles:
        for tranche in page["tranches"]:
            refused = payment_form and payment_form.tranche.pk == tranche.pk
            tranche.payment_form = payment_form if refused else PaymentForm(tranche=tranche)
    context = {
        "application": application,
        "round": grant_round,
        "roles": roles,
        **page,
        "decision_form": DecisionForm(),
        "tranche_form": TrancheForm()
        if STAFF in roles and application.status in workflow.PLANNING
        else None,
        "release_form": ReleaseForm()
        if STAFF in roles
        and application.status == Application.Status.ACTIVE
        and application.tranches.filter(status=Tranche.Status.PLANNED).exists()
        else None,
        "report_form": ReportForm(budget_lines=application.budget_lines.all())
        if APPLICANT in roles and application.status == Application.Status.ACTIVE
        else None,
        "note_form": NoteForm(),
        "page_title": application.title,
        **forms,
    }
    return render(request, "grants/application_detail.html", context)


@member_area
@require_POST
def transition(request, pk, action):
    """Plain status changes (withdraw, screen, close review, agreement signed)."""
    application = application_for(request, pk)
    if action in workflow.actions_of(workflow.DECISION, workflow.FORM):
        raise Http404
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    with refusals_shown(request) as attempt:
        workflow.perform(application, action, request.user, note=note)
    if attempt.succeeded:
        messages.success(
            request, _("Done: %(action)s.") % {"action": workflow.ACTION_LABELS[action]}
        )
    return redirect("grants:application_detail", application.pk)


@member_area
def attachment_download(request, pk):
    """Private files: served only to people who may see the application."""
    attachment = get_object_or_404(Attachment, pk=pk)
    application_for(request, attachment.application_id)
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=download_name(attachment.original_name, attachment.file.name),
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
