"""Forms on publicly cached pages, in a real browser: the page sets no cookie, and an anonymous
visitor still sends the contact form and registers as a guest (with script, and without)."""

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

from network.models import Registration
from tests.factories import AssemblyPageFactory, add_contact_page, build_sections

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _open_shared_page(page, address):
    response = page.goto(address)
    headers = response.all_headers()
    assert "public" in headers["cache-control"]
    assert "set-cookie" not in headers
    assert page.context.cookies() == []


def _write_to_the_network(page):
    page.locator("input[name=your_name]").fill("Rosa")
    page.locator("input[name=your_email]").fill("rosa@example.org")
    page.locator("textarea[name=message]").fill("Hello network")
    page.locator("main form button[type=submit]").click()


def test_an_anonymous_visitor_sends_the_contact_form(browser_page, home_site):
    add_contact_page()

    _open_shared_page(browser_page, "/en/contact/")
    _write_to_the_network(browser_page)

    expect(browser_page.locator("main h1")).to_have_text("Thank you")
    assert FormSubmission.objects.get().get_data()["message"] == "Hello network"
    assert len(mail.outbox) == 1


def test_without_script_the_contact_form_is_offered_again_and_sent(
    chromium, live_server, home_site
):
    add_contact_page()
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()

    _open_shared_page(page, "/en/contact/")
    _write_to_the_network(page)
    expect(page.locator("main h1")).to_have_text("Send the form again")
    page.locator("main form button[type=submit]").click()

    expect(page.locator("main h1")).to_have_text("Thank you")
    assert FormSubmission.objects.get().get_data()["your_name"] == "Rosa"
    context.close()


def test_a_guest_registers_for_an_assembly_from_a_shared_page(browser_page, home_site):
    assembly = AssemblyPageFactory(
        parent=build_sections().assemblies, title="Dakar assembly", capacity=20
    )

    _open_shared_page(browser_page, assembly.url)
    browser_page.locator("input[name=name]").fill("Rosa Martínez")
    browser_page.locator("input[name=email]").fill("rosa@example.org")
    browser_page.locator("#register button[type=submit]").click()
    browser_page.wait_for_selector(".messages")

    assert Registration.objects.get(assembly=assembly).email == "rosa@example.org"
    [message] = mail.outbox
    assert "Dakar assembly" in message.subject
