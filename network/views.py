"""Views of the assembly pages and registration links. They check who may act, call one
domain function, and render; the rules live in registrations.py and proposals.py."""

import functools

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.dates import viewer_zone
from core.listings import cards, kept_name, kept_rows
from core.localization import in_active_locale, in_language
from core.pages import page_of
from core.refusals import refusals_shown

from .filters import AssemblyFilter, DecisionFilter
from .forms import GuestRegistrationForm, ProposalForm
from .models import AssemblyDecision, AssemblyPage, Proposal, ProposalSupport, Registration
from .models.pieces import listed, listing_prefetches, localized_listing
from .proposals import submit_proposal, support_proposal, withdraw_support
from .registrations import (
    CANCEL_SALT,
    CONFIRM_SALT,
    cancel,
    cancel_mine,
    confirm,
    register,
    registration_from_token,
    registration_of,
)

PAST_PER_PAGE = 10
ASSEMBLY_CARD = "network/includes/assembly_card.html"
DECISIONS_PER_PAGE = 25


def assembly_listing_context(request, index):
    """Upcoming assemblies (soonest first) and past ones (latest first, paginated) of the
    assembly section `index`'s language; what their cards show is fetched once for both. The
    order is kept until editors publish (core.listings); which are past is decided now."""
    filterset = AssemblyFilter(
        request.GET,
        queryset=localized_listing(AssemblyPage, index.locale_id).order_by("start", "pk"),
    )
    now, page_number, name = timezone.now(), request.GET.get("page"), f"assemblies:{index.pk}"
    rows = kept_rows(filterset, name, "end")
    if rows is None:  # a search by words
        upcoming = list(filterset.qs.filter(end__gt=now).values_list("pk", flat=True))
        past = page_of(filterset.qs.filter(end__lte=now).reverse(), PAST_PER_PAGE, page_number)
        past.object_list = [item.pk for item in past.object_list]
    else:
        upcoming = [pk for pk, end in rows if end > now]
        past = Paginator([pk for pk, end in reversed(rows) if end <= now], PAST_PER_PAGE)
        past = past.get_page(page_number)
    cards_of = listed(AssemblyPage).prefetch_related(*listing_prefetches(AssemblyPage))
    upcoming, past.object_list = cards(request, ASSEMBLY_CARD, cards_of, upcoming, past.object_list)
    return {
        "filter": filterset,
        "filters_kept_as": kept_name(filterset, name),
        "upcoming": upcoming,
        "page_obj": past,
    }


def decision_listing_context(request):
    """Decisions of every assembly shown in the active language, newest assembly first."""
    assemblies = in_active_locale(AssemblyPage.objects.live().public())
    decisions = AssemblyDecision.objects.filter(page__in=assemblies.values("pk")).select_related(
        "page", "page__locale", "proposal", "proposal__assembly"
    )
    filterset = DecisionFilter(
        request.GET, queryset=decisions.order_by("-page__start", "sort_order")
    )
    page_obj = Paginator(filterset.qs, DECISIONS_PER_PAGE).get_page(request.GET.get("page"))
    for decision in page_obj.object_list:
        decision.proposal_page = _where_proposal_shows(decision)
    return {"filter": filterset, "page_obj": page_obj}


def _where_proposal_shows(decision):
    """The assembly page listing the proposal a decision answers, in the reader's language
    when the decision's own assembly is the proposal's; None while the proposal is not shown."""
    proposal = decision.proposal
    if proposal is None or proposal.status != Proposal.Status.APPROVED:
        return None
    if proposal.assembly.translation_key == decision.page.translation_key:
        return decision.page
    return proposal.assembly


