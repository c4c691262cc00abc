"""Editors' moderation: editors submit news and assembly pages, the Moderators group approves
them and looks after proposals and registrations. A data migration sets it up, so every site
has it; the demo puts its news and assembly sections under the workflow."""

from django.apps import apps as installed_apps

MODERATORS = "Moderators"
APPROVAL_TASK = "Moderators approve"
PUBLISHING_WORKFLOW = "Network publishing"
MODERATOR_PERMISSIONS = [
    "view_proposal",
    "change_proposal",
    "view_registration",
    "change_registration",
]


def ensure_moderation(apps=installed_apps):
    """The Moderators group with its permissions, its approval task and the publishing
    workflow exist; returns the workflow. `apps` is a migration's app registry when a
    migration calls it."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    moderators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="network", codename__in=MODERATOR_PERMISSIONS
        )
    )
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        # Set by hand: a migration's models do not fill in Wagtail's specific content type.
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK, content_type=content_type)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=PUBLISHING_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
