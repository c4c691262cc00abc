"""The worker's test database as the site leaves it, copied once, and put back after every
transactional test in place of Django's flush.

A transactional test (a live server's, a browser's) commits what it writes, so Django empties
every table after it, and the next test had to build the site again: two seconds on an idle
machine, for each of about sixty tests, each time. Putting the copy back costs SQLite's backup
API or PostgreSQL's `CREATE DATABASE … TEMPLATE`, and leaves the database exactly as every
other test finds it (sequences included)."""

import contextlib
import sqlite3

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
        """The database as the copy has it. This thread's connections are closed first; on
        PostgreSQL, those of other threads too (a live server's: they reconnect, see
        `conn_health_checks`)."""
        name = self.connection.settings_dict["NAME"]
        connections.close_all()
        if self.connection.vendor == "sqlite":
            # Through SQLite's backup API, page by page into the same file: a connection a
            # live server's thread keeps open (CONN_MAX_AGE) then reads the copy as well.
            source, target = sqlite3.connect(self.copy), sqlite3.connect(name)
            with contextlib.closing(source), contextlib.closing(target):
                source.backup(target)
            return
        quote = self.connection.ops.quote_name
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE {quote(name)} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(self.copy)}")

    def destroy(self):
        self.connection.close()
        self.connection.creation._destroy_test_db(self.copy, verbosity=0)
