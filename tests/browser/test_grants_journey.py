"""A grant from application to the public record, in a real browser: a hub applies in
Portuguese with an attachment, a reviewer reviews in English, the committee decides, two
fund staff record and approve a tranche, and the grant shows on the Portuguese transparency
page."""

from datetime import date
from decimal import Decimal

import pytest

from grants import paying, reviewing, workflow
from grants.models import Application
from tests.factories import confirmed_reviewer

from .accessibility import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_grant_from_portuguese_application_to_the_transparency_page(
    browser_page,
    sign_in,
    people,
    grant_round,
    tmp_path,
):
    page = browser_page
    applicant = people.applicant
    applicant.preferred_language = "pt"
    applicant.save()
    # The round takes one application per hub: the hub's old draft makes way.
    workflow.perform(people.application, "withdraw", applicant)

    # The hub applies in Portuguese, with an attachment.
    sign_in(applicant)
    page.goto(f"/pt/grants/rounds/{grant_round.pk}/apply/")
    assert page.locator("html").get_attribute("lang") == "pt"
    page.get_by_role("button", name="Começar a candidatura").click()
    page.fill("input[name=title]", "Horta comunitária")
    page.fill("textarea[name=summary]", "Uma horta partilhada no bairro.")
    page.fill("textarea[name=description]", "Vamos plantar e partilhar legumes.")
    page.fill("textarea[name=hub_context]", "Um núcleo de vizinhos.")
    page.fill("textarea[name=timeline]", "De março a outubro.")
    page.select_option("select[name=language]", "pt")
    page.fill("input[name='lines-0-item']", "Sementes e ferramentas")
    page.fill("input[name='lines-0-amount']", "1200.00")
    question_id = grant_round.question_list()[0][0]
    page.fill(f"input[name='q_{question_id}']", "30")
    attachment = tmp_path / "plano.pdf"
    attachment.write_bytes(PDF)
    page.set_input_files("input[name=new_attachment]", str(attachment))
    page.check("input[name=declaration_truthful]")
    page.check("input[name=declaration_consent]")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Submeter candidatura").click()
    page.wait_for_selector("text=foi submetida")
    application = Application.objects.exclude(pk=people.application.pk).get()
    assert application.status == "submitted"
    assert page.locator(f"text={application.reference}").first.is_visible()
    assert application.attachments.get().original_name == "plano.pdf"

    # Staff send it to review; two reviewers are assigned.
    workflow.perform(application, "screen", people.staff)
    english_reviewer = people.reviewer_not_assigned
    reviewing.assign(application, english_reviewer)
    second = reviewing.assign(application, confirmed_reviewer())

    # The reviewer reviews in English, seeing the guidance and the attachment.
    assignment = application.assignments.get(reviewer=english_reviewer)
    sign_in(english_reviewer)
    page.goto(f"/en/grants/reviews/{assignment.pk}/")
    assert page.locator("text=Does it meet a local need?").is_visible()
    assert page.locator("text=plano.pdf").is_visible()
    for block_id, *_rest in grant_round.criteria_list():
        page.check(f"input[name='c_{block_id}'][value='4']")
    page.check("input[name=recommendation][value=fund]")
    page.fill("textarea[name=comment_for_committee]", "A realistic plan with strong support.")
    page.get_by_role("button", name="Submit review").click()
    page.wait_for_selector("text=Your review is submitted")
    scores = {c[0]: 3 for c in grant_round.criteria_list()}
    reviewing.submit_review(second, scores, "fund", "Good.", "")
    workflow.perform(application, "complete_review", people.staff)

    # The committee decides.
    sign_in(people.committee)
    page.goto(f"/en/grants/applications/{application.pk}/")
    page.check("input[name=outcome][value=approved]")
    page.fill("input[name=amount]", "1000.00")
    page.fill("textarea[name=reasons]", "Strong local support.")
    page.get_by_role("button", name="Record decision").click()
    page.wait_for_selector("text=The decision is recorded.")
    application.refresh_from_db()
    assert application.status == "approved"

    # Staff plan one tranche and sign the agreement; one records the payment, another approves.
    paying.add_tranche(application, people.staff, Decimal("1000.00"), date(2026, 5, 1))
    workflow.perform(application, "sign_agreement", people.staff)
    sign_in(people.staff)
    page.goto(f"/en/grants/applications/{application.pk}/")
    page.fill("input[name=paid_date]", "2026-05-02")
    page.select_option("select[name=method]", "bank_transfer")
    page.fill("input[name=payment_reference]", "TRF-2026-0001")
    page.get_by_role("button", name="Record payment").click()
    page.wait_for_selector("text=Payment recorded, awaiting approval")
    assert page.get_by_role("link", name="Approve payment").is_visible()

    sign_in(people.staff_second)
    page.goto(f"/en/grants/applications/{application.pk}/")
    page.get_by_role("link", name="Approve payment").click()
    page.wait_for_selector("text=Approve the payment of €1,000.00")
    page.get_by_role("button", name="Approve payment").click()
    page.wait_for_selector("text=The tranche is updated.")
    tranche = application.tranches.get()
    assert (tranche.status, tranche.recorded_by, tranche.approved_by) == (
        "paid",
        people.staff,
        people.staff_second,
    )

    # Anyone sees the grant on the Portuguese transparency page.
    page.context.clear_cookies()
    page.goto("/pt/grants/transparency/")
    assert page.locator("h1").inner_text() == "Para onde vão os apoios"
    row = page.locator("tr", has_text="Horta comunitária")
    assert people.hub.name in row.inner_text()
    assert "€\u00a01.000,00" in row.inner_text()  # Portuguese money format
    assert serious_violations(page) == []
