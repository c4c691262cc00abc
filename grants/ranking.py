"""A round's ranking for staff: weighted mean, spread, reviews done of due, amounts and the
funding line. One query for any number of applications."""

from django.db.models import Avg, Count, F, Max, Min, OuterRef, Q, Subquery

from core.csv_export import SafeWriter

from .ledger import ZERO
from .models import Application, Decision
from .workflow import GRANTED, RANKED


def scored(queryset):
    """Annotate score, spread and review counts on an application queryset."""
    return queryset.annotate(
        score=Avg("assignments__review__weighted_score"),
        spread=Max("assignments__review__weighted_score")
        - Min("assignments__review__weighted_score"),
        reviews_done=Count("assignments", filter=Q(assignments__status="submitted")),
        reviews_due=Count("assignments", filter=~Q(assignments__status="conflict")),
    )


def with_amount_awarded(queryset):
    """Annotate `amount_awarded`: the amount of the latest approving decision, or None."""
    approvals = Decision.objects.filter(
        application=OuterRef("pk"), outcome=Decision.Outcome.APPROVED
    ).order_by("-decided_at", "-pk")
    return queryset.annotate(amount_awarded=Subquery(approvals.values("amount")[:1]))


def ranking_queryset(grant_round):
    """Applications of the round that reached review, best score first."""
    applications = Application.objects.filter(round=grant_round.source_round, status__in=RANKED)
    return with_amount_awarded(scored(applications.for_lists())).order_by(
        F("score").desc(nulls_last=True), "submitted_at"
    )


def counted_amount(application):
    """What an application weighs against the budget: the award once the committee granted
    it, nothing once declined, the amount requested while undecided."""
    if application.status in GRANTED and application.amount_awarded is not None:
        return application.amount_awarded
    if application.status == Application.Status.DECLINED:
        return ZERO
    return application.amount_requested


def with_funding_line(applications, budget):
    """[(application, cumulative, above_line)]: the running total of `counted_amount` down
    the list and whether it is still within `budget` (the funding line falls where it is
    not)."""
    rows, cumulative = [], ZERO
    for application in applications:
        cumulative += counted_amount(application)
        rows.append((application, cumulative, cumulative <= budget))
    return rows


CSV_HEADER = [
    "rank", "reference", "hub", "title", "status", "language", "score", "spread",
    "reviews_done", "reviews_due", "amount_requested", "amount_awarded", "cumulative",
    "within_budget",
]  # fmt: skip


def _two_decimals(value):
    """A number for a CSV cell with two decimals ("1200.00", "3.67"), or "" for none."""
    return "" if value is None else f"{value:.2f}"


def write_csv(rows, currency, out):
    writer = SafeWriter(out)
    writer.writerow(CSV_HEADER + ["currency"])
    for rank, (application, cumulative, within) in enumerate(rows, start=1):
        writer.writerow(
            [
                rank,
                application.reference,
                application.hub.name,
                application.title,
                application.status,
                application.language,
                _two_decimals(application.score),
                _two_decimals(application.spread),
                application.reviews_done,
                application.reviews_due,
                _two_decimals(application.amount_requested),
                _two_decimals(application.amount_awarded),
                _two_decimals(cumulative),
                "yes" if within else "no",
                currency,
            ]
        )


DESK_CSV_HEADER = [
    "reference", "round", "hub", "title", "status", "language", "submitted", "score", "spread",
    "reviews_done", "reviews_due", "amount_requested", "currency",
]  # fmt: skip


def write_desk_csv(applications, out):
    """The grants desk's list (as filtered) as CSV: plain numbers, ISO dates."""
    writer = SafeWriter(out)
    writer.writerow(DESK_CSV_HEADER)
    for application in applications:
        writer.writerow(
            [
                application.reference,
                application.round.title,
                application.hub.name,
                application.title,
                application.status,
                application.language,
                application.submitted_at.isoformat(),
                _two_decimals(application.score),
                _two_decimals(application.spread),
                application.reviews_done,
                application.reviews_due,
                _two_decimals(application.amount_requested),
                application.round.currency,
            ]
        )
