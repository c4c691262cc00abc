"""What the grants pages list and show, built once with what each list needs."""

from . import applying, workflow
from .ledger import grant_ledger
from .models import Application, ReviewAssignment
from .permissions import APPLICANT, COMMITTEE, STAFF


def my_applications(user):
    """The applications of every hub `user` belongs to, last changed first."""
    return (
        Application.objects.filter(hub__memberships__user=user).for_lists().order_by("-updated_at")
    )


def my_reviews(user):
    """The reviews `user` was asked for, without those they handed back."""
    return (
        ReviewAssignment.objects.filter(reviewer=user)
        .exclude(status=ReviewAssignment.Status.CONFLICT)
        .select_related("application__round")
    )


def application_page(application, user, roles, grant_round):
    """What a person holding `roles` sees of `application`: the team sees every review and
    the whole audit trail, applicants the submitted reviews and the entries meant for them.
    `grant_round` is the round in the reader's language."""
    team = bool(roles & {STAFF, COMMITTEE})
    audit = application.audit.select_related("actor", "tranche")
    reviews = []
    if team:
        reviews = application.assignments.select_related("reviewer", "review")
    else:
        audit = audit.filter(visible_to_applicant=True)
        if APPLICANT in roles:
            reviews = application.assignments.filter(status="submitted").select_related("review")
    actions = workflow.available_actions(application, user)
    return {
        "team": team,
        "is_applicant": APPLICANT in roles,
        "editable": application.status in workflow.EDITABLE,
        "lines": application.budget_lines.all(),
        "answers": applying.displayed_answers(application, grant_round.question_list()),
        "attachments": application.attachments.filter(report__isnull=True),
        "audit": audit,
        "reviews": reviews,
        "decisions": application.decisions.select_related("decided_by"),
        "tranches": application.tranches.select_related("recorded_by", "approved_by"),
        "reports": application.reports.prefetch_related("attachments"),
        "ledger": grant_ledger(application),
        "actions": [
            (action, workflow.ACTION_LABELS[action])
            for action in actions
            if action in workflow.BUTTON_ACTIONS
        ],
        "can_decide": "approve" in actions,
    }
