"""Many people press "register" at the same moment: the assembly never gets more confirmed
places than its capacity. Only PostgreSQL runs the sign-ups truly in parallel."""

import threading

import pytest
from django.db import connection

from network.models import Registration
from network.registrations import register
from tests.factories import AssemblyPageFactory, UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises every write, so it cannot show a race; run on PostgreSQL.",
    ),
]

PEOPLE = 12
CAPACITY = 3


def test_concurrent_sign_ups_never_overbook(sections):
    assembly = AssemblyPageFactory(
        parent=sections.assemblies, title="Small room", capacity=CAPACITY
    )
    people = [UserFactory(email=f"racer{n}@example.org") for n in range(PEOPLE)]
    start_together = threading.Barrier(PEOPLE)
    failures = []

    def sign_up(person):
        try:
            start_together.wait()
            register(assembly, name=str(person), email=person.email, language="en", user=person)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(Registration.Status.CONFIRMED) == CAPACITY
    assert statuses.count(Registration.Status.WAITLISTED) == PEOPLE - CAPACITY
