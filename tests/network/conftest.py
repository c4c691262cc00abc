"""The network stories start with no rate-limit counters (`sections`, `member` and
`other_member` are in tests/conftest.py, shared with the browser tests)."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache: each story starts with none."""
    cache.clear()
    yield
    cache.clear()
