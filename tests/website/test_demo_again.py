"""`load_demo` is safe to run again and again, on SQLite as on PostgreSQL: run again on the demo
this worker loaded (tests/demo_database.py), it adds nothing, writes again only what changed,
and every person of the demo can still sign in with the second factor it prints."""

from io import StringIO

import pytest
import time_machine
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, WorkflowPage, WorkflowState

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


@pytest.fixture
def demo(demo_content, db):
    """The demo as `load_demo` first left it."""


def test_load_demo_run_again_and_again_adds_nothing_and_every_person_can_sign_in(demo):
    source = NewsPage.objects.get(locale__language_code="en", slug="tenants-win-repairs")
    in_every_language = [
        str(pk) for pk in source.get_translations(inclusive=True).values_list("pk", flat=True)
    ]
    first = _counts()
    # The demo's dates follow the clock (a round opens ten days before the current hour), so
    # the clock stands still for the runs here; the first brings those dates up to it.
    with time_machine.travel(timezone.now(), tick=False):
        call_command("load_demo", stdout=StringIO())
        revisions = Revision.objects.count()
        call_command("load_demo", stdout=StringIO())
        second, after_second = _counts(), Revision.objects.count()
        # Between the runs, an editor renames a news page in Spanish.
        edited = source.get_translation(Locale.objects.get(language_code="es"))
        demo_title = edited.title
        edited.title = "Un título de un editor"
        edited.save_revision().publish()
        others = Revision.objects.exclude(object_id__in=in_every_language)
        others_before = others.count()
        output = StringIO()
        call_command("load_demo", stdout=output)

    assert second == first and _counts() == first
    # With the same values, a run writes no page again; after the edit, only the edited page
    # (in each language).
    assert after_second == revisions
    assert others.count() == others_before
    assert NewsPage.objects.get(pk=edited.pk).title == demo_title
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
