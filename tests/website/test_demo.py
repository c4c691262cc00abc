"""The demo: one command builds the whole multilingual site, and running it again adds nothing.
What a site needs to work (the moderation workflow, the grants groups) comes from migrations.
(What the loaded demo shows each person is in test_demo_journeys.py.)"""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowState

from core.models import Topic
from grants.models import Application, GrantReport, ReviewAssignment, Tranche
from members.models import Hub, User
from network.models import (
    AssemblyDecision,
    AssemblyPage,
    ContactPage,
    NewsPage,
    Proposal,
    Registration,
    Resource,
)


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Topic,
            User,
            EmailAddress,
            Authenticator,
            Hub,
            Application,
            Group,
            ReviewAssignment,
            Tranche,
            GrantReport,
            WorkflowState,
            NewsPage,
            AssemblyPage,
            AssemblyDecision,
            Proposal,
            Registration,
            Resource,
            ContactPage,
        )
    }


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


def test_load_demo_twice_on_a_site_adds_nothing_and_every_person_can_sign_in(home_site):
    call_command("load_demo", stdout=StringIO())
    first = _counts()
    output = StringIO()
    call_command("load_demo", stdout=output)

    assert _counts() == first
    assert Page.objects.filter(slug="about").count() == 5  # the site's own, not a second
    assert first["Hub"] == 43 and first["Application"] == 9 and first["Topic"] == 25
    assert NewsPage.objects.filter(locale__language_code="en").count() == 12
    assert AssemblyPage.objects.filter(locale__language_code="ar").count() == 4
    assert WorkflowPage.objects.filter(workflow__name="Network publishing").count() == 10
    people = User.objects.all()
    assert all(person.has_usable_password() for person in people)
    assert set(EmailAddress.objects.filter(verified=True).values_list("user", flat=True)) == set(
        people.values_list("pk", flat=True)
    )
    secrets = {decrypt(totp.data["secret"]) for totp in Authenticator.objects.filter(type="totp")}
    assert len(secrets) == 1 and secrets.pop() in output.getvalue()
    assert "Demo content is ready." in output.getvalue()
