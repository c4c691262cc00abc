"""pytest plugin of mutation runs (`-p mutation.fresh_db`): before the session, the test
database is replaced by the copy the migrations made once for the whole run, so a mutant never
sees rows that an earlier mutant's tests left behind (a test killed by the timeout, say)."""

import shutil

from django.conf import settings


def pytest_configure(config):
    folder = settings.MUTATION_DATABASES
    shutil.copyfile(folder / "template.sqlite3", folder / "test.sqlite3")
