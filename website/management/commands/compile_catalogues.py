"""Compile the project's gettext catalogues (locale/*/LC_MESSAGES/*.po) to .mo files in pure
Python, so a machine with only Python can run the site; GNU gettext is needed only to
extract new strings (`make messages`)."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's .po catalogues to .mo files (no GNU gettext needed)."

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                if catalogue.percent_translated() < 100 and options["verbosity"] > 1:
                    self.stderr.write(f"{po_path}: {catalogue.percent_translated()}% translated")
                try:
                    catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                except OSError as error:
                    raise CommandError(
                        f"Cannot write the catalogue for {po_path}: {error}"
                    ) from error
                compiled += 1
        if options["verbosity"]:
            self.stdout.write(f"Compiled {compiled} catalogues.")
