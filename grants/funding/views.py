"""Donate, thank-you, monthly cancel and the Stripe webhook. Views stay thin: the work is in
donations.py and webhooks.py."""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.csp import csp_update_from_settings, stripe_js_sources
from core.money import format_money

from . import donations, stripe_api
from .forms import DonationForm
from .ledger import income_by_currency
from .models import Donation, Frequency, MonthlyGift
from .webhooks import MalformedEvent, parse_event, record_event

logger = logging.getLogger(__name__)


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def fund_total(currency):
    """The fund's income in `currency`, formatted, for the donate and thank-you pages."""
    return format_money(income_by_currency().get(currency, 0), currency)


@csp_update_from_settings(stripe_js_sources)
def donate(request, page):
    """The donation form of a DonatePage; a valid gift goes to Stripe, then to the thank-you
    page (or to the card authentication step when the bank asks for it)."""
    context = {"page": page, "configured": stripe_api.is_configured()}
    if not context["configured"]:
        return render(request, "funding/donate_page.html", context)
    context.update(
        publishable_key=settings.STRIPE_PUBLISHABLE_KEY, stripe_js=settings.STRIPE_JS_URL
    )
    form = DonationForm(request.POST or None, page=page)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        start = (
            donations.start_monthly
            if data["frequency"] == Frequency.MONTHLY
            else donations.start_one_off
        )
        try:
            result = start(
                page,
                amount=data["amount"],
                name=data["name"],
                email=data["email"],
                card_token=data["card_token"],
                language=data["language"],
                grant_round=data["grant_round"],
            )
        except donations.DonationError as error:
            form.add_error(None, str(error))
        else:
            gift = result if isinstance(result, MonthlyGift) else result[0]
            thanks_url = "{}{}?{}".format(
                page.url,
                page.reverse_subpage("thanks"),
                urlencode({"gift": donations.thanks_token(gift)}),
            )
            if isinstance(result, tuple) and result[1].status == "requires_action":
                context.update(client_secret=result[1].client_secret, thanks_url=thanks_url)
                return _private(render(request, "funding/authenticate.html", context))
            return redirect(thanks_url)
    context.update(form=form, fund_total=fund_total(page.currency))
    return _private(
        render(request, "funding/donate_page.html", context, status=400 if form.errors else 200)
    )


def thank_you(request, page, token):
    """What a donor sees after paying: confirmed once Stripe's webhook has arrived."""
    gift = donations.from_thanks_token(token)
    if gift is None:
        raise Http404
    if isinstance(gift, MonthlyGift):
        received = gift.status == MonthlyGift.Status.ACTIVE
        failed = gift.status == MonthlyGift.Status.CANCELLED and not gift.donations.exists()
        amount = format_money(gift.amount, gift.currency)
    else:
        received = gift.status == Donation.Status.SUCCEEDED
        failed = gift.status == Donation.Status.FAILED
        amount = gift.amount_display
    context = {
        "page": page,
        "gift": gift,
        "monthly": isinstance(gift, MonthlyGift),
        "amount": amount,
        "received": received,
        "failed": failed,
        "fund_total": fund_total(page.currency),
    }
    return _private(render(request, "funding/thank_you.html", context))


def cancel_monthly(request, token):
    """The page a monthly donor's email links to: confirm, then stop the gift."""
    gift = donations.gift_from_cancel_token(token)
    if gift is None:
        raise Http404
    context = {"gift": gift, "amount": format_money(gift.amount, gift.currency)}
    if request.method == "POST" and gift.status != MonthlyGift.Status.CANCELLED:
        try:
            donations.cancel_monthly(gift)
        except donations.DonationError as error:
            context["error"] = str(error)
    context["cancelled"] = gift.status == MonthlyGift.Status.CANCELLED
    return _private(render(request, "funding/cancel_monthly.html", context))


@csrf_exempt
@require_POST
def stripe_webhook(request):
    """Stripe's signed event deliveries: verify on the raw body, store once, apply, answer."""
    import stripe

    signature = request.headers.get("Stripe-Signature")
    if not stripe_api.is_configured() or not signature:
        return HttpResponseBadRequest("missing signature")
    try:
        stripe_api.verify_signature(request.body, signature)
    except stripe.SignatureVerificationError:
        return HttpResponseBadRequest("bad signature")
    try:
        recorded = record_event(parse_event(request.body))
    except MalformedEvent:
        return HttpResponseBadRequest("malformed event")
    return HttpResponse("recorded" if recorded else "already recorded")
