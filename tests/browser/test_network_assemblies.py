"""Assemblies in a real browser: a guest registers in Spanish and confirms by email, a member
proposes and supports, and a reader follows past minutes in Arabic."""

import datetime
import re

import pytest
from django.core import mail

from network.models import Proposal, Registration
from tests.factories import (
    AssemblyPageFactory,
    ProposalFactory,
    translate_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_guest_registers_in_spanish_and_confirms_from_the_email(browser_page, sections):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly", capacity=20)
    spanish = translate_page(assembly, "es", title="Asamblea de Dakar", slug="asamblea-dakar")

    browser_page.goto(spanish.url)
    browser_page.locator("input[name=name]").fill("Rosa Martínez")
    browser_page.locator("input[name=email]").fill("rosa@example.org")
    browser_page.locator("#register button[type=submit]").click()
    browser_page.wait_for_selector(".messages")

    [message] = mail.outbox
    assert "Asamblea de Dakar" in message.subject
    confirm_url = re.search(r"http\S+/confirm/", message.body).group(0)
    browser_page.goto(confirm_url.replace("http://testserver", ""))
    # Opening the link confirms nothing (mail scanners open links); its button does.
    assert Registration.objects.get().status == Registration.Status.UNCONFIRMED
    browser_page.get_by_role("button", name="Confirmar mi inscripción").click()
    browser_page.wait_for_selector("[role=status]")

    assert "Tu plaza en «Asamblea de Dakar» está confirmada" in (
        browser_page.locator("main").inner_text()
    )
    assert Registration.objects.get().status == Registration.Status.CONFIRMED
    assert mail.outbox[1].attachments[0][2] == "text/calendar"


def test_a_member_submits_and_supports_a_proposal(
    browser_page, sign_in, sections, member, other_member
):
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Dakar assembly")
    ProposalFactory(
        assembly=assembly,
        author=other_member,
        title="Shared kitchens",
        status=Proposal.Status.APPROVED,
    )
    sign_in(member)

    browser_page.goto(assembly.url)
    browser_page.locator(f"a[href='{assembly.url}propose/']").click()
    browser_page.locator("input[name=title]").fill("A fund for evictions")
    browser_page.locator("textarea[name=text]").fill("Each hub puts in a little every month.")
    browser_page.locator("main form button[type=submit]").click()
    browser_page.wait_for_selector(".messages")
    assert Proposal.objects.filter(title="A fund for evictions", author=member).exists()

    browser_page.locator(".proposal-support button").click()
    browser_page.wait_for_selector(".messages")

    assert "1" in browser_page.locator(".proposal-support").inner_text()
    assert Proposal.objects.get(title="Shared kitchens").supports.filter(user=member).exists()


def test_a_reader_follows_past_minutes_in_arabic(browser_page, sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies,
        title="Lisbon assembly",
        starts_in=-datetime.timedelta(days=30),
        minutes="<p>We met and agreed.</p>",
        attendee_count=90,
    )
    arabic = translate_page(
        assembly,
        "ar",
        title="جمعية لشبونة",
        slug="lisbon",
        minutes="<p>اجتمعنا واتفقنا على حملة مشتركة.</p>",
    )

    browser_page.goto("/ar/assemblies/")
    browser_page.locator("a", has_text="جمعية لشبونة").click()
    browser_page.wait_for_url(f"**{arabic.url}")

    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    minutes = browser_page.locator("section[aria-labelledby=minutes-heading]")
    assert "اجتمعنا واتفقنا على حملة مشتركة." in minutes.inner_text()
    assert "90" in minutes.inner_text()
