"""The fund's public account."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..funding.ledger import income_by_currency
from ..transparency import awarded_grants


def transparency(request):
    """Awarded grants per round in the active language, a page at a time, with totals paid
    and donations."""
    context = awarded_grants(get_language(), request.GET.get("page"))
    context["page_title"] = _("Where the grants go")
    context["income"] = income_by_currency()
    for currency, amount in context["income"].items():
        context["totals"].setdefault(currency, {})["income"] = amount
    return render(request, "grants/transparency.html", context)
