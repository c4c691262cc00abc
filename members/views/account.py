"""The signed-in member's own pages: dashboard, profile, their data, deleting the account."""

import json
from urllib.parse import urlencode

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail import hooks

from core.worklist import work_lists

from ..forms import DeleteAccountForm, FacilitatorProfileForm, ProfileForm
from ..mfa import member_area
from ..models import FacilitatorProfile
from ..personal_data import delete_account, export, hubs_left_without_coordinator


@member_area
def dashboard(request):
    """Panels from every app that registers a `member_dashboard_panels` hook, in order. Each
    panel's template is rendered with the panel's own context, under the names it chose."""
    panels = [
        panel for hook in hooks.get_hooks("member_dashboard_panels") if (panel := hook(request))
    ]
    panels.sort(key=lambda panel: panel.get("order", 100))
    for panel in panels:
        panel["html"] = render_to_string(panel["template"], panel["context"], request)
    return render(
        request,
        "members/dashboard.html",
        {
            "panels": panels,
            "waiting": sum(work.count for work in work_lists(request)),
            "page_title": _("My dashboard"),
        },
    )


@member_area
def work(request):
    """What waits for the person, from every app that registers a work list."""
    return render(
        request,
        "members/work.html",
        {"work_lists": work_lists(request), "page_title": _("What waits for me")},
    )


@member_area
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile has been saved."))
        with translation.override(user.preferred_language):
            return redirect("members:profile")
    return render(request, "members/profile.html", {"form": form, "page_title": _("My profile")})


@member_area
@require_http_methods(["GET", "POST"])
def facilitator_profile(request):
    profile = FacilitatorProfile.objects.filter(user=request.user).first()
    form = FacilitatorProfileForm(request.POST or None, instance=profile, user=request.user)
    if form.is_valid():
        form.instance.user = request.user
        form.save()
        messages.success(request, _("Your listing has been saved."))
        return redirect("members:facilitator_profile")
    return render(
        request,
        "members/facilitator_form.html",
        {"form": form, "page_title": _("Facilitation and expertise")},
    )


@member_area
def download_data(request):
    response = HttpResponse(
        json.dumps(export(request.user), indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@member_area
@reauthentication_required
@require_http_methods(["GET", "POST"])
def delete(request):
    blocking = hubs_left_without_coordinator(request.user)
    form = DeleteAccountForm(request.POST or None)
    if not blocking and form.is_valid():
        delete_account(request.user)
        logout(request)
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return render(
        request,
        "members/delete_account.html",
        {"form": form, "blocking_hubs": blocking, "page_title": _("Delete my account")},
    )


def allauth_login(request, next_url=None):
    """Wagtail's own login forms (the admin's and the front-end one) would skip allauth, its
    throttle and its MFA step: send every sign-in there instead."""
    if request.user.is_authenticated:
        # Signed in already, yet sent here: the account lacks access to what it asked for
        # (the admin says so in its message). Signing in again would send them straight back.
        return redirect("members:work")
    login = reverse("account_login")
    next_url = request.GET.get("next", next_url)
    return redirect(f"{login}?{urlencode({'next': next_url})}" if next_url else login)
