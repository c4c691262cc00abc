"""What the grants process holds about a person, for their data export, and what leaves
with their account: their applications with their answers, the reviews they wrote, their
reports and reviewer profile. When they delete the account, the fund keeps every amount and
decision; only their name goes from the application histories' notes."""

from wagtail import hooks

from members.personal_data import naming_person, without_person

from .models import Application, AuditEntry, GrantReport, Review, ReviewerProfile


def _when(moment):
    return moment.isoformat() if moment else None


def _application(application):
    questions = dict(application.round.question_list())
    return {
        "reference": application.reference,
        "round": application.round.title,
        "hub": application.hub.name,
        "status": application.status,
        "title": application.title,
        "summary": application.summary,
        "description": application.description,
        "hub_context": application.hub_context,
        "timeline": application.timeline,
        "language": application.language,
        "currency": application.round.currency,
        "budget": [
            {"item": line.item, "amount": str(line.amount)}
            for line in application.budget_lines.all()
        ],
        # Each answer beside the question it answers, as the form asked it.
        "answers": [
            {"question": questions[key]["label"] if key in questions else key, "answer": answer}
            for key, answer in application.answers.items()
        ],
        "created_at": _when(application.created_at),
        "submitted_at": _when(application.submitted_at),
    }


def _review(review):
    assignment = review.assignment
    return {
        "application": assignment.application.reference,
        "scores": review.scores,
        "weighted_score": str(review.weighted_score),
        "recommendation": review.recommendation,
        "comment_for_committee": review.comment_for_committee,
        "comment_for_applicant": review.comment_for_applicant,
        "submitted_at": _when(review.submitted_at),
    }


@hooks.register("member_data_export")
def grants_data(user):
    """The person's applications (with answers and budget), reviews, reports and profile."""
    applications = (
        Application.objects.filter(applicant=user)
        .select_related("round", "hub")
        .prefetch_related("budget_lines")
        .order_by("created_at")
    )
    reviews = Review.objects.filter(assignment__reviewer=user).select_related(
        "assignment__application"
    )
    reports = GrantReport.objects.filter(submitted_by=user).select_related("application")
    profile = ReviewerProfile.objects.filter(user=user).first()
    return {
        "grant_applications": [_application(application) for application in applications],
        "reviews_written": [_review(review) for review in reviews.order_by("submitted_at")],
        "grant_reports": [
            {
                "application": report.application.reference,
                "kind": report.kind,
                "status": report.status,
                "narrative": report.narrative,
                "spending": report.spending,
                "submitted_at": _when(report.submitted_at),
            }
            for report in reports
        ],
        "reviewer_profile": profile and {"status": profile.status, "languages": profile.languages},
    }


@hooks.register("member_data_erase")
def forget_in_grants(user):
    """Take the person's name and address out of the notes of every application history;
    who acted stays linked to the account, which now reads "deleted member"."""
    for entry in AuditEntry.objects.filter(naming_person(user, "note")):
        note = without_person(entry.note, user)
        if note != entry.note:
            entry.note = note
            entry.save(update_fields=["note"])
