"""The public account of the fund: awarded grants per round and the totals paid."""

from django.db.models import DecimalField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from core.localization import in_languages
from core.money import MONEY_DIGITS
from core.pages import page_of

from .ledger import ZERO, grants_ledger_by_currency
from .models import Application, Decision, GrantRoundPage, Tranche
from .workflow import GRANTED

MONEY = DecimalField(**MONEY_DIGITS)
GRANTS_PER_PAGE = 50
# What a row of the public account shows; nothing else of the application is loaded.
GRANT_FIELDS = ("reference", "title", "language", "anonymous", "round", "hub__name")


def awarded_grants(language_code, page_number=1):
    """{"rounds": [(round page in the language, [grants])], "page_obj", "totals": ledger by
    currency}: page `page_number` of every awarded grant, newest round first, grouped by
    round. Grantees who asked for anonymity are listed without their hub's name."""
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
        .select_related("hub")
        .only(*GRANT_FIELDS)
        .annotate(
            award=Subquery(award.values("amount")[:1], output_field=MONEY),
            paid=Coalesce(Subquery(paid, output_field=MONEY), ZERO, output_field=MONEY),
        )
        .order_by("-round__closes_at", "reference", "pk")
    )
    page = page_of(grants, GRANTS_PER_PAGE, page_number)
    rounds = GrantRoundPage.objects.in_bulk({grant.round_id for grant in page})
    by_round = {}
    for grant in page:
        by_round.setdefault(rounds[grant.round_id], []).append(grant)
    shown = in_languages(by_round, language_code)
    return {
        "rounds": list(zip(shown, by_round.values(), strict=True)),
        "page_obj": page,
        "totals": grants_ledger_by_currency(),
    }
