"""Staff lists at the network's real size: a round's ranking, the grants desk's applications
list and the ranking's CSV with 10,000 applications and 30,000 reviews. Reports queries and
wall-clock p50/p95 per page in-process (production settings), beside the target: 250 ms a
page, 1.5 s for the whole CSV (consumed to its last byte).

    python -m bench.grants_lists
    BENCH_DATABASE_URL=postgres://… python -m bench.grants_lists"""

import time
import uuid
from datetime import timedelta
from decimal import Decimal

from bench.common import demo_site, report

APPLICATIONS = 10_000
REVIEWS_EACH = 3
PAGE_TARGET_MS, CSV_TARGET_MS = 250, 1500
# Some decided applications, so the running total mixes awards, nothing and requests.
STATUSES = ["reviewed"] * 7 + ["approved", "declined", "waitlisted"]


def seed(grant_round, applications=APPLICATIONS, reviews_each=REVIEWS_EACH):
    """Bulk-create reviewed applications (with budget lines, assignments, reviews and the
    approvals' decisions) in `grant_round`, from fresh hubs and reviewers."""
    from django.utils import timezone

    from grants.models import Application, BudgetLine, Decision, Review, ReviewAssignment
    from members.models import Hub, User

    stamp = uuid.uuid4().hex[:8]
    batch = {"batch_size": 2000}
    hubs = Hub.objects.bulk_create(
        (Hub(name=f"Volume hub {stamp}-{n}", slug=f"volume-hub-{stamp}-{n}", city="Porto",
             country="PT", status=Hub.Status.APPROVED)
         for n in range(applications)), **batch
    )  # fmt: skip
    people = User.objects.bulk_create(
        (User(email=f"volume-{stamp}-{n}@example.org", display_name=f"Volume {n}")
         for n in range(applications + reviews_each * 4)), **batch
    )  # fmt: skip
    applicants, reviewers = people[:applications], people[applications:]
    now = timezone.now()
    created = Application.objects.bulk_create(
        (Application(round=grant_round, hub=hub, applicant=applicant,
                     status=STATUSES[n % len(STATUSES)], title=f"Project {n}",
                     reference=f"SG-V{stamp[:4]}-{n:05d}",
                     submitted_at=now - timedelta(minutes=n))
         for n, (hub, applicant) in enumerate(zip(hubs, applicants, strict=True))), **batch
    )  # fmt: skip
    BudgetLine.objects.bulk_create(
        (BudgetLine(application=a, item="Costs", amount=Decimal(500 + n % 40 * 100) + Decimal("0.25"))
         for n, a in enumerate(created)), **batch
    )  # fmt: skip
    Decision.objects.bulk_create(
        (Decision(application=a, outcome="approved", amount=Decimal(400), reasons="Good.",
                  decided_by=reviewers[0])
         for a in created if a.status == "approved"), **batch
    )  # fmt: skip
    assignments = ReviewAssignment.objects.bulk_create(
        (ReviewAssignment(application=a, reviewer=reviewers[(n + k) % len(reviewers)],
                          status="submitted", due_at=now + timedelta(days=7))
         for n, a in enumerate(created) for k in range(reviews_each)), **batch
    )  # fmt: skip
    criteria = [c[0] for c in grant_round.criteria_list()]
    Review.objects.bulk_create(
        (Review(assignment=assignment, scores=dict.fromkeys(criteria, n % 6),
                weighted_score=Decimal(n % 16) / 3, recommendation="fund",
                comment_for_committee="Fine.")
         for n, assignment in enumerate(assignments)), **batch
    )  # fmt: skip


def timed(client, path, repeats):
    """Status, queries, bytes and wall-clock p50/p95 (ms) of fetching `path` to its last byte,
    after one warm-up request; stops early after 60 s for very slow pages."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def fetch():
        response = client.get(path)
        body = b"".join(response) if response.streaming else response.content
        return response.status_code, len(body)

    fetch()
    timings, deadline = [], time.monotonic() + 60
    for _ in range(repeats):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            status, size = fetch()
        timings.append((time.perf_counter() - started) * 1000)
        if time.monotonic() > deadline:
            break
    timings.sort()
    return {
        "status": status,
        "queries": len(queries),
        "kB": size // 1024,
        "runs": len(timings),
        "p50_ms": round(timings[len(timings) // 2], 1),
        "p95_ms": round(timings[max(0, round(len(timings) * 0.95) - 1)], 1),
    }


def main():
    env = demo_site()
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.urls import reverse

    from grants.models import GrantRoundPage
    from members.models import User
    from tests.signing_in import SignInClient

    grant_round = GrantRoundPage.objects.filter(
        slug="spring-2026", locale__language_code="en"
    ).get()
    if grant_round.applications.count() < APPLICATIONS:
        seed(grant_round)
    staff, _ = User.objects.get_or_create(email="bench-staff@example.org")
    staff.groups.add(Group.objects.get(name="Grant committee"))
    # The committee must use MFA: the client signs in with the code step done.
    Authenticator.objects.get_or_create(user=staff, type="totp", defaults={"data": {}})
    client = SignInClient(HTTP_HOST="127.0.0.1")
    client.force_login(staff)
    ranking = reverse("grants:ranking", args=[grant_round.pk])
    desk = reverse("grants:staff_applications")
    print(
        f"database: {connection.vendor}, {grant_round.applications.count()} applications "
        f"in the round ({env['DATABASE_URL'].split(':')[0]})",
        flush=True,
    )
    for label, path, target, repeats in [
        ("ranking, page 1", ranking, PAGE_TARGET_MS, 40),
        ("ranking, page 100", ranking + "?page=100", PAGE_TARGET_MS, 40),
        ("ranking CSV (every row)", ranking + "?format=csv", CSV_TARGET_MS, 10),
        ("applications list, page 1", desk, PAGE_TARGET_MS, 40),
        ("applications list, page 100", desk + "?page=100", PAGE_TARGET_MS, 40),
        ("applications list, by score", desk + "?order=-score", PAGE_TARGET_MS, 40),
    ]:
        figures = timed(client, path, repeats)
        report(label, {**figures, "target_ms": target})


if __name__ == "__main__":
    main()
