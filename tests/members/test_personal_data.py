"""A person's data: the export holds what every app keeps about them; deleting the account
takes their name out of the application histories and the logs, while the fund keeps its
amounts and decisions."""

from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from grants.funding.models import Donation
from grants.models import AuditEntry
from members import roles
from members.personal_data import delete_account
from network.models import ProposalSupport, Registration
from tests.factories import (
    AssemblyPageFactory,
    DonationFactory,
    ProposalFactory,
    approve,
    make_application,
    member_of,
    submitted_review,
)


@pytest.fixture
def rosa(people, sections):
    """The applicant of Hub A, Rosa, who also reviews, takes part in an assembly and gives."""
    rosa = people.applicant
    rosa.display_name = "Rosa"
    rosa.save()
    other_application = make_application(people.application.round, title="Seed library")
    submitted_review(other_application, reviewer=rosa, score=3)
    assembly = AssemblyPageFactory(parent=sections.assemblies, title="Lisbon assembly")
    Registration.objects.create(
        assembly=assembly, name="Rosa M.", email=rosa.email.upper(), status="confirmed"
    )
    ProposalFactory(assembly=assembly, author=rosa, title="Share our kitchens")
    supported = ProposalFactory(assembly=assembly, title="Open the library")
    ProposalSupport.objects.create(proposal=supported, user=rosa)
    DonationFactory(donor_email=rosa.email, donor_name="Rosa M.", amount=Decimal("40.00"))
    return rosa


def test_the_export_holds_what_every_app_keeps_about_the_person(client, people, rosa):
    client.force_login(rosa)

    data = client.get(reverse("members:download_data")).json()

    (application,) = data["grant_applications"]
    assert application["title"] == "Community kitchen"
    assert application["hub"] == "Hub A"
    assert application["answers"] == [{"question": "How many people take part?", "answer": "25"}]
    assert application["budget"] == [{"item": "Food", "amount": "1000.00"}]
    (review,) = data["reviews_written"]
    assert review["recommendation"] == "fund"
    assert review["comment_for_committee"] == "Solid plan."
    assert set(review["scores"].values()) == {3}
    (registration,) = data["assembly_registrations"]
    assert (registration["assembly"], registration["name"]) == ("Lisbon assembly", "Rosa M.")
    assert [p["title"] for p in data["proposals"]] == ["Share our kitchens"]
    assert [s["proposal"] for s in data["proposals_supported"]] == ["Open the library"]
    assert [(d["amount"], d["currency"]) for d in data["donations"]] == [("40.00", "EUR")]
    assert [m["hub"] for m in data["hub_memberships"]] == ["Hub A"]


def test_deleting_the_account_takes_the_name_out_of_histories_and_logs(client, people, rosa):
    second = member_of(people.hub)
    approve(people.application, "800.00", user=people.committee)
    AuditEntry.objects.create(
        application=people.application,
        actor=people.staff,
        action="note",
        note=f"Rosa asked to change the budget; write to {rosa.email}.",
    )
    AuditEntry.objects.create(application=people.application, actor=rosa, action="submit")
    membership = people.hub.memberships.get(user=rosa)
    roles.change_role(membership, "member", second)
    log(rosa, "wagtail.edit", user=people.staff)
    address = rosa.email

    delete_account(rosa)

    notes = list(AuditEntry.objects.values_list("note", flat=True).order_by("pk"))
    assert "deleted member asked to change the budget; write to deleted member." in notes
    submitted = AuditEntry.objects.get(action="submit")
    assert str(submitted.actor) == "deleted member"
    assert people.application.approved_amount() == Decimal("800.00")
    assert people.application.total_requested == Decimal("1000.00")
    entries = ModelLogEntry.objects.all()
    assert not [e for e in entries if "Rosa" in e.label or "Rosa" in str(e.data)]
    assert not [e for e in entries if address in str(e.data)]
    client.force_login(second)
    history = client.get(reverse("members:hub_history", args=[people.hub.slug])).content.decode()
    assert "Person: deleted member" in history
    assert "Rosa" not in history
    registration = Registration.objects.get()
    assert (registration.name, registration.email) == ("", f"deleted-{rosa.pk}@deleted.invalid")
    gift = Donation.objects.get()
    assert (gift.amount, gift.donor_name) == (Decimal("40.00"), "")
