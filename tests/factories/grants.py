"""Grant rounds, applications at any stage, reviewers, reviews, decisions and tranches."""

from datetime import date, timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from grants.models import (
    Application,
    BudgetLine,
    Decision,
    GrantIndexPage,
    GrantReport,
    GrantRoundPage,
    Review,
    ReviewAssignment,
    ReviewerProfile,
    Tranche,
)

from .members import HubFactory, UserFactory, member_of
from .pages import PublishedPageFactory

CRITERIA = [
    ("criterion", {"name": "Relevance", "guidance": "Does it meet a local need?", "weight": 2}),
    ("criterion", {"name": "Feasibility", "guidance": "Can the hub do it?", "weight": 1}),
]
QUESTIONS = [
    (
        "question",
        {
            "kind": "short_text",
            "label": "How many people take part?",
            "help_text": "",
            "required": True,
            "choices": [],
        },
    ),
    (
        "question",
        {
            "kind": "single_choice",
            "label": "Have you had a grant before?",
            "help_text": "",
            "required": False,
            "choices": ["Yes", "No"],
        },
    ),
]


class GrantIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = GrantIndexPage

    title = "Small grants"
    slug = "grants"


class GrantRoundPageFactory(PublishedPageFactory):
    """A round open now (ten days either side), in euros, with two criteria and two questions."""

    class Meta:
        model = GrantRoundPage

    title = "Spring round"
    slug = factory.Sequence(lambda n: f"round-{n}")
    call_text = "<p>Apply for small grants.</p>"
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    timezone = "Europe/Lisbon"
    currency = "EUR"
    budget = Decimal("10000.00")
    minimum_award = Decimal("100.00")
    maximum_award = Decimal("5000.00")
    reviewers_per_application = 2
    criteria = CRITERIA
    questions = QUESTIONS


def grants_index(home_site):
    """The grants index under the site's home page, made if missing."""
    home = home_site.root_page.specific
    return GrantIndexPage.objects.child_of(home).first() or GrantIndexPageFactory(parent=home)


def make_round(home_site, **fields):
    """A live round under the site's grants index (see GrantRoundPageFactory)."""
    page = GrantRoundPageFactory(parent=grants_index(home_site), **fields)
    return GrantRoundPage.objects.get(pk=page.pk)


def make_application(grant_round, hub=None, applicant=None, amount="1000.00", **fields):
    """A complete draft (ready to submit) with one budget line."""
    hub = hub or HubFactory()
    applicant = applicant or member_of(hub)
    question_ids = [block_id for block_id, _q in grant_round.question_list()]
    application = Application.objects.create(
        round=grant_round,
        hub=hub,
        applicant=applicant,
        title=fields.pop("title", "Community kitchen"),
        summary="Meals for neighbours.",
        description="We cook twice a week.",
        hub_context="A neighbourhood group.",
        timeline="Six months.",
        language=fields.pop("language", "en"),
        declaration_truthful=True,
        declaration_consent=True,
        answers={question_ids[0]: "25"},
        **fields,
    )
    BudgetLine.objects.create(application=application, item="Food", amount=Decimal(amount))
    return application


def set_status(application, status, reference=True):
    """Put `application` in `status` directly, submitted and with a reference."""
    application.status = status
    application.submitted_at = application.submitted_at or timezone.now()
    if reference and not application.reference:
        application.reference = f"SG-2026-{application.pk:04d}"
    application.save()
    return application


def confirmed_reviewer(languages=("en",)):
    """A peer reviewer the fund has confirmed, reading `languages`."""
    user = UserFactory(groups=["Peer reviewers"])
    ReviewerProfile.objects.create(
        user=user, languages=list(languages), status=ReviewerProfile.Status.CONFIRMED
    )
    return user


def submitted_review(application, reviewer=None, score=4):
    """A submitted review of `application` giving `score` on every criterion."""
    reviewer = reviewer or confirmed_reviewer()
    assignment = ReviewAssignment.objects.create(
        application=application,
        reviewer=reviewer,
        due_at=timezone.now() + timedelta(days=7),
        status=ReviewAssignment.Status.SUBMITTED,
    )
    ids = [c[0] for c in application.round.criteria_list()]
    Review.objects.create(
        assignment=assignment,
        scores=dict.fromkeys(ids, score),
        weighted_score=Decimal(score),
        recommendation="fund",
        comment_for_committee="Solid plan.",
    )
    return assignment


def approve(application, amount, user=None):
    """The committee's approval of `amount` for `application`."""
    Decision.objects.create(
        application=application,
        outcome=Decision.Outcome.APPROVED,
        amount=Decimal(amount),
        reasons="Good.",
        decided_by=user or UserFactory(),
    )
    return set_status(application, Application.Status.APPROVED)


def plan_tranche(application, amount, **fields):
    """The next tranche of `application`, planned for today unless `planned_date` says."""
    return Tranche.objects.create(
        application=application,
        position=application.tranches.count() + 1,
        amount=Decimal(amount),
        **{"planned_date": date.today(), **fields},
    )


def accepted_final_report(application):
    """The applicant's final report, accepted."""
    return GrantReport.objects.create(
        application=application,
        kind=GrantReport.Kind.FINAL,
        narrative="Done.",
        status=GrantReport.Status.ACCEPTED,
        submitted_by=application.applicant,
    )
