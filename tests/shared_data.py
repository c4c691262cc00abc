"""Data made once for a whole test module, for suites whose set-up dominates their tests."""


def shared_by_the_module(django_db_blocker, media_root, make):
    """For a module-scoped fixture (`yield from`): data that a module's tests share, made once
    by `make()` inside a transaction that each test's own transaction nests in (as a
    savepoint), and rolled back after the module's last test so that no other module sees it.
    Only for tests that are not transactional. Every test of the module after the first that
    asks for such a fixture sees the data too, so a module asks for it in all its tests."""
    from django.db import transaction
    from django.test import override_settings

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
    try:
        with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
            made = make()
        yield made
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
