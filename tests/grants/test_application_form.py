"""The application form as the applicant meets it: what stops a submission is marked at the
input it is about, in the applicant's language (the round's questions as translated), the
budget keeps its spare rows for browsers without script, and the fund's steps that cannot be
undone (approving a payment, removing a member) ask first."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from grants import paying
from grants.models import Application, Tranche
from members.models import HubMembership
from tests.factories import approve, make_application, plan_tranche, set_status

from .conftest import ARABIC_QUESTION
from .test_applying import form_data


def _edit(application, language="en"):
    with translation.override(language):
        return reverse("grants:application_edit", args=[application.pk])


def _input(page, name):
    """The HTML tag of the input named `name`."""
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', page).group(0)


def test_submitting_marks_each_missing_field_at_its_input(client, people):
    client.force_login(people.applicant)
    question_id = people.application.round.question_list()[0][0]
    data = form_data(
        people.application,
        submit="1",
        title="Seed library",
        summary="",
        declaration_consent="",
        **{f"q_{question_id}": "", "lines-TOTAL_FORMS": "0"},
    )
    data.pop("declaration_consent")

    response = client.post(_edit(people.application), data)

    assert response.status_code == 200
    page = response.content.decode()
    summary = re.search(r'<textarea[^>]*name="summary"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in summary and 'aria-describedby="id_summary_error"' in summary
    assert re.search(
        r'<ul class="errorlist" id="id_summary_error"><li>Please fill this in before you submit.',
        page,
    )
    for name in ("declaration_consent", f"q_{question_id}"):
        assert 'aria-invalid="true"' in _input(page, name)
    assert 'aria-invalid="true"' not in _input(page, "title")
    assert 'value="Seed library"' in _input(page, "title")
    people.application.refresh_from_db()
    assert people.application.status == Application.Status.DRAFT


def test_the_arabic_list_of_what_is_missing_names_the_arabic_question(client, people, arabic_round):
    people.application.answers = {}
    people.application.save()
    client.force_login(people.applicant)

    page = client.get(_edit(people.application, "ar")).content.decode()

    notice = re.search(r'<div class="notice".*?</div>', page, re.S).group(0)
    assert ARABIC_QUESTION in notice
    assert "How many people take part?" not in notice


def test_a_missing_question_is_named_in_arabic_on_the_arabic_form(client, people, arabic_round):
    people.applicant.preferred_language = "ar"
    people.applicant.save()
    people.application.answers = {}
    people.application.save()
    client.force_login(people.applicant)

    response = client.post(
        _edit(people.application, "ar"),
        form_data(people.application, submit="1", **{"lines-TOTAL_FORMS": "0"})
        | {f"q_{arabic_round.question_list()[0][0]}": ""},
    )

    page = response.content.decode()
    assert ARABIC_QUESTION in page
    assert "How many people take part?" not in page
    notice = re.search(r'<div class="notice".*?</div>', page, re.S).group(0)
    assert ARABIC_QUESTION in notice


def test_a_request_below_the_round_minimum_is_shown_at_the_budget_and_kept(client, people):
    people.application.budget_lines.all().delete()
    client.force_login(people.applicant)
    data = form_data(
        people.application,
        submit="1",
        **{"lines-0-amount": "60.00", "lines-1-amount": "39.99"},
    )

    response = client.post(_edit(people.application), data)

    page = response.content.decode()
    budget = re.search(r'<fieldset id="budget".*?</fieldset>', page, re.S).group(0)
    assert 'aria-describedby="budget_error"' in budget
    assert "The amount requested (€99.99) must be between the round&#x27;s minimum" in budget
    assert 'value="60.00"' in budget and 'value="39.99"' in budget
    people.application.refresh_from_db()
    assert people.application.status == Application.Status.DRAFT


def test_without_script_the_budget_has_spare_rows_and_lines_are_removed_by_ticking(client, people):
    application = people.application
    line = application.budget_lines.get()
    client.force_login(people.applicant)
    page = client.get(_edit(application)).content.decode()
    assert 'name="lines-TOTAL_FORMS" value="4"' in page  # the saved line and three spare ones
    assert "<template>" in page and 'name="lines-__prefix__-amount"' in page

    data = form_data(
        application,
        save="1",
        **{
            "lines-TOTAL_FORMS": "2",
            "lines-INITIAL_FORMS": "1",
            "lines-0-id": str(line.pk),
            "lines-0-item": "Food",
            "lines-0-amount": "1000.00",
            "lines-0-DELETE": "on",
            "lines-1-item": "Pots",
            "lines-1-amount": "240.00",
        },
    )
    client.post(_edit(application), data)

    assert list(application.budget_lines.values_list("item", "amount")) == [
        ("Pots", pytest.approx(240))
    ]


def test_the_form_loads_its_budget_script_from_the_site(client, people):
    client.force_login(people.applicant)
    page = client.get(_edit(people.application)).content.decode()
    assert re.search(r'<script src="/static/grants/budget\.js[^"]*" defer></script>', page)
    assert "<script>" not in page


# Approving a payment asks first


@pytest.fixture
def recorded(people):
    grant = set_status(approve(people.application, "900.00"), Application.Status.ACTIVE)
    tranche = plan_tranche(grant, "900.00")
    return paying.record_payment(tranche, people.staff, "2026-05-01", "bank_transfer", "TX-77")


def test_approving_a_payment_shows_what_is_approved_before_it_is(client, people, recorded):
    client.force_login(people.staff_second)
    detail = client.get(reverse("grants:application_detail", args=[people.application.pk]))
    confirm_url = reverse("grants:confirm_payment", args=[recorded.pk])
    assert f'href="{confirm_url}"' in detail.content.decode()

    response = client.get(confirm_url)

    page = response.content.decode()
    assert "Approve the payment of €900.00 to Hub A for “Community kitchen”?" in page
    assert str(people.staff) in page and "TX-77" in page and "Bank transfer" in page
    recorded.refresh_from_db()
    assert recorded.status == Tranche.Status.RECORDED

    client.post(reverse("grants:tranche_action", args=[recorded.pk, "approve"]))
    recorded.refresh_from_db()
    assert (recorded.status, recorded.approved_by) == (Tranche.Status.PAID, people.staff_second)


def test_the_recorder_is_told_at_once_that_someone_else_approves(client, people, recorded):
    client.force_login(people.staff)
    response = client.get(reverse("grants:confirm_payment", args=[recorded.pk]), follow=True)
    assert "Someone other than the person who recorded the payment" in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse(
        "grants:application_detail", args=[people.application.pk]
    )


def test_only_fund_staff_reach_the_payment_confirmation(client, people, recorded):
    client.force_login(people.applicant)
    assert client.get(reverse("grants:confirm_payment", args=[recorded.pk])).status_code == 404


# Removing a member asks first


def test_removing_a_member_asks_first(client, people):
    coordinator = people.hub.memberships.get(user=people.applicant)
    membership = people.hub.memberships.get(user=people.hub_member)
    assert coordinator.role == HubMembership.Role.COORDINATOR
    client.force_login(people.applicant)
    url = reverse("members:hub_remove", args=[people.hub.slug, membership.pk])
    people_page = client.get(reverse("members:hub_people", args=[people.hub.slug]))
    assert f'href="{url}"' in people_page.content.decode()

    response = client.get(url)

    assert f"Remove {people.hub_member} from Hub A?" in response.content.decode()
    assert HubMembership.objects.filter(pk=membership.pk).exists()
    client.post(url)
    assert not HubMembership.objects.filter(pk=membership.pk).exists()


# The committee's decision


def test_an_award_below_the_minimum_is_shown_at_the_amount_and_kept(client, people, grant_round):
    application = set_status(make_application(grant_round), Application.Status.REVIEWED)
    client.force_login(people.committee)

    response = client.post(
        reverse("grants:decide", args=[application.pk]),
        {"outcome": "approved", "amount": "99.99", "reasons": "A good start.", "conditions": ""},
    )

    assert response.status_code == 200
    page = response.content.decode()
    amount = _input(page, "amount")
    assert 'aria-invalid="true"' in amount and 'value="99.99"' in amount
    assert re.search(
        r'id="id_amount_error"><li>The amount awarded cannot be below the round&#x27;s minimum',
        page,
    )
    assert "A good start." in page
    application.refresh_from_db()
    assert application.status == Application.Status.REVIEWED
