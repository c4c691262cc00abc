"""Staff lists under volume: a round's ranking and the applications list with 500
applications and 1,500 reviews. Reports queries and CPU time per page, in-process.

    python -m bench.grants_lists"""

import uuid
from datetime import timedelta
from decimal import Decimal

from bench.common import demo_site, report, server_cost

APPLICATIONS = 500
REVIEWS_EACH = 3


def seed(grant_round, applications=APPLICATIONS, reviews_each=REVIEWS_EACH):
    """Bulk-create reviewed applications (with budget lines, assignments and reviews) in
    `grant_round`, from fresh hubs and reviewers. Returns the applications."""
    from django.utils import timezone

    from grants.models import Application, BudgetLine, Review, ReviewAssignment
    from members.models import Hub, User

    stamp = uuid.uuid4().hex[:8]
    hubs = Hub.objects.bulk_create(
        Hub(name=f"Volume hub {stamp}-{n}", slug=f"volume-hub-{stamp}-{n}", city="Porto",
            country="PT", status=Hub.Status.APPROVED)
        for n in range(applications)
    )  # fmt: skip
    people = User.objects.bulk_create(
        User(email=f"volume-{stamp}-{n}@example.org", display_name=f"Volume {n}")
        for n in range(applications + reviews_each * 4)
    )
    applicants, reviewers = people[:applications], people[applications:]
    now = timezone.now()
    created = Application.objects.bulk_create(
        Application(round=grant_round, hub=hub, applicant=applicant, status="reviewed",
                    title=f"Project {n}", reference=f"SG-V{stamp}-{n:05d}", submitted_at=now)
        for n, (hub, applicant) in enumerate(zip(hubs, applicants, strict=True))
    )  # fmt: skip
    BudgetLine.objects.bulk_create(
        BudgetLine(application=a, item="Costs", amount=Decimal(500 + n % 40 * 100))
        for n, a in enumerate(created)
    )
    assignments = ReviewAssignment.objects.bulk_create(
        ReviewAssignment(application=a, reviewer=reviewers[(n + k) % len(reviewers)],
                         status="submitted", due_at=now + timedelta(days=7))
        for n, a in enumerate(created)
        for k in range(reviews_each)
    )  # fmt: skip
    criteria = [c[0] for c in grant_round.criteria_list()]
    Review.objects.bulk_create(
        Review(assignment=assignment, scores=dict.fromkeys(criteria, n % 6),
               weighted_score=Decimal(n % 6), recommendation="fund",
               comment_for_committee="Fine.")
        for n, assignment in enumerate(assignments)
    )  # fmt: skip
    return created


def main():
    demo_site()
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group
    from django.test import Client
    from django.urls import reverse

    from grants.models import GrantRoundPage
    from members.models import User

    grant_round = GrantRoundPage.objects.filter(
        slug="spring-2026", locale__language_code="en"
    ).get()
    if grant_round.applications.count() < APPLICATIONS:
        seed(grant_round)
    staff, _ = User.objects.get_or_create(email="bench-staff@example.org")
    staff.groups.add(Group.objects.get(name="Grant committee"))
    # The committee must use MFA; the member area checks an authenticator exists.
    Authenticator.objects.get_or_create(user=staff, type="totp", defaults={"data": {}})
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(staff)
    for label, path in [
        ("ranking (all rows)", reverse("grants:ranking", args=[grant_round.pk])),
        ("ranking CSV", reverse("grants:ranking", args=[grant_round.pk]) + "?format=csv"),
        ("applications list (page of 50)", reverse("grants:staff_applications")),
    ]:
        report(label, server_cost(client, "/en" + path.removeprefix("/en")))


if __name__ == "__main__":
    main()
