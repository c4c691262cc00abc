"""`manage.py load_demo`: fills an empty site with multilingual demo content, and brings an
existing demo site up to date when run again. Each app adds its own part in `<app>/demo.py`
(a `load(stdout)` function, its texts in `<app>/demo_data/`); they run in the order below,
each on what the ones before it made."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Topics and staff; pages and footer; hubs and members; news and assemblies (hosted by hubs);
# grants (applications from hubs, under the home page); donations (to the grants fund).
DEMO_ORDER = ["core", "home", "members", "network", "grants", "grants.funding"]


class Command(BaseCommand):
    help = "Load (or refresh) the multilingual demo content. Safe to run more than once."

    def handle(self, *args, **options):
        for app in DEMO_ORDER:
            with transaction.atomic():
                import_module(f"{app}.demo").load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
