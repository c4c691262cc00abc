"""The worker's test database as the site leaves it, copied once, and put back after every
transactional test in place of Django's flush.

A transactional test (a live server's, a browser's) commits what it writes, so Django empties
every table after it, and the next test had to build the site again: two seconds on an idle
machine, for each of about sixty tests, each time. Putting the copy back costs a file copy
on SQLite and a `CREATE DATABASE … TEMPLATE` on PostgreSQL, and leaves the database exactly as
every other test finds it (sequences included)."""

import os
import shutil

from django.db import connections


class SiteDatabase:
    """A copy of the worker's test database (Django's own test clone) taken once the site is
    built in it."""

    SUFFIX = "site"

    def __init__(self, connection):
        self.connection = connection
        self.copy = connection.creation.get_test_db_clone_settings(self.SUFFIX)["NAME"]

    def take(self):
        self.connection.close()
        self.connection.creation.clone_test_db(self.SUFFIX, verbosity=0, keepdb=False)

    def put_back(self):
        """The database as the copy has it. Every connection is closed first: the test's,
        and any a live server's thread left open."""
        name = self.connection.settings_dict["NAME"]
        connections.close_all()
        if self.connection.vendor == "sqlite":
            # A connection still open elsewhere keeps reading the old file, never a half-copied
            # one: the copy is written beside it and renamed over it.
            partial = f"{name}.restoring"
            shutil.copyfile(self.copy, partial)
            os.replace(partial, name)
            return
        quote = self.connection.ops.quote_name
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE {quote(name)} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(self.copy)}")

    def destroy(self):
        self.connection.close()
        self.connection.creation._destroy_test_db(self.copy, verbosity=0)
