"""Factories for the grants stories: people, hubs, rounds and applications at any stage."""

from datetime import date, timedelta
from decimal import Decimal

import factory
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

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
from members.models import Hub, HubMembership, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", "pass-word-123")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or ():
            self.groups.add(Group.objects.get_or_create(name=name)[0])
            # Grants roles need MFA; give them an authenticator as the members area expects.
            Authenticator.objects.get_or_create(
                user=self, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
            )
        self.save()


class HubFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Hub

    name = factory.Sequence(lambda n: f"Hub {n}")
    slug = factory.Sequence(lambda n: f"hub-{n}")
    city = "Lisbon"
    country = "PT"
    status = Hub.Status.APPROVED


def member_of(hub, user=None, role=HubMembership.Role.COORDINATOR):
    user = user or UserFactory()
    HubMembership.objects.create(hub=hub, user=user, role=role)
    return user


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


def grants_index(home_site):
    home = home_site.root_page.specific
    index = GrantIndexPage.objects.child_of(home).first()
    if index is None:
        index = GrantIndexPage(title="Small grants", slug="grants")
        home.add_child(instance=index)
    return index


def make_round(home_site, **fields):
    """A live round, open now unless told otherwise, with two criteria and two questions."""
    now = timezone.now()
    values = {
        "title": "Spring round",
        "slug": f"round-{GrantRoundPage.objects.count() + 1}",
        "call_text": "<p>Apply for small grants.</p>",
        "opens_at": now - timedelta(days=10),
        "closes_at": now + timedelta(days=10),
        "timezone": "Europe/Lisbon",
        "currency": "EUR",
        "budget": Decimal("10000.00"),
        "minimum_award": Decimal("100.00"),
        "maximum_award": Decimal("5000.00"),
        "reviewers_per_application": 2,
        "criteria": CRITERIA,
        "questions": QUESTIONS,
        **fields,
    }
    index = grants_index(home_site)
    page = GrantRoundPage(**values)
    index.add_child(instance=page)
    page.save_revision().publish()
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
    application.status = status
    application.submitted_at = application.submitted_at or timezone.now()
    if reference and not application.reference:
        application.reference = f"SG-2026-{application.pk:04d}"
    application.save()
    return application


def confirmed_reviewer(languages=("en",)):
    user = UserFactory(groups=["Peer reviewers"])
    ReviewerProfile.objects.create(
        user=user, languages=list(languages), status=ReviewerProfile.Status.CONFIRMED
    )
    return user


def submitted_review(application, reviewer=None, score=4):
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
    Decision.objects.create(
        application=application,
        outcome=Decision.Outcome.APPROVED,
        amount=Decimal(amount),
        reasons="Good.",
        decided_by=user or UserFactory(),
    )
    return set_status(application, Application.Status.APPROVED)


def plan_tranche(application, amount, **fields):
    return Tranche.objects.create(
        application=application,
        position=application.tranches.count() + 1,
        amount=Decimal(amount),
        planned_date=date.today(),
        **fields,
    )


def accepted_final_report(application):
    return GrantReport.objects.create(
        application=application,
        kind=GrantReport.Kind.FINAL,
        narrative="Done.",
        status=GrantReport.Status.ACCEPTED,
        submitted_by=application.applicant,
    )


def default_locale():
    return Locale.objects.get(language_code="en")
