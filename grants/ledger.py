"""Where every unit of money is: budgets, commitments and payments, always summed from the
records (decisions and tranches), never stored twice. Amounts are Decimal, per currency."""

from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _

from core.money import ZERO

from .models import Decision, GrantRoundPage, Tranche
from .workflow import GRANTED, SCHEDULED

CENT = Decimal("0.01")


def money(value):
    """A database sum as Decimal to the cent (SQLite returns sums without their scale)."""
    return (value or ZERO).quantize(CENT)


def _approved_decisions():
    """The approving decision of every application that is a grant."""
    return Decision.objects.filter(
        outcome=Decision.Outcome.APPROVED, application__status__in=GRANTED
    )


def _released_tranches():
    """Tranches of grants that were cancelled with a reason: their money is no longer
    committed."""
    return Tranche.objects.filter(status=Tranche.Status.RELEASED, application__status__in=GRANTED)


def committed_for_round(grant_round):
    """The awards of the round's grants, less what was released from them."""
    decisions = _approved_decisions().filter(application__round=grant_round)
    released = _released_tranches().filter(application__round=grant_round)
    return money(decisions.aggregate(total=Sum("amount"))["total"]) - money(
        released.aggregate(total=Sum("amount"))["total"]
    )


def paid_for_round(grant_round):
    paid = Tranche.objects.filter(application__round=grant_round, status=Tranche.Status.PAID)
    return money(paid.aggregate(total=Sum("amount"))["total"])


def round_ledger(grant_round):
    """{"currency", "budget", "committed", "paid", "remaining"} for one round."""
    grant_round = grant_round.source_round
    committed = committed_for_round(grant_round)
    return {
        "currency": grant_round.currency,
        "budget": grant_round.budget,
        "committed": committed,
        "paid": paid_for_round(grant_round),
        "remaining": grant_round.budget - committed,
    }


def grant_ledger(application):
    """{"currency", "award", "released", "committed", "paid", "scheduled", "remaining"} for
    one grant: `committed` is the award less what was released, `remaining` what is still to
    pay of it."""
    award = application.approved_amount() or ZERO
    tranches = application.tranches.all()

    def total(*statuses):
        return sum((t.amount for t in tranches if t.status in statuses), ZERO)

    released = total(Tranche.Status.RELEASED)
    paid = total(Tranche.Status.PAID)
    return {
        "currency": application.round.currency,
        "award": award,
        "released": released,
        "committed": award - released,
        "paid": paid,
        "scheduled": total(*SCHEDULED),
        "remaining": award - released - paid,
    }


def grants_ledger_by_currency():
    """{currency: {"budget", "committed", "paid", "remaining"}} over every live round in the
    default language (the rounds that own applications)."""
    ledger = defaultdict(lambda: {"budget": ZERO, "committed": ZERO, "paid": ZERO})
    rounds = GrantRoundPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    for row in rounds.values("currency").annotate(total=Sum("budget")):
        ledger[row["currency"]]["budget"] += money(row["total"])
    committed = _approved_decisions().values("application__round__currency")
    for row in committed.annotate(total=Sum("amount")):
        ledger[row["application__round__currency"]]["committed"] += money(row["total"])
    released = _released_tranches().values("application__round__currency")
    for row in released.annotate(total=Sum("amount")):
        ledger[row["application__round__currency"]]["committed"] -= money(row["total"])
    paid = Tranche.objects.filter(status=Tranche.Status.PAID).values("application__round__currency")
    for row in paid.annotate(total=Sum("amount")):
        ledger[row["application__round__currency"]]["paid"] += money(row["total"])
    for totals in ledger.values():
        totals["remaining"] = totals["budget"] - totals["committed"]
    return dict(sorted(ledger.items()))


def check_award(application, amount):
    """Why `amount` cannot be awarded to `application` now, or None. Call with the round
    locked (`workflow.perform` does) so two decisions cannot both pass."""
    if amount is None:
        return _("Please give the amount awarded.")
    amount = Decimal(amount)
    grant_round = application.round
    if amount <= ZERO:
        return _("The amount awarded must be more than zero.")
    if amount < grant_round.minimum_award:
        return _("The amount awarded cannot be below the round's minimum award (%(amount)s).") % {
            "amount": grant_round.minimum_award
        }
    requested = application.total_requested
    if amount > requested:
        return _("The amount awarded cannot exceed the amount requested (%(amount)s).") % {
            "amount": requested
        }
    if amount > grant_round.maximum_award:
        return _("The amount awarded cannot exceed the round's maximum award (%(amount)s).") % {
            "amount": grant_round.maximum_award
        }
    remaining = grant_round.budget - committed_for_round(grant_round)
    if amount > remaining:
        return _(
            "This would commit more than the round's remaining budget "
            "(%(remaining)s %(currency)s left)."
        ) % {"remaining": remaining, "currency": grant_round.currency}
    return None


def schedule_problem(application):
    """Why the tranche schedule does not sum to the award, or None."""
    award = application.approved_amount()
    tranches = application.tranches.filter(status__in=SCHEDULED)
    scheduled = money(tranches.aggregate(total=Sum("amount"))["total"])
    if award is None or scheduled != award:
        return _("The tranches add up to %(scheduled)s but the award is %(award)s.") % {
            "scheduled": scheduled,
            "award": award or ZERO,
        }
    return None
