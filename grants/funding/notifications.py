"""The thank-you email a donor receives, in the language they gave in."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task


@task()
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
        with translation.override(donation.language):
            context = {"donation": donation, "site_name": settings.WAGTAIL_SITE_NAME}
            if donation.monthly_gift:
                path = reverse("funding:cancel_monthly", args=[cancel_token(donation.monthly_gift)])
                context["cancel_url"] = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
            subject = render_to_string("funding/email/thank_you_subject.txt", context).strip()
            body = render_to_string("funding/email/thank_you.txt", context)
        send_mail(subject, body, None, [donation.donor_email])
        donation.thanked_at = timezone.now()
        donation.save(update_fields=["thanked_at"])
