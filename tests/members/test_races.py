"""Two coordinators stepping down at the same moment: the hub keeps one of them. Only
PostgreSQL locks rows, so this story runs there."""

import threading

import pytest
from django.db import connection

from members import roles
from members.models import HubMembership
from tests.factories import CoordinatorFactory, HubFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locking needs PostgreSQL (SQLite locks the file)"
)
def test_two_last_coordinators_stepping_down_together_leave_one():
    hub = HubFactory()
    first, second = CoordinatorFactory(hub=hub), CoordinatorFactory(hub=hub)
    start = threading.Barrier(2)
    refused = []

    def step_down(membership):
        start.wait()
        try:
            roles.change_role(membership, HubMembership.Role.MEMBER, membership.user)
        except roles.RoleError:
            refused.append(membership.pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=step_down, args=(m,)) for m in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(refused) == 1
    assert hub.memberships.filter(role=HubMembership.Role.COORDINATOR).count() == 1
