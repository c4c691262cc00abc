import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_by_default():
    """Messages are asserted in English; a request in another test may have left another
    language active in this thread."""
    with translation.override("en"):
        yield
