"""The fund's pages read in the reader's language: the history names statuses as the
workflow labels them, dates follow each language's own order (Babel), rounds carry their
translated titles, and a payment typed wrong is marked at its field."""

import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from grants import paying
from grants.models import Application, AuditEntry, Tranche
from tests.factories import approve, plan_tranche, set_status


def _in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def grant(people):
    application = approve(people.application, "900.00")
    return set_status(application, Application.Status.ACTIVE)


def _detail(client, person, application, language):
    client.force_login(person)
    return client.get(_in(language, "grants:application_detail", application.pk))


def test_the_arabic_history_names_each_status_as_the_workflow_labels_it(client, people, grant):
    AuditEntry.objects.create(
        application=grant, action="submit", from_status="draft", to_status="submitted"
    )
    tranche = plan_tranche(grant, "900.00")
    paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-3")

    history = re.search(
        r'<ol class="audit">.*?</ol>',
        _detail(client, people.staff_second, grant, "ar").content.decode(),
        re.S,
    ).group(0)

    assert "مسودة → مُرسَل" in history
    assert "مخطط → تم تسجيل الدفع، بانتظار الموافقة" in history
    assert "planned" not in history and "draft" not in history


@pytest.mark.parametrize(
    ("language", "planned", "paid"),
    [("fr", "10 juin 2026", "2 mai 2026"), ("ar", "10 يونيو 2026", "2 مايو 2026")],
)
def test_a_tranches_dates_read_as_babel_writes_them(client, people, grant, language, planned, paid):
    plan_tranche(grant, "400.00", planned_date=date(2026, 6, 10))
    Tranche.objects.create(
        application=grant,
        position=2,
        amount="500.00",
        planned_date=date(2026, 4, 1),
        status=Tranche.Status.PAID,
        paid_date=date(2026, 5, 2),
    )

    page = _detail(client, people.staff, grant, language).content.decode()
    table = re.search(r'<table class="tranches">.*?</table>', page, re.S).group(0)

    assert f"<td>{planned}" in table
    assert f" · {paid}" in table


def test_the_desk_names_each_round_in_the_readers_language(client, people, arabic_round):
    set_status(people.application, Application.Status.SUBMITTED)
    client.force_login(people.staff)

    page = client.get(_in("ar", "grants:staff_applications")).content.decode()

    assert re.search(r'<option value="\d+"[^>]*>جولة الربيع</option>', page)
    assert "<td>جولة الربيع</td>" in page
    assert "Spring round" not in page


def test_the_desk_marks_a_round_not_yet_translated_with_its_language(client, people):
    set_status(people.application, Application.Status.SUBMITTED)
    client.force_login(people.staff)

    page = client.get(_in("ar", "grants:staff_applications")).content.decode()

    assert '<td lang="en" dir="auto">Spring round</td>' in page


def test_a_payment_typed_wrong_is_marked_at_its_field_and_keeps_what_was_typed(
    client, people, grant
):
    tranche = plan_tranche(grant, "900.00")
    client.force_login(people.staff)

    response = client.post(
        reverse("grants:tranche_action", args=[tranche.pk, "record"]),
        {"paid_date": "2026-13-45", "method": "bank_transfer", "payment_reference": "TX-77"},
    )

    assert response.status_code == 200
    page = response.content.decode()
    date_input = re.search(r'<input[^>]*name="paid_date"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in date_input
    assert re.search(
        r'<ul class="errorlist" id="[^"]*paid_date_error"><li>Enter a valid date', page
    )
    assert 'value="TX-77"' in re.search(r'<input[^>]*name="payment_reference"[^>]*>', page).group(0)
    tranche.refresh_from_db()
    assert tranche.status == Tranche.Status.PLANNED
