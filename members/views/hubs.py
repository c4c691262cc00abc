"""Hub pages of the member area: registration, the profile and the people of a hub."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.refusals import refusals_shown

from .. import roles
from ..forms import HubForm, InvitationForm, RoleForm
from ..history import hub_history
from ..hubs import profile_snapshot, record_profile_update, register_hub
from ..mfa import member_area
from ..models import Hub, HubMembership, Invitation


def _managed_hub(request, slug):
    """The hub, if the signed-in person coordinates it; 404 for everyone else so that guessing
    a slug tells nothing."""
    hub = get_object_or_404(Hub, slug=slug)
    if not roles.can_manage(request.user, hub):
        raise Http404
    return hub


@member_area
@require_http_methods(["GET", "POST"])
def register(request):
    form = HubForm(request.POST or None, request.FILES or None)
    if form.is_valid():
        hub = register_hub(form.save(commit=False), form.cleaned_data["topics"], request.user)
        messages.success(
            request,
            _("Thank you! “%(hub)s” is registered and waits for review by the network's staff.")
            % {"hub": hub.name},
        )
        return redirect("members:dashboard")
    return render(
        request, "members/hub_form.html", {"form": form, "page_title": _("Register a hub")}
    )


@member_area
@require_http_methods(["GET", "POST"])
def edit(request, slug):
    hub = _managed_hub(request, slug)
    before = profile_snapshot(hub)
    form = HubForm(request.POST or None, request.FILES or None, instance=hub)
    if form.is_valid():
        form.save()
        record_profile_update(hub, before, request.user)
        messages.success(request, _("The hub's profile has been saved."))
        return redirect("members:hub_edit", slug=hub.slug)
    return render(
        request,
        "members/hub_form.html",
        {"form": form, "hub": hub, "page_title": _("Edit %(hub)s") % {"hub": hub.name}},
    )


@member_area
def history(request, slug):
    """Who changed what in the hub and when, for its coordinators."""
    hub = _managed_hub(request, slug)
    context = {
        "hub": hub,
        "entries": hub_history(hub),
        "zone": request.user.timezone or "UTC",
        "page_title": _("History of %(hub)s") % {"hub": hub.name},
    }
    return render(request, "members/hub_history.html", context)


@member_area
@require_http_methods(["GET", "POST"])
def people(request, slug):
    hub = _managed_hub(request, slug)
    form = InvitationForm(request.POST or None, hub=hub)
    if form.is_valid():
        roles.invite(hub, form.cleaned_data["email"], form.cleaned_data["role"], request.user)
        messages.success(
            request,
            _("An invitation has been sent to %(email)s.") % {"email": form.cleaned_data["email"]},
        )
        return redirect("members:hub_people", slug=hub.slug)
    context = {
        "hub": hub,
        "form": form,
        "memberships": hub.memberships.select_related("user").order_by("role", "user__email"),
        "invitations": hub.invitations.pending(),
        "zone": request.user.timezone or "UTC",
        "role_choices": HubMembership.Role.choices,
        "page_title": _("People of %(hub)s") % {"hub": hub.name},
    }
    return render(request, "members/hub_people.html", context)


def _apply(request, change, *args):
    with refusals_shown(request) as attempt:
        change(*args)
    if attempt.succeeded:
        messages.success(request, _("Done."))


@member_area
@require_POST
def change_role(request, slug, pk):
    hub = _managed_hub(request, slug)
    membership = get_object_or_404(HubMembership, hub=hub, pk=pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        _apply(request, roles.change_role, membership, form.cleaned_data["role"], request.user)
    return redirect("members:hub_people", slug=hub.slug)


@member_area
@require_http_methods(["GET", "POST"])
def remove(request, slug, pk):
    """GET asks the coordinator to confirm (the people page links here); POST removes."""
    hub = _managed_hub(request, slug)
    membership = get_object_or_404(HubMembership.objects.select_related("user"), hub=hub, pk=pk)
    if request.method == "GET":
        return render(
            request,
            "members/hub_remove.html",
            {
                "membership": membership,
                "page_title": _("Remove %(person)s") % {"person": membership.user},
            },
        )
    _apply(request, roles.remove_member, membership, request.user)
    return redirect("members:hub_people", slug=hub.slug)


@member_area
@require_POST
def revoke_invitation(request, slug, pk):
    hub = _managed_hub(request, slug)
    invitation = get_object_or_404(hub.invitations.pending(), pk=pk)
    roles.revoke_invitation(invitation, request.user)
    messages.success(
        request,
        _("The invitation to %(email)s has been revoked.") % {"email": invitation.email},
    )
    return redirect("members:hub_people", slug=hub.slug)


@member_area
@require_http_methods(["GET", "POST"])
def leave(request, slug):
    membership = get_object_or_404(
        HubMembership.objects.select_related("hub"), hub__slug=slug, user=request.user
    )
    if request.method == "POST":
        with refusals_shown(request) as attempt:
            roles.remove_member(membership, request.user)
        if attempt.succeeded:
            messages.success(request, _("You have left %(hub)s.") % {"hub": membership.hub.name})
            return redirect("members:dashboard")
    return render(
        request,
        "members/hub_leave.html",
        {"membership": membership, "page_title": _("Leave %(hub)s") % {"hub": membership.hub.name}},
    )


@member_area
@require_http_methods(["GET", "POST"])
def invitation(request, token):
    invitation = get_object_or_404(
        Invitation.objects.select_related("hub", "invited_by"), token=token
    )
    addressed_to_you = invitation.is_addressed_to(request.user)
    # Someone else's invitation: the page itself says why it cannot be accepted.
    if request.method == "POST" and addressed_to_you:
        with refusals_shown(request) as attempt:
            membership = roles.accept_invitation(token, request.user)
        if attempt.succeeded:
            messages.success(
                request,
                _("Welcome to %(hub)s! Your role: %(role)s.")
                % {"hub": membership.hub.name, "role": membership.get_role_display()},
            )
            return redirect("members:dashboard")
    return render(
        request,
        "members/invitation.html",
        {
            "invitation": invitation,
            "addressed_to_you": addressed_to_you,
            "wrong_address": roles.WRONG_ADDRESS,
            "page_title": _("Invitation to %(hub)s") % {"hub": invitation.hub.name},
        },
    )
