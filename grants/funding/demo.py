"""Demo content for donations: the fund's donate page in all five languages and a few gifts
already received, so the fund ledger has something to show. Running it twice updates."""

from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Site

from core.demo import publish_in_all_languages

from .demo_data.donations import DEMO_GIFTS, DONATE
from .models import DonatePage, Donation, Frequency


def create_donate_pages():
    """The EUR donate page under each language's home page."""
    home = Site.objects.get(is_default_site=True).root_page
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = home.get_translation_or_none(default) or home
    return publish_in_all_languages(
        home,
        DonatePage,
        DONATE["en"]["slug"],
        DONATE,
        currency="EUR",
        suggested_amounts="10, 25, 50, 100",
        minimum_amount=Decimal("5.00"),
        show_in_menus=True,
    )


def load(stdout):
    pages = create_donate_pages()
    for row in DEMO_GIFTS:
        Donation.objects.update_or_create(
            stripe_payment_intent_id=row.payment_intent,
            defaults={
                "amount": row.amount,
                "currency": "EUR",
                "frequency": Frequency.ONE_OFF,
                "status": Donation.Status.SUCCEEDED,
                "donor_name": row.donor_name,
                "language": row.language,
                "donate_page": pages[row.language],
                "received_at": timezone.now(),
            },
        )
    stdout.write(f"Donations: donate page in {len(pages)} languages, {len(DEMO_GIFTS)} gifts.")
