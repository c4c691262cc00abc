"""A round's ranking for staff: weighted mean, spread, reviews done of due, amounts and the
funding line, computed in SQL so that a page of the ranking shows them as the whole list does.
A fixed number of queries for any number of applications."""

from django.db.models import (
    Avg,
    Case,
    Count,
    F,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.expressions import RowRange
from django.db.models.functions import Coalesce, RowNumber

from core.csv_export import SafeWriter

from .ledger import ZERO
from .models import Application, Decision, GrantRoundPage
from .models.applications import MONEY
from .workflow import GRANTED, RANKED

SCORES = {
    "score": Avg("assignments__review__weighted_score"),
    "spread": Max("assignments__review__weighted_score")
    - Min("assignments__review__weighted_score"),
    "reviews_done": Count("assignments", filter=Q(assignments__status="submitted")),
    "reviews_due": Count("assignments", filter=~Q(assignments__status="conflict")),
}

CHUNK = 2000  # rows fetched at a time when a whole list is streamed

# What a row of a staff list shows of the application and its hub; nothing else is loaded.
ROW_FIELDS = ("reference", "title", "status", "language", "submitted_at", "round", "hub__name")


def scored(queryset, names=tuple(SCORES)):
    """Annotate score, spread and review counts (or only those of `names`) on an application
    queryset, leaving out those it already has."""
    return queryset.annotate(
        **{name: SCORES[name] for name in names if name not in queryset.query.annotations}
    )


def listed(queryset):
    """Only what a row of a staff list shows: the row's own columns and the hub's name (the
    round is attached by `with_rounds`, once per round rather than a page object per row)."""
    return queryset.select_related("hub").only(*ROW_FIELDS)


def with_rounds(applications, rounds=None):
    """Each of `applications` with its round attached, as they are iterated, from `rounds`
    ({pk: round}); by default the rounds that own applications (a few), in one query."""
    if rounds is None:
        owning = Application.objects.values("round")
        rounds = GrantRoundPage.objects.filter(pk__in=owning).in_bulk()
    for application in applications:
        application.round = rounds[application.round_id]
        yield application


def with_amount_awarded(queryset):
    """Annotate `amount_awarded`: the amount of the latest approving decision, or None."""
    approvals = Decision.objects.filter(
        application=OuterRef("pk"), outcome=Decision.Outcome.APPROVED
    ).order_by("-decided_at", "-pk")
    return queryset.annotate(amount_awarded=Subquery(approvals.values("amount")[:1]))


def ranking_queryset(source_round):
    """Applications of the round (its source version, which owns them) that reached review,
    best score first."""
    applications = Application.objects.filter(round=source_round, status__in=RANKED)
    return with_amount_awarded(scored(listed(applications.with_amount_requested()))).order_by(
        F("score").desc(nulls_last=True), "submitted_at"
    )


# What an application weighs against the budget: the award once the committee granted it,
# nothing once declined, the amount requested while undecided (or granted without an amount).
COUNTED_AMOUNT = Coalesce(
    Case(
        When(status__in=GRANTED, then=F("amount_awarded")),
        When(status=Application.Status.DECLINED, then=Value(ZERO)),
        output_field=MONEY,
    ),
    F("amount_requested"),
    output_field=MONEY,
)


def ranked(queryset):
    """`queryset` (ordered) with each application's `rank` and `cumulative`, the running total
    of what it weighs down the list, computed in SQL over the whole queryset, so that any page
    of it shows them as the full list does."""
    order = [*queryset.query.order_by, "pk"]  # the primary key breaks ties the same way twice
    return queryset.annotate(
        rank=Window(RowNumber(), order_by=order),
        cumulative=Window(Sum(COUNTED_AMOUNT), order_by=order, frame=RowRange(end=0)),
    ).order_by(*order)


def mark_funding_line(applications, budget):
    """Each of the `ranked` `applications` with `within_budget`: whether its running total is
    still within `budget` (the funding line falls where it is not)."""
    for application in applications:
        application.within_budget = application.cumulative <= budget
        yield application


def with_funding_line(queryset, budget):
    """(application, cumulative, within_budget) down the whole ranking of `queryset`, fetched
    in chunks as they are iterated."""
    ranking = ranked(queryset).iterator(chunk_size=CHUNK)
    for application in mark_funding_line(ranking, budget):
        yield application, application.cumulative, application.within_budget


CSV_HEADER = [
    "rank", "reference", "hub", "title", "status", "language", "score", "spread",
    "reviews_done", "reviews_due", "amount_requested", "amount_awarded", "cumulative",
    "within_budget",
]  # fmt: skip


def _two_decimals(value):
    """A number for a CSV cell with two decimals ("1200.00", "3.67"), or "" for none."""
    return "" if value is None else f"{value:.2f}"


def ranking_csv_rows(rows, currency):
    """The ranking's CSV as lists of cells, the header first, for the `with_funding_line`
    `rows`: plain numbers with two decimals, the rank down the list."""
    yield CSV_HEADER + ["currency"]
    for rank, (application, cumulative, within) in enumerate(rows, start=1):
        yield [
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


def write_csv(rows, currency, out):
    """Write the ranking's CSV (`ranking_csv_rows`) to the file `out`."""
    writer = SafeWriter(out)
    for cells in ranking_csv_rows(rows, currency):
        writer.writerow(cells)


DESK_CSV_HEADER = [
    "reference", "round", "hub", "title", "status", "language", "submitted", "score", "spread",
    "reviews_done", "reviews_due", "amount_requested", "currency",
]  # fmt: skip


def desk_csv_rows(applications):
    """The grants desk's list (as filtered) as CSV rows of cells, the header first: plain
    numbers, ISO dates. `applications` are `scored`, `listed` and `with_rounds`."""
    yield DESK_CSV_HEADER
    for application in applications:
        yield [
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
