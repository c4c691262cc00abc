"""A round's ranking for staff: weighted mean, spread, reviews done of due, amounts and the
funding line. One query for any number of applications."""

from django.db.models import Avg, Count, F, Max, Min, Q

from core.csv_export import SafeWriter

from .ledger import ZERO
from .models import Application
from .workflow import RANKED


def scored(queryset):
    """Annotate score, spread and review counts on an application queryset."""
    return queryset.annotate(
        score=Avg("assignments__review__weighted_score"),
        spread=Max("assignments__review__weighted_score")
        - Min("assignments__review__weighted_score"),
        reviews_done=Count("assignments", filter=Q(assignments__status="submitted")),
        reviews_due=Count("assignments", filter=~Q(assignments__status="conflict")),
    )


def ranking_queryset(grant_round):
    """Applications of the round that reached review, best score first."""
    return scored(
        Application.objects.filter(round=grant_round.source_round, status__in=RANKED).for_lists()
    ).order_by(F("score").desc(nulls_last=True), "submitted_at")


def with_funding_line(applications, budget):
    """[(application, cumulative, above_line)]: cumulative requested amount down the list and
    whether it is still within `budget` (the funding line falls where it is not)."""
    rows, cumulative = [], ZERO
    for application in applications:
        cumulative += application.amount_requested
        rows.append((application, cumulative, cumulative <= budget))
    return rows


CSV_HEADER = [
    "rank", "reference", "hub", "title", "status", "language", "score", "spread",
    "reviews_done", "reviews_due", "amount_requested", "cumulative", "within_budget",
]  # fmt: skip


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
                application.score if application.score is not None else "",
                application.spread if application.spread is not None else "",
                application.reviews_done,
                application.reviews_due,
                application.amount_requested,
                cumulative,
                "yes" if within else "no",
                currency,
            ]
        )
