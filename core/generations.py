"""Cache generations: a token in the cache that changes whenever some data changes, so that
everything cached under keys naming the token is dropped at once. A new token is random rather
than a counter: if the token alone is evicted, a restarted count could name old entries."""

import uuid

from django.core.cache import cache
from django.db import transaction


class Generation:
    """The current token for one kind of data (`name`), and `bump` to start a new one; `bump`
    takes and ignores a signal's arguments so it can be connected to signals directly."""

    def __init__(self, name):
        self.key = f"generation:{name}"

    def current(self):
        return cache.get_or_set(self.key, uuid.uuid4().hex, None)

    def bump(self, **kwargs):
        """A new token at once, for readers in the same transaction, and again after commit:
        a reader that built from the data as it was before the commit must not keep it."""
        self._renew()
        transaction.on_commit(self._renew)

    def _renew(self):
        cache.set(self.key, uuid.uuid4().hex, None)
