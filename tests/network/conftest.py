"""Fixtures for the network stories: the demo home pages with a news section and an
assemblies section in every language."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from home.models import HomePage
from network.models import AssemblyIndexPage, NewsIndexPage

from .factories import MemberFactory, translate_page


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache: each story starts with none."""
    cache.clear()
    yield
    cache.clear()


@dataclass
class Sections:
    news: object
    assemblies: object


@pytest.fixture
def sections(home_site):
    """News and assembly index pages under the English home, translated into every language."""
    home = HomePage.objects.get(locale__language_code="en")
    news = NewsIndexPage(title="News", slug="news", introduction="What hubs are doing.")
    assemblies = AssemblyIndexPage(title="Assemblies", slug="assemblies")
    for page in (news, assemblies):
        home.add_child(instance=page)
        page.save_revision().publish()
        for locale in Locale.objects.exclude(language_code="en"):
            title = {"es": "Asambleas", "ar": "الجمعيات"}.get(locale.language_code, page.title)
            if page is news:
                title = {"es": "Noticias", "ar": "الأخبار"}.get(locale.language_code, page.title)
            translate_page(page, locale.language_code, title=title)
    return Sections(news=news, assemblies=assemblies)


@pytest.fixture
def member(db):
    return MemberFactory(email="ines@example.org", display_name="Inès", preferred_language="fr")


@pytest.fixture
def other_member(db):
    return MemberFactory(email="tomas@example.org", display_name="Tomás", preferred_language="es")
