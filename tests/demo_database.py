"""The demo loaded once for each test worker, in a copy of its test database, for the modules
whose tests read the whole demo.

`load_demo` takes over a minute on a 2-core machine, and five modules read the demo. Each
now works in the copy, switched to for the module (or one test) and rolled back after it, so
that the copy stays as the demo left it and the worker's own database never sees it."""

import contextlib
import shutil
from io import StringIO

from .shared_data import shared_by_the_module


class DemoDatabase:
    """A copy of the worker's test database (Django's own test clones: a file copy on SQLite,
    `CREATE DATABASE … TEMPLATE` on PostgreSQL) with `load_demo` run in it, and the files it
    wrote kept in `media`."""

    SUFFIX = "demo"

    def __init__(self, connection, media):
        self.connection, self.media = connection, media
        self.settings = connection.creation.get_test_db_clone_settings(self.SUFFIX)

    def build(self, site_media):
        from django.core.management import call_command
        from django.test import override_settings

        shutil.copytree(site_media, self.media, dirs_exist_ok=True)
        self.connection.close()
        self.connection.creation.clone_test_db(self.SUFFIX, verbosity=0, keepdb=False)
        with self.in_use(), override_settings(MEDIA_ROOT=self.media):
            call_command("load_demo", stdout=StringIO())

    @contextlib.contextmanager
    def in_use(self):
        """Every connection of this thread and of the threads it starts (a live server's)
        reads and writes the copy, until the block ends."""
        own = dict(self.connection.settings_dict)
        self.connection.close()
        self.connection.settings_dict.update(self.settings)
        try:
            yield
        finally:
            self.connection.close()
            self.connection.settings_dict.update(own)

    def destroy(self):
        self.connection.close()
        # Not destroy_test_db: it would then name the copy as the worker's own database.
        self.connection.creation._destroy_test_db(self.settings["NAME"], verbosity=0)

    def shared(self, django_db_blocker, media_root, make=lambda: None):
        """For a module-scoped fixture (`yield from`): the demo, with what `make()` adds to
        it, for every test of the module, as `shared_by_the_module` shares data; the files of
        the demo are copied to `media_root` first."""
        shutil.copytree(self.media, media_root, dirs_exist_ok=True)
        with django_db_blocker.unblock():
            switched = self.in_use()
            switched.__enter__()
        try:
            yield from shared_by_the_module(django_db_blocker, media_root, make)
        finally:
            with django_db_blocker.unblock():
                switched.__exit__(None, None, None)
