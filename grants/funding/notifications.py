"""The thank-you email a donor receives, in the language they gave in."""

from django.db import transaction
from django.utils import timezone

from core import mail


def send_thank_you(donation_id):
    """Thank a donor once for a received gift; a monthly donor also gets a cancel link."""
    from .donations import cancel_token
    from .models import Donation

    with transaction.atomic():
        donation = (
            # PostgreSQL cannot lock the nullable side of the join, so lock the donation only.
            Donation.objects.select_for_update(of=("self",))
            .select_related("monthly_gift")
            .filter(pk=donation_id, thanked_at=None, status=Donation.Status.SUCCEEDED)
            .first()
        )
        if donation is None or not donation.donor_email:
            return
        context = {"donation": donation}
        if donation.monthly_gift:
            context["cancel_token"] = cancel_token(donation.monthly_gift)
        mail.send(
            "funding/email/thank_you", donation.donor_email, context, language=donation.language
        )
        donation.thanked_at = timezone.now()
        donation.save(update_fields=["thanked_at"])
