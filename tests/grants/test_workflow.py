"""The workflow table is the single source: every allowed transition works for the roles it
names and for no one else; every transition not in the table is refused for everyone."""

import pytest

from grants import workflow
from grants.models import Application, AuditEntry, ReviewAssignment, Tranche
from grants.permissions import APPLICANT, COMMITTEE, REVIEWER, STAFF
from tests.factories import (
    accepted_final_report,
    approve,
    make_application,
    plan_tranche,
    set_status,
    submitted_review,
)

ROLE_OF = {
    "applicant": {APPLICANT},
    "hub_member": {APPLICANT},
    "reviewer_assigned": {REVIEWER},
    "committee": {COMMITTEE},
    "staff": {STAFF},
    "other_hub_member": set(),
    "member": set(),
}


def ready_application(people, status):
    """An application of hub A in `status` for which every precondition holds."""
    application = make_application(people.grant_round, hub=people.hub, applicant=people.applicant)
    ReviewAssignment.objects.create(
        application=application,
        reviewer=people.reviewer_assigned,
        due_at=people.assignment.due_at,
    )
    submitted_review(application)
    submitted_review(application)
    approve(application, "800.00", user=people.committee)
    plan_tranche(application, "800.00", status=Tranche.Status.PAID)
    accepted_final_report(application)
    return set_status(application, status, reference=status != Application.Status.DRAFT)


@pytest.fixture
def story(people, grant_round):
    # Hub A sends many applications to the round here, one per status.
    grant_round.one_application_per_hub = False
    grant_round.save()
    people.grant_round = grant_round
    return people


def details_for(transition):
    return {"note": "Because.", "amount": "500.00"}


@pytest.mark.parametrize("transition", workflow.TRANSITIONS, ids=lambda t: f"{t.action}:{t.source}")
def test_each_transition_works_only_for_its_roles(story, transition):
    for person, roles in ROLE_OF.items():
        application = ready_application(story, transition.source)
        user = getattr(story, person)
        allowed = bool(roles & transition.roles)
        if allowed:
            workflow.perform(application, transition.action, user, **details_for(transition))
            application.refresh_from_db()
            assert application.status == transition.target, person
            entry = AuditEntry.objects.filter(application=application).last()
            assert (entry.actor, entry.from_status, entry.to_status) == (
                user,
                transition.source,
                transition.target,
            )
        else:
            with pytest.raises(workflow.TransitionRefused):
                workflow.perform(application, transition.action, user, **details_for(transition))
            application.refresh_from_db()
            assert application.status == transition.source, person
            assert not AuditEntry.objects.filter(application=application).exists()


def test_transitions_not_in_the_table_are_refused_for_everyone(story):
    actions = {t.action for t in workflow.TRANSITIONS}
    for status in Application.Status.values:
        application = ready_application(story, status)
        for action in actions:
            if workflow.find(action, status):
                continue
            for person in ROLE_OF:
                with pytest.raises(workflow.TransitionRefused):
                    workflow.perform(application, action, getattr(story, person), note="x")
        application.refresh_from_db()
        assert application.status == status
        assert not AuditEntry.objects.filter(application=application).exists()


def test_every_status_is_reachable_and_the_diagram_matches():
    targets = {t.target for t in workflow.TRANSITIONS} | {Application.Status.DRAFT}
    assert targets == set(Application.Status.values)
    assert len({(t.action, t.source) for t in workflow.TRANSITIONS}) == len(workflow.TRANSITIONS)


def test_preconditions_block_with_a_clear_reason(story):
    application = make_application(story.grant_round, hub=story.hub, applicant=story.applicant)
    application.budget_lines.all().delete()
    with pytest.raises(workflow.TransitionRefused, match="budget lines"):
        workflow.perform(application, "submit", story.applicant)
    in_review = set_status(application, Application.Status.IN_REVIEW)
    with pytest.raises(workflow.TransitionRefused, match="0 of 2 reviews"):
        workflow.perform(in_review, "complete_review", story.staff)
