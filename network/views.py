"""Views of the assembly pages and registration links. They check who may act, call one
domain function, and render; the rules live in registrations.py and proposals.py."""

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.dates import viewer_zone
from core.localization import in_active_locale, in_language
from core.refusals import refusals_shown

from .filters import AssemblyFilter, DecisionFilter
from .forms import GuestRegistrationForm, ProposalForm
from .models import AssemblyDecision, AssemblyPage, Proposal, ProposalSupport, Registration
from .models.pieces import localized_listing
from .proposals import submit_proposal, support_proposal
from .registrations import (
    CANCEL_SALT,
    CONFIRM_SALT,
    cancel,
    confirm,
    register,
    registration_from_token,
)

PAST_PER_PAGE = 10
DECISIONS_PER_PAGE = 25


def assembly_listing_context(request):
    """Upcoming assemblies (soonest first) and past ones (latest first, paginated)."""
    filterset = AssemblyFilter(request.GET, queryset=localized_listing(AssemblyPage))
    now = timezone.now()
    assemblies = filterset.qs
    past = Paginator(assemblies.filter(end__lte=now).order_by("-start"), PAST_PER_PAGE)
    return {
        "filter": filterset,
        "upcoming": assemblies.filter(end__gt=now).order_by("start"),
        "page_obj": past.get_page(request.GET.get("page")),
    }


def decision_listing_context(request):
    """Decisions of every assembly shown in the active language, newest assembly first."""
    assemblies = in_active_locale(AssemblyPage.objects.live().public())
    decisions = AssemblyDecision.objects.filter(page__in=assemblies.values("pk")).select_related(
        "page", "page__locale", "proposal"
    )
    filterset = DecisionFilter(
        request.GET, queryset=decisions.order_by("-page__start", "sort_order")
    )
    return {
        "filter": filterset,
        "page_obj": Paginator(filterset.qs, DECISIONS_PER_PAGE).get_page(request.GET.get("page")),
    }


def _my_registration(request, source):
    if not request.user.is_authenticated:
        return None
    return (
        Registration.objects.filter(assembly=source, user=request.user)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )


def _approved_proposals(request, source):
    proposals = (
        Proposal.objects.filter(assembly=source, status=Proposal.Status.APPROVED)
        .select_related("author")
        .annotate(support_count=Count("supports"))
    )
    if request.user.is_authenticated:
        proposals = proposals.annotate(
            supported=Exists(
                ProposalSupport.objects.filter(proposal=OuterRef("pk"), user=request.user)
            )
        )
    return list(proposals)


def assembly_detail(request, page, *, guest_form=None, proposal_form=None, status=200):
    """The assembly page; the online link only for people holding a place."""
    source = page.source_page()
    registration = _my_registration(request, source)
    places_taken = source.registrations.filter(status=Registration.Status.CONFIRMED).count()
    context = {
        "source": source,
        "registration": registration,
        "guest_form": guest_form or GuestRegistrationForm(),
        "proposal_form": proposal_form,
        "proposals": _approved_proposals(request, source),
        "decisions": page.decisions.select_related("proposal"),
        "viewer_zone": viewer_zone(request.user),
        "places_left": None if source.capacity is None else max(source.capacity - places_taken, 0),
        "show_online_link": bool(registration and registration.holds_place and page.online_url),
        "register_url": page.url + page.reverse_subpage("register"),
        "propose_url": page.url + page.reverse_subpage("propose"),
        "calendar_url": page.url + page.reverse_subpage("calendar"),
    }
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def assembly_register(request, page):
    """Members register in one click; guests give a name and email and confirm by email."""
    if request.method != "POST":
        return redirect(page.url)
    language = get_language()
    guest_form = None
    if not request.user.is_authenticated:
        guest_form = GuestRegistrationForm(request.POST)
        if not guest_form.is_valid():
            return assembly_detail(request, page, guest_form=guest_form, status=400)
        if refused := ratelimit.consume_or_429(
            request,
            action="assembly_registration",
            key=guest_form.cleaned_data["email"].lower(),
        ):
            return refused
    with refusals_shown(request, form=guest_form) as attempt:
        if guest_form is None:
            registration = register(
                page,
                name=request.user.get_full_name(),
                email=request.user.email,
                language=request.user.preferred_language or language,
                user=request.user,
            )
        else:
            registration = register(page, language=language, **guest_form.cleaned_data)
    if not attempt.succeeded:
        return assembly_detail(request, page, guest_form=guest_form, status=400)
    # Guests all hear the same, whether or not their address was registered already: the
    # email says the rest.
    status = registration.status if guest_form is None else Registration.Status.UNCONFIRMED
    messages.success(request, _registration_message(status))
    return redirect(page.url)


def _registration_message(status):
    return {
        Registration.Status.UNCONFIRMED: _(
            "Almost done: we have sent you an email. Follow its link to confirm your registration."
        ),
        Registration.Status.CONFIRMED: _("You are registered. We have sent you the details."),
        Registration.Status.WAITLISTED: _(
            "The assembly is full, so you are on the waiting list. We will write when a place "
            "frees up."
        ),
    }[status]


def assembly_propose(request, page):
    """Signed-in members post a proposal until the deadline; guests are asked to sign in."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = ProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if refused := ratelimit.consume_or_429(
            request, action="assembly_proposal", user=request.user
        ):
            return refused
        with refusals_shown(request, form=form) as attempt:
            submit_proposal(page, request.user, language=get_language(), **form.cleaned_data)
        if attempt.succeeded:
            messages.success(
                request, _("Thank you. Your proposal will appear once an editor has read it.")
            )
            return redirect(page.url)
    return page.render(
        request,
        template="network/proposal_form.html",
        # A POST after the deadline keeps its form: submit_proposal's refusal says when.
        context_overrides={
            "form": form,
            "closed": request.method == "GET" and not page.accepts_proposals,
        },
    )


def proposal_support(request, page, proposal_id):
    """A signed-in member supports an approved proposal, once."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    proposal = Proposal.objects.filter(pk=proposal_id, assembly=page.source_page()).first()
    if proposal is None:
        raise Http404
    with refusals_shown(request) as attempt:
        support_proposal(proposal, request.user)
    if attempt.succeeded:
        messages.success(request, _("You support this proposal."))
    return redirect(page.url + f"#proposal-{proposal.pk}")


def _registration_or_404(token, salt):
    registration = registration_from_token(token, salt)
    if registration is None:
        raise Http404(_("This link is not valid."))
    return registration


def confirm_registration(request, token):
    """A guest's email link: confirms the address and gives a place or a queue spot."""
    registration = confirm(_registration_or_404(token, CONFIRM_SALT))
    return TemplateResponse(
        request,
        "network/registration_confirmed.html",
        {
            "registration": registration,
            "assembly": in_language(registration.assembly, get_language()),
            "page_title": _("Registration confirmed"),
        },
    )


@require_http_methods(["GET", "POST"])
def cancel_registration(request, token):
    """The cancel link of one registration: asks first, cancels on POST."""
    registration = _registration_or_404(token, CANCEL_SALT)
    cancelled = False
    if request.method == "POST" and registration.is_active:
        cancel(registration)
        cancelled = True
    return TemplateResponse(
        request,
        "network/registration_cancel.html",
        {
            "registration": registration,
            "assembly": in_language(registration.assembly, get_language()),
            "cancelled": cancelled,
            "page_title": _("Cancel your registration"),
        },
    )
