"""Demo content for small grants: the grants page in every language, a decided round and an
open one, applications in several languages with reviews, decisions, paid and pending
tranches, and the people who run the fund. Idempotent: a second run updates, never adds."""

from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from core.demo import (
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    list_items,
    person,
    publish_in_all_languages,
)
from core.demo_data.people import STAFF
from home.models import HomePage
from members.models import Hub, HubMembership

from . import paying, workflow
from .demo_data.texts import (
    APPLICATIONS,
    COMMITTEE,
    CRITERIA,
    CRITERION_IDS,
    ELIGIBILITY,
    INDEX,
    PROGRESS_REPORT,
    QUESTION_IDS,
    QUESTIONS,
    REVIEWERS,
    ROUNDS,
    TREASURER,
    WEIGHTS,
)
from .models import (
    Application,
    BudgetLine,
    GrantReport,
    Review,
    ReviewAssignment,
    ReviewerProfile,
)
from .models.rounds import GrantIndexPage, GrantRoundPage
from .permissions import FUND_STAFF, GRANT_COMMITTEE, PEER_REVIEWERS, ensure_groups

# How many of an application's reviews are written while it is still in review.
OPEN_REVIEWS = {"in_review": 1, "assigned": 0}
# Outcomes of a grant awarded (and paid, in part or in full).
GRANTED = ("recorded", "active", "completed")


def _stream(kind, items):
    return [{"type": kind, "value": value, "id": block_id} for block_id, value in items]


def _round_content(key, code):
    title, call = ROUNDS[key][code]
    criteria = _stream(
        "criterion",
        [
            (block_id, {"name": name, "guidance": guidance, "weight": weight})
            for block_id, (name, guidance), weight in zip(
                CRITERION_IDS, CRITERIA[code], WEIGHTS, strict=True
            )
        ],
    )
    people, before, choices = QUESTIONS[code]
    questions = _stream(
        "question",
        [
            (QUESTION_IDS[0], {"kind": "number", "label": people, "help_text": "",
                               "required": True, "choices": []}),
            (QUESTION_IDS[1], {"kind": "single_choice", "label": before, "help_text": "",
                               "required": False, "choices": list_items(choices)}),
        ],
    )  # fmt: skip
    return {
        "title": title,
        "call_text": call,
        "eligibility": ELIGIBILITY[code],
        "criteria": criteria,
        "questions": questions,
    }


def _rounds(index):
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    shared = {
        "autumn-2025": {
            "opens_at": now - timedelta(days=200),
            "closes_at": now - timedelta(days=150),
            "budget": Decimal("12000.00"),
        },
        "spring-2026": {
            "opens_at": now - timedelta(days=10),
            "closes_at": now + timedelta(days=30),
            "budget": Decimal("15000.00"),
        },
    }
    rounds = {}
    for key, dates in shared.items():
        pages = publish_in_all_languages(
            index,
            GrantRoundPage,
            key,
            {code: _round_content(key, code) for code in ROUNDS[key]},
            timezone="Europe/Madrid",
            currency="EUR",
            minimum_award=Decimal("500.00"),
            maximum_award=Decimal("5000.00"),
            reviewers_per_application=2,
            **dates,
        )
        rounds[key] = pages[settings.LANGUAGE_CODE]
    return rounds


def _application(grant_round, hub, applicant, row, reviewers, committee, staff, treasurer):
    """The application of `row`, taken through the workflow as far as its outcome says."""
    outcome = row.outcome
    application, created = Application.objects.get_or_create(
        round=grant_round,
        hub=hub,
        title=row.title,
        defaults={
            "applicant": applicant,
            "summary": row.summary,
            "description": row.summary,
            "hub_context": row.summary,
            "timeline": "2026",
            "language": row.language,
            "answers": {QUESTION_IDS[0]: "40", QUESTION_IDS[1]: "1"},
            "declaration_truthful": True,
            "declaration_consent": True,
        },
    )
    if not created:
        return application
    for position, (item, amount) in enumerate(row.lines):
        BudgetLine.objects.create(
            application=application, item=item, amount=Decimal(amount), position=position
        )
    requested = sum((Decimal(amount) for _item, amount in row.lines), Decimal("0.00"))
    if outcome == "draft":
        return application
    with _open_for_submissions(grant_round):
        workflow.perform(application, "submit", applicant)
    # Sent in the round's first week, as the story goes; the reference follows that date.
    application.submitted_at = grant_round.opens_at + timedelta(days=5)
    application.reference = workflow.reference_for(application)
    application.save(update_fields=["submitted_at", "reference"])
    workflow.perform(application, "screen", staff)
    _reviews(application, [reviewers[number] for number in row.reviewers], outcome)
    if outcome in OPEN_REVIEWS:
        return application
    workflow.perform(application, "complete_review", staff)
    if outcome == "reviewed":
        return application
    decided = "approved" if outcome in GRANTED else outcome
    amount = requested if decided == "approved" else None
    reasons = "Decided by the committee at its autumn meeting."
    paying.decide(application, committee, decided, reasons, amount=amount)
    if outcome in GRANTED:
        _pay(application, requested, applicant, staff, treasurer, outcome)
    return application


