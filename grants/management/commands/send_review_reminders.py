"""Email reviewers whose reviews are due within three days or late (run daily)."""

from django.core.management.base import BaseCommand

from grants.reviewing import send_reminders


class Command(BaseCommand):
    help = "Remind peer reviewers of reviews due soon or late."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
