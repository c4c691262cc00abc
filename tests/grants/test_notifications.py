"""Who hears of each step of a grant: the fund's staff of submissions, payments to approve
and reports to read; the applying hub of the agreement, each payment and each report's
review. Every email is in its recipient's own language, amounts written as they write money."""

from datetime import date

import pytest
from django.core import mail

from grants import paying, workflow
from grants.models import Application, GrantReport
from grants.permissions import FUND_STAFF
from tests.factories import UserFactory, approve, member_of, plan_tranche, set_status


def _to(person):
    return [message for message in mail.outbox if message.to == [person.email]]


def _speaks(person, language):
    person.preferred_language = language
    person.save(update_fields=["preferred_language"])
    return person


@pytest.fixture
def grantees(people):
    """The applicant reads Portuguese; a second coordinator of the hub reads Spanish."""
    _speaks(people.applicant, "pt")
    return people.applicant, _speaks(member_of(people.hub), "es")


@pytest.fixture
def grant(people):
    application = approve(people.application, "1250.50")
    return set_status(application, Application.Status.ACTIVE)


def test_the_funds_staff_hear_of_a_submission_in_their_own_language(
    people, django_capture_on_commit_callbacks
):
    _speaks(people.staff, "fr")
    _speaks(people.staff_second, "ar")
    conflicted = UserFactory(groups=[FUND_STAFF])
    member_of(people.hub, conflicted, role="member")

    with django_capture_on_commit_callbacks(execute=True):
        workflow.perform(people.application, "submit", people.applicant)

    people.application.refresh_from_db()
    reference = people.application.reference
    (french,) = _to(people.staff)
    assert french.subject == f"Nouvelle candidature {reference} de Hub A"
    assert "demandant 1\u202f000,00\xa0€" in french.body
    assert f"/fr/grants/applications/{people.application.pk}/" in french.body
    (arabic,) = _to(people.staff_second)
    assert arabic.subject == f"طلب جديد {reference} من Hub A"
    assert "\u200f1,000.00\xa0€" in arabic.body
    assert _to(conflicted) == []
    assert [m.subject for m in _to(people.applicant)] == [f"Application {reference} received"]


def test_the_other_approvers_hear_of_a_recorded_payment_not_the_recorder(
    people, grant, django_capture_on_commit_callbacks
):
    _speaks(people.staff_second, "es")
    tranche = plan_tranche(grant, "1250.50")

    with django_capture_on_commit_callbacks(execute=True):
        paying.record_payment(tranche, people.staff, date(2026, 5, 4), "bank_transfer", "TX-7")

    (message,) = _to(people.staff_second)
    assert message.subject == f"Un pago de {grant.reference} espera tu aprobación"
    assert f"{people.staff} registró el pago 1 de 1.250,50\xa0€ a Hub A" in message.body
    assert "hecho el 4 de mayo de 2026" in message.body
    assert "TX-7" in message.body
    assert _to(people.staff) == []
    assert _to(people.applicant) == []


def test_the_hub_hears_when_the_agreement_is_signed(
    people, grantees, django_capture_on_commit_callbacks
):
    application = approve(people.application, "1250.50")
    plan_tranche(application, "1250.50")

    with django_capture_on_commit_callbacks(execute=True):
        workflow.perform(application, "sign_agreement", people.staff)

    applicant, coordinator = grantees
    (portuguese,) = _to(applicant)
    assert portuguese.subject == f"Acordo de apoio assinado para {application.reference}"
    assert "o apoio de €\xa01.250,50 está agora ativo" in portuguese.body
    (spanish,) = _to(coordinator)
    assert spanish.subject == f"Acuerdo de subvención firmado para {application.reference}"
    assert "la subvención de 1.250,50\xa0€ ya está activa" in spanish.body
    assert _to(people.hub_member) == []


def test_the_hub_hears_of_each_payment_sent(
    people, grant, grantees, django_capture_on_commit_callbacks
):
    first, second = plan_tranche(grant, "1000.00"), plan_tranche(grant, "250.50")
    for tranche in (first, second):
        paying.record_payment(tranche, people.staff, date(2026, 5, 4), "bank_transfer", "TX")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        paying.approve_payment(first, people.staff_second)
        paying.approve_payment(second, people.staff_second)

    applicant, coordinator = grantees
    assert [m.subject for m in _to(applicant)] == [f"Pagamento enviado para {grant.reference}"] * 2
    bodies = [m.body for m in _to(applicant)]
    assert (
        "O pagamento 1 de €\xa01.000,00 para «Community kitchen» foi enviado a 4 de maio de 2026."
        in bodies[0]
    )
    assert "O pagamento 2 de €\xa0250,50" in bodies[1]
    assert "El pago 2 de 250,50\xa0€" in _to(coordinator)[1].body
    assert _to(people.staff) == []


def test_staff_hear_of_a_report_and_the_hub_of_its_review(
    people, grant, grantees, django_capture_on_commit_callbacks
):
    _speaks(people.staff, "fr")

    with django_capture_on_commit_callbacks(execute=True):
        report = paying.submit_report(
            grant, people.applicant, GrantReport.Kind.PROGRESS, "Half done.", {}
        )
    (to_staff,) = _to(people.staff)
    assert to_staff.subject == f"Un rapport sur {grant.reference} attend sa relecture"
    assert "Hub A a envoyé un rapport sur « Community kitchen » (Rapport d'étape)" in to_staff.body
    assert _to(people.applicant) == []

    with django_capture_on_commit_callbacks(execute=True):
        paying.review_report(report, people.staff, accept=False, note="Add the receipts.")

    applicant, coordinator = grantees
    (returned,) = _to(applicant)
    assert (
        returned.subject == f"O seu relatório sobre {grant.reference} foi devolvido para alterações"
    )
    assert "Add the receipts." in returned.body
    (spanish,) = _to(coordinator)
    assert spanish.subject == f"Tu informe sobre {grant.reference} fue devuelto para cambios"


def test_the_hub_hears_when_its_report_is_accepted(
    people, grant, grantees, django_capture_on_commit_callbacks
):
    report = paying.submit_report(grant, people.applicant, GrantReport.Kind.PROGRESS, "Done.", {})

    with django_capture_on_commit_callbacks(execute=True):
        paying.review_report(report, people.staff, accept=True)

    applicant, _coordinator = grantees
    (accepted,) = _to(applicant)
    assert accepted.subject == f"O seu relatório sobre {grant.reference} foi aceite"
    assert "O relatório foi aceite. Obrigado." in accepted.body
