"""Through `perform`, each step of the fund's rules (the table written by hand in
test_rules_stated.py, not the code's own table) works for the roles the rules name and for no
one else, and every step the rules do not name is refused for everyone."""

import pytest

from grants import workflow
from grants.models import Application, AuditEntry, ReviewAssignment, Tranche
from tests.factories import (
    accepted_final_report,
    approve,
    make_application,
    plan_tranche,
    set_status,
    submitted_review,
)

from .test_rules_stated import APPLICATION_RULES

# The role each person of the story holds towards hub A's application.
ROLE_OF = {
    "applicant": {"applicant"},
    "hub_member": {"applicant"},
    "reviewer_assigned": {"reviewer"},
    "committee": {"committee"},
    "staff": {"staff"},
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


DETAILS = {"note": "Because.", "amount": "500.00"}


@pytest.mark.parametrize("step", APPLICATION_RULES, ids=lambda step: f"{step[0]}:{step[1]}")
def test_each_step_works_only_for_the_roles_the_rules_name(story, step):
    action, source = step
    target, allowed_roles, _checks = APPLICATION_RULES[step]
    for person, roles in ROLE_OF.items():
        application = ready_application(story, source)
        user = getattr(story, person)
        if roles & allowed_roles:
            workflow.perform(application, action, user, **DETAILS)
            application.refresh_from_db()
            assert application.status == target, person
            entry = AuditEntry.objects.filter(application=application).last()
            assert (entry.actor, entry.from_status, entry.to_status) == (user, source, target)
        else:
            with pytest.raises(workflow.TransitionRefused):
                workflow.perform(application, action, user, **DETAILS)
            application.refresh_from_db()
            assert application.status == source, person
            assert not AuditEntry.objects.filter(application=application).exists()


def test_steps_the_rules_do_not_name_are_refused_for_everyone(story):
    actions = {action for action, _source in APPLICATION_RULES}
    for status in Application.Status.values:
        application = ready_application(story, status)
        for action in actions:
            if (action, status) in APPLICATION_RULES:
                continue
            for person in ROLE_OF:
                with pytest.raises(workflow.TransitionRefused):
                    workflow.perform(application, action, getattr(story, person), note="x")
        application.refresh_from_db()
        assert application.status == status
        assert not AuditEntry.objects.filter(application=application).exists()


def test_every_status_is_reached_by_some_step_of_the_rules():
    targets = {target for target, _roles, _checks in APPLICATION_RULES.values()}
    assert targets | {Application.Status.DRAFT} == set(Application.Status.values)


def test_preconditions_block_with_a_clear_reason(story):
    application = make_application(story.grant_round, hub=story.hub, applicant=story.applicant)
    application.budget_lines.all().delete()
    with pytest.raises(workflow.TransitionRefused, match="budget lines"):
        workflow.perform(application, "submit", story.applicant)
    in_review = set_status(application, Application.Status.IN_REVIEW)
    with pytest.raises(workflow.TransitionRefused, match="0 of 2 reviews"):
        workflow.perform(in_review, "complete_review", story.staff)
