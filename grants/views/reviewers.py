"""What peer reviewers do: volunteer, see their assignments, review, declare a conflict."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from core.localization import in_language
from core.refusals import refusals_shown
from members.mfa import member_area

from .. import applying, reviewing
from ..forms import ConflictForm, ReviewerVolunteerForm, ReviewForm
from ..models import ReviewAssignment, ReviewerProfile
from ..queries import my_reviews as reviews_of


@member_area
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


@member_area
def my_reviews(request):
    return render(
        request,
        "grants/my_reviews.html",
        {
            "assignments": reviews_of(request.user),
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


@member_area
def review(request, pk):
    assignment = _assignment_for(request, pk)
    if assignment.status == ReviewAssignment.Status.CONFLICT:
        raise Http404
    application = assignment.application
    grant_round = in_language(application.round, get_language())
    form = ReviewForm(request.POST or None, criteria=grant_round.criteria_list())
    # A review sent again once it is in (a second tab, a double click) still goes to the
    # domain rule, which says why it cannot be taken.
    if request.method == "POST" and form.is_valid():
        with refusals_shown(request) as attempt:
            reviewing.submit_review(
                assignment,
                form.scores(),
                form.cleaned_data["recommendation"],
                form.cleaned_data["comment_for_committee"],
                form.cleaned_data["comment_for_applicant"],
            )
        if attempt.succeeded:
            messages.success(request, _("Your review is submitted. Thank you."))
            return redirect("grants:my_reviews")
        assignment = _assignment_for(request, pk)
    is_open = assignment.status == ReviewAssignment.Status.ASSIGNED
    return render(
        request,
        "grants/review_form.html",
        {
            "assignment": assignment,
            "application": application,
            "round": grant_round,
            "form": form if is_open else None,
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


@member_area
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
