"""What a site needs to work without the demo comes from migrations: the moderation workflow and
its group. (Running `load_demo` again is in test_demo_again.py; what the loaded demo shows
each person is in test_demo_journeys.py.)"""

import pytest
from wagtail.models import GroupApprovalTask, Workflow


@pytest.mark.django_db
def test_a_site_without_the_demo_has_the_moderation_workflow_and_its_group():
    workflow = Workflow.objects.get(name="Network publishing")
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    moderators = task.groups.get()
    assert workflow.active and moderators.name == "Moderators"
    assert set(moderators.permissions.values_list("codename", flat=True)) >= {
        "view_proposal",
        "change_proposal",
        "view_registration",
        "change_registration",
    }
