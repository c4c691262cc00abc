"""Deleting an account in the Wagtail admin: people the fund's records name are kept, and the
admin says why instead of failing."""

import pytest

from grants.models import Tranche
from tests.factories import UserFactory, approve, make_application, plan_tranche

pytestmark = pytest.mark.django_db


def test_an_account_that_recorded_a_payment_is_kept_with_a_reason(client, grant_round):
    treasurer = UserFactory(email="treasurer@example.org")
    application = approve(make_application(grant_round), "600.00")
    plan_tranche(application, "600.00", status=Tranche.Status.RECORDED, recorded_by=treasurer)
    client.force_login(UserFactory(staff=True))

    response = client.post(f"/admin/users/delete/{treasurer.pk}/", follow=True)

    assert response.status_code == 200
    assert type(treasurer).objects.filter(pk=treasurer.pk).exists()
    assert "is named in the fund&#x27;s records, so the account cannot be deleted" in (
        response.content.decode()
    )


def test_an_account_on_no_record_is_deleted(client):
    newcomer = UserFactory(email="newcomer@example.org")
    client.force_login(UserFactory(staff=True))

    client.post(f"/admin/users/delete/{newcomer.pk}/")

    assert not type(newcomer).objects.filter(pk=newcomer.pk).exists()