@contextmanager
def _open_for_submissions(grant_round):
    """A decided round's applications came in while it was open: the demo reopens it while
    it replays a submission, so the submission goes through the workflow like any other."""
    closes_at = grant_round.closes_at
    rounds = GrantRoundPage.objects.filter(pk=grant_round.pk)
    rounds.update(closes_at=max(closes_at, timezone.now() + timedelta(hours=1)))
    try:
        yield
    finally:
        rounds.update(closes_at=closes_at)


def _reviews(application, reviewers, outcome):
    """Each reviewer's assignment; the first reviews of it written, as many as the outcome
    says (all of them once the review stage is over), the others still due next week."""
    written = OPEN_REVIEWS.get(outcome, len(reviewers))
    for number, reviewer in enumerate(reviewers):
        assignment = ReviewAssignment.objects.create(
            application=application,
            reviewer=reviewer,
            due_at=timezone.now() + timedelta(days=7 if outcome in OPEN_REVIEWS else -3),
        )
        if number >= written:
            continue
        score = 4 if outcome in GRANTED else 2 + number
        Review.objects.create(
            assignment=assignment,
            scores=dict.fromkeys(CRITERION_IDS, score),
            weighted_score=Decimal(score),
            recommendation="fund" if score >= 3 else "fund_with_changes",
            comment_for_committee="Clear plan, realistic budget.",
            comment_for_applicant="Think about how to keep it going after the grant.",
        )
        assignment.status = ReviewAssignment.Status.SUBMITTED
        assignment.save()


def _pay(application, requested, applicant, staff, treasurer, outcome):
    """Two tranches: the first paid, the second after a report (paid once the grant is done).
    Staff record each payment and the treasurer approves it. A "recorded" grant's first
    payment waits for the treasurer; an "active" one's progress report waits for staff."""
    half = (requested / 2).quantize(Decimal("0.01"))
    first = paying.add_tranche(application, staff, half, date(2025, 11, 1))
    second = paying.add_tranche(
        application, staff, requested - half, date(2026, 3, 1), requires_report=True
    )
    workflow.perform(application, "sign_agreement", staff)
    paying.record_payment(
        first, staff, date(2025, 11, 3), "bank_transfer", f"DEMO-{application.pk}-1"
    )
    if outcome == "recorded":
        return
    paying.approve_payment(first, treasurer)
    if outcome == "active":
        paying.submit_report(
            application, applicant, GrantReport.Kind.PROGRESS, PROGRESS_REPORT, spending={}
        )
        return
    GrantReport.objects.create(
        application=application, kind=GrantReport.Kind.FINAL, narrative="All repairs were done.",
        status=GrantReport.Status.ACCEPTED, submitted_by=applicant, reviewed_by=staff,
    )  # fmt: skip
    paying.record_payment(
        second, staff, date(2026, 2, 1), "bank_transfer", f"DEMO-{application.pk}-2"
    )
    paying.approve_payment(second, treasurer)
    workflow.perform(application, "complete", staff)


def load(stdout):
    """Grants index, two rounds, the fund's people and applications at every stage, with
    something waiting for each of the fund's people."""
    groups = ensure_groups()
    staff = person(STAFF, groups=[groups[FUND_STAFF]], totp=True, superuser=True)
    treasurer = person(TREASURER, groups=[groups[FUND_STAFF]], totp=True)
    committee = person(COMMITTEE, groups=[groups[GRANT_COMMITTEE]], totp=True)
    reviewers = [person(row, groups=[groups[PEER_REVIEWERS]], totp=True) for row in REVIEWERS]
    for reviewer in reviewers:
        ReviewerProfile.objects.update_or_create(
            user=reviewer,
            defaults={
                "languages": [reviewer.preferred_language, "en"],
                "status": ReviewerProfile.Status.CONFIRMED,
                "confirmed_by": staff,
            },
        )
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    index = publish_in_all_languages(home, GrantIndexPage, "grants", INDEX, show_in_menus=True)[
        settings.LANGUAGE_CODE
    ]
    rounds = _rounds(index)
    hubs = list(Hub.objects.filter(status=Hub.Status.APPROVED).order_by("pk")[: len(APPLICATIONS)])
    for row in APPLICATIONS:
        if row.hub >= len(hubs):
            continue
        hub = hubs[row.hub]
        membership = HubMembership.objects.filter(hub=hub).order_by("role", "pk").first()
        if membership is None:
            continue
        _application(
            rounds[row.round], hub, membership.user, row, reviewers, committee, staff, treasurer
        )
    people = ", ".join(row.email for row in [TREASURER, COMMITTEE, *REVIEWERS])
    stdout.write(
        f"Small grants: two rounds and {len(APPLICATIONS)} applications; fund staff {STAFF.email} and "
        f"{people} use the password {DEMO_PASSWORD} and the authenticator key "
        f"{DEMO_TOTP_SECRET}."
    )
