"""Fixtures for the network stories: the demo home pages with a news section and an
assemblies section in every language."""

import pytest
from django.core.cache import cache

from .factories import MemberFactory, build_sections


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache: each story starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sections(home_site):
    """News and assembly index pages under the home page, translated into every language."""
    return build_sections()


@pytest.fixture
def member(db):
    return MemberFactory(email="ines@example.org", display_name="Inès", preferred_language="fr")


@pytest.fixture
def other_member(db):
    return MemberFactory(email="tomas@example.org", display_name="Tomás", preferred_language="es")
