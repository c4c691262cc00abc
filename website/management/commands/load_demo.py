"""`manage.py load_demo`: fills an empty site with multilingual demo content, and brings an
existing demo site up to date when run again. Each app adds its own part in `<app>/demo.py`
(a `load(stdout)` function); they run in the order of INSTALLED_APPS."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule


class Command(BaseCommand):
    help = "Load (or refresh) the multilingual demo content. Safe to run more than once."

    def handle(self, *args, **options):
        for app_config in apps.get_app_configs():
            if not module_has_submodule(app_config.module, "demo"):
                continue
            demo = import_module(f"{app_config.name}.demo")
            with transaction.atomic():
                demo.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
