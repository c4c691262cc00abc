"""News and assembly sections, their pages, and proposals to assemblies."""

import datetime
from dataclasses import dataclass

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.models import HomePage
from network.models import (
    AssemblyIndexPage,
    AssemblyPage,
    NewsIndexPage,
    NewsPage,
    Proposal,
    Resource,
    ResourceLibraryPage,
)
from network.models.contact import ContactFormField, ContactPage

from .members import UserFactory
from .pages import PublishedPageFactory, translate_page


class NewsIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class AssemblyIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = AssemblyIndexPage

    title = "Assemblies"
    slug = "assemblies"


class NewsPageFactory(PublishedPageFactory):
    """A news item dated `days_ago` days before today."""

    class Meta:
        model = NewsPage

    class Params:
        days_ago = 0

    title = factory.Sequence(lambda n: f"Story {n}")
    date = factory.LazyAttribute(
        lambda page: timezone.localdate() - datetime.timedelta(days=page.days_ago)
    )
    introduction = factory.LazyAttribute(lambda page: f"What happened: {page.title}.")


class AssemblyPageFactory(PublishedPageFactory):
    """An assembly starting `starts_in` from now (a month by default), lasting `hours` hours."""

    class Meta:
        model = AssemblyPage

    class Params:
        starts_in = datetime.timedelta(days=30)
        hours = 3

    title = factory.Sequence(lambda n: f"Assembly {n}")
    start = factory.LazyAttribute(
        lambda page: timezone.now().replace(microsecond=0) + page.starts_in
    )
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=page.hours))
    introduction = factory.LazyAttribute(lambda page: f"Come to {page.title}.")


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    assembly = factory.SubFactory(AssemblyPageFactory)
    author = factory.SubFactory(UserFactory)
    title = "Share our kitchens"
    text = "Let us."


class ResourceFactory(factory.django.DjangoModelFactory):
    """An English report of the resource library, published a month ago."""

    class Meta:
        model = Resource

    title = factory.Sequence(lambda n: f"Report {n}")
    summary = "What the hubs learned this year."
    document = factory.SubFactory(
        wagtail_factories.DocumentFactory, title=factory.SelfAttribute("..title")
    )
    published = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))


def translate_resource(resource, language, **fields):
    """Save a translation of `resource` in `language` with `fields` changed."""
    translated = resource.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


@dataclass
class Sections:
    news: object
    assemblies: object


INDEX_TITLES = {
    "news": {"en": "News", "es": "Noticias", "ar": "الأخبار"},
    "assemblies": {"en": "Assemblies", "es": "Asambleas", "ar": "الجمعيات"},
}


def build_sections():
    """News and assembly index pages under the English home, translated into every language."""
    home = HomePage.objects.get(locale__language_code="en")
    pages = {}
    for slug, page_factory in (
        ("news", NewsIndexPageFactory),
        ("assemblies", AssemblyIndexPageFactory),
    ):
        page = page_factory(parent=home)
        for locale in Locale.objects.exclude(language_code="en"):
            title = INDEX_TITLES[slug].get(locale.language_code, page.title)
            translate_page(page, locale.language_code, title=title)
        pages[slug] = page
    return Sections(**pages)


def add_contact_page():
    """The English contact page under the home page: name, email and message, all required."""
    home = HomePage.objects.get(locale__language_code="en")
    page = ContactPage(
        title="Contact",
        slug="contact",
        to_address="team@example.org",
        from_address="site@example.org",
        subject="Hello",
    )
    home.add_child(instance=page)
    for number, (label, kind) in enumerate(
        [("Your name", "singleline"), ("Your email", "email"), ("Message", "multiline")]
    ):
        ContactFormField.objects.create(
            page=page,
            sort_order=number,
            label=label,
            field_type=kind,
            required=True,
            locale=page.locale,
        )
    page.save_revision().publish()
    return page


def pdf_document(title, content=b"%PDF-1.4 test file"):
    """A Wagtail document `<title>.pdf` holding `content`."""
    document = get_document_model()(title=title)
    document.file.save(f"{title}.pdf", ContentFile(content), save=False)
    document.save()
    return document


def add_resource_library(languages):
    """The resource library under the English home, translated into `languages`."""
    home = HomePage.objects.get(locale__language_code="en")
    page = ResourceLibraryPage(title="Resources", slug="resources")
    home.add_child(instance=page)
    page.save_revision().publish()
    for code in languages:
        page.copy_for_translation(Locale.objects.get(language_code=code)).save_revision().publish()
    return page
