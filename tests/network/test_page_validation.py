"""Stories about editors' mistakes on assembly pages: a clear message, nothing lost."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from network.models import AssemblyPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, sections):
    client.force_login(UserFactory(email="editor@example.org", staff=True))
    return client


def _form(start, end, agenda_minutes):
    return nested_form_data(
        {
            "title": "Harvest assembly",
            "slug": "harvest",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": end.strftime("%Y-%m-%d %H:%M"),
            "timezone": "Europe/Lisbon",
            "format": "in_person",
            "introduction": "Come and decide together.",
            "agenda": streamfield(
                [
                    (
                        "item",
                        {"time": "10:00", "title": "Everything", "facilitator": "", "duration": m},
                    )
                    for m in agenda_minutes
                ]
            ),
            "body": streamfield([]),
            "minutes": rich_text(""),
            "decisions": inline_formset([]),
            "topics": [],
            "host_hubs": [],
        }
    )


def _add_url(sections):
    return f"/admin/pages/add/network/assemblypage/{sections.assemblies.pk}/"


def test_an_assembly_that_ends_before_it_starts_is_refused_and_the_form_keeps_its_values(
    editor_client, sections
):
    start = timezone.now() + datetime.timedelta(days=10)

    response = editor_client.post(
        _add_url(sections), _form(start, start - datetime.timedelta(hours=1), [30])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "The assembly must end after it starts." in html
    assert "Harvest assembly" in html
    assert "Come and decide together." in html
    assert not Page.objects.filter(slug="harvest").exists()


def test_an_agenda_longer_than_the_assembly_is_refused(editor_client, sections):
    start = timezone.now() + datetime.timedelta(days=10)

    response = editor_client.post(
        _add_url(sections), _form(start, start + datetime.timedelta(hours=2), [90, 60])
    )

    assert (
        "The agenda lasts 150 minutes but the assembly only lasts 120 minutes."
        in response.content.decode()
    )
    assert not Page.objects.filter(slug="harvest").exists()


def test_a_valid_assembly_is_saved(editor_client, sections):
    start = timezone.now() + datetime.timedelta(days=10)

    editor_client.post(
        _add_url(sections), _form(start, start + datetime.timedelta(hours=2), [60, 60])
    )

    assert Page.objects.filter(slug="harvest").exists()


def test_the_message_is_translated():
    page = AssemblyPage(
        title="x",
        start=timezone.now(),
        end=timezone.now() - datetime.timedelta(hours=1),
        introduction="x",
    )
    with translation.override("es"), pytest.raises(ValidationError) as error:
        page.clean()
    with translation.override("es"):
        message = str(error.value.message_dict["end"][0])
    assert message == "La asamblea debe terminar después de empezar."
