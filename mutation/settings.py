"""Test settings for mutation runs: the test database is a file in the tree's copy that every
mutant's pytest reuses (`--reuse-db`), so no mutant pays for the migrations again. Each run
starts from a fresh copy of the database the migrations made (mutation/fresh_db.py)."""

from website.settings.test import *  # noqa: F403

MUTATION_DATABASES = BASE_DIR / ".mutation"  # noqa: F405

# As tests/conftest.py sets for the suite's own file database (live-server threads write
# while a test reads), with a fixed name so that it outlives one pytest session.
DATABASES["default"]["TEST"] = {"NAME": str(MUTATION_DATABASES / "test.sqlite3")}  # noqa: F405
DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
    transaction_mode="IMMEDIATE", timeout=30
)
