"""The grants stories read their messages in English (`grant_round` and `people` are in
tests/conftest.py, shared with the browser tests)."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_by_default():
    """Domain messages are asserted in English; a request in another test may have left
    another language active in this thread."""
    with translation.override("en"):
        yield