def _approved_proposals(request, page, source):
    """The proposals shown on `page`, with their supporters and the decisions (in the
    page's language) that answer them."""
    answers = AssemblyDecision.objects.filter(page__locale_id=page.locale_id).select_related("page")
    proposals = (
        Proposal.objects.filter(assembly=source, status=Proposal.Status.APPROVED)
        .select_related("author")
        .prefetch_related(Prefetch("decisions", queryset=answers))
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
    registration = registration_of(source, request.user)
    places_left = None
    if source.capacity is not None and not page.is_past:
        taken = source.registrations.filter(status=Registration.Status.CONFIRMED).count()
        places_left = max(source.capacity - taken, 0)
    context = {
        "source": source,
        "registration": registration,
        "guest_form": guest_form or GuestRegistrationForm(),
        # The empty guest form's fields are the same for every visitor: kept ({% kept %}).
        "blank_guest_form": None if guest_form else "blank",
        "proposal_form": proposal_form,
        "proposals": _approved_proposals(request, page, source),
        "decisions": page.decisions.select_related("proposal"),
        "viewer_zone": viewer_zone(request.user),
        "places_left": places_left,
        # Whoever registers now waits for a place: the page says so before they try.
        "full": places_left == 0,
        "show_online_link": bool(registration and registration.holds_place and page.online_url),
        "register_url": page.url + page.reverse_subpage("register"),
        "cancel_url": page.url + page.reverse_subpage("cancel_registration"),
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


def _member_action(view):
    """An action on an assembly page: POST only, and a guest is asked to sign in first."""

    @functools.wraps(view)
    def act(request, page, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(page.url)
        return view(request, page, *args, **kwargs)

    return act


@_member_action
def assembly_cancel_registration(request, page):
    """A signed-in member cancels their own registration, from the assembly page or their
    dashboard, and goes back where they came from."""
    with refusals_shown(request) as attempt:
        cancel_mine(page, request.user)
    if attempt.succeeded:
        messages.success(
            request,
            _("Your registration for “%(title)s” is cancelled. Thank you for letting us know.")
            % {"title": page.title},
        )
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(back)
    return redirect(page.url)


@_member_action
def _act_on_proposal(request, page, proposal_id, act, done):
    """`act(proposal, member)` on one of the assembly's proposals; `done(proposal)` is the
    message shown when it succeeds."""
    proposal = Proposal.objects.filter(pk=proposal_id, assembly=page.source_page()).first()
    if proposal is None:
        raise Http404
    with refusals_shown(request) as attempt:
        act(proposal, request.user)
    if attempt.succeeded:
        messages.success(request, done(proposal))
    return redirect(page.url + f"#proposal-{proposal.pk}")


def proposal_support(request, page, proposal_id):
    """A signed-in member supports an approved proposal, once."""
    return _act_on_proposal(
        request,
        page,
        proposal_id,
        support_proposal,
        lambda _proposal: _("You support this proposal."),
    )


def proposal_withdraw_support(request, page, proposal_id):
    """A signed-in member takes back their own support for a proposal."""
    return _act_on_proposal(
        request,
        page,
        proposal_id,
        withdraw_support,
        lambda proposal: _("You no longer support “%(title)s”.") % {"title": proposal.title},
    )


def _registration_or_404(token, salt):
    registration = registration_from_token(token, salt)
    if registration is None:
        raise Http404(_("This link is not valid."))
    return registration


@require_http_methods(["GET", "POST"])
def confirm_registration(request, token):
    """A guest's email link opens a page with a button; only its POST confirms the address
    and gives a place or a queue spot, so a mail scanner following the link confirms
    nothing."""
    registration = _registration_or_404(token, CONFIRM_SALT)
    if request.method == "POST":
        with refusals_shown(request):
            confirm(registration)
    return TemplateResponse(
        request,
        "network/registration_confirm.html",
        {
            "registration": registration,
            "assembly": in_language(registration.assembly, get_language()),
            "page_title": _confirmation_title(registration),
        },
    )


def _confirmation_title(registration):
    return {
        Registration.Status.UNCONFIRMED: _("Confirm your registration"),
        Registration.Status.CONFIRMED: _("Registration confirmed"),
        Registration.Status.WAITLISTED: _("You are on the waiting list"),
        Registration.Status.CANCELLED: _("Registration cancelled"),
    }[registration.status]


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
