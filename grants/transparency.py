"""The public account of the fund: awarded grants per round and the totals paid."""

from django.db.models import DecimalField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from core.localization import in_languages
from core.money import MONEY_DIGITS

from .ledger import ZERO, grants_ledger_by_currency
from .models import Application, Decision, Tranche
from .workflow import GRANTED

MONEY = DecimalField(**MONEY_DIGITS)


def awarded_grants(language_code):
    """{"rounds": [(round page in the language, [grants])], "totals": ledger by currency}.
    Grantees who asked for anonymity are listed without their hub's name."""
    award = Decision.objects.filter(
        application=OuterRef("pk"), outcome=Decision.Outcome.APPROVED
    ).order_by("-decided_at")
    paid = (
        Tranche.objects.filter(application=OuterRef("pk"), status=Tranche.Status.PAID)
        .values("application")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    grants = (
        Application.objects.filter(status__in=GRANTED)
        .select_related("hub", "round")
        .annotate(
            award=Subquery(award.values("amount")[:1], output_field=MONEY),
            paid=Coalesce(Subquery(paid, output_field=MONEY), ZERO, output_field=MONEY),
        )
        .order_by("-round__closes_at", "reference")
    )
    by_round = {}
    for grant in grants:
        by_round.setdefault(grant.round, []).append(grant)
    shown = in_languages(by_round, language_code)
    return {
        "rounds": list(zip(shown, by_round.values(), strict=True)),
        "totals": grants_ledger_by_currency(),
    }
