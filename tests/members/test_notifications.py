"""Those who approve hubs hear of each new registration, in their own language."""

from django.core import mail
from django.urls import reverse

from members.models import Hub
from tests.factories import UserFactory

from .test_hub_registration import FORM


def test_hub_approvers_hear_of_a_new_registration_in_their_language(
    signed_in, cast, django_capture_on_commit_callbacks
):
    cast.staff.preferred_language = "es"
    cast.staff.save(update_fields=["preferred_language"])
    registrant = UserFactory(display_name="Joana")

    with django_capture_on_commit_callbacks(execute=True):
        signed_in(registrant).post(reverse("members:hub_register"), FORM)

    (message,) = mail.outbox
    assert message.to == [cast.staff.email]
    assert message.subject == "Nuevo registro de nodo: Cozinha Solidária"
    assert "Joana registró el nodo «Cozinha Solidária» (Recife, Brasil)." in message.body
    hub = Hub.objects.get(name="Cozinha Solidária")
    assert f"/admin/members_hub/review/{hub.pk}/" in message.body
