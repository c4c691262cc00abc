"""Factories for the network stories: members, topics, news items, assemblies."""

import datetime
from dataclasses import dataclass

import factory
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.utils import timezone
from wagtail.models import Locale

from core.models import Topic
from home.models import HomePage
from members.models import User
from network.models import (
    AssemblyIndexPage,
    AssemblyPage,
    ContactFormField,
    ContactPage,
    NewsIndexPage,
    NewsPage,
    Proposal,
)

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.django.Password("pass-for-tests")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


def translate_topic(topic, language, name):
    """The topic in another language (same translation key)."""
    translated = topic.copy_for_translation(Locale.objects.get(language_code=language))
    translated.name = name
    translated.slug = f"{topic.slug}-{language}"
    translated.save()
    return translated


def add_news(index, title, *, days_ago=0, topics=(), **fields):
    page = NewsPage(
        title=title,
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        introduction=fields.pop("introduction", f"What happened: {title}."),
        **fields,
    )
    index.add_child(instance=page)
    page.topics.set(topics)
    page.save_revision().publish()
    return page


def add_assembly(index, title, *, starts_in=datetime.timedelta(days=30), hours=3, **fields):
    start = timezone.now().replace(microsecond=0) + starts_in
    page = AssemblyPage(
        title=title,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        introduction=fields.pop("introduction", f"Come to {title}."),
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_page(page, language, **fields):
    """Publish a translation of `page` (and its parents if needed) in `language`."""
    translated = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    ).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return type(translated).objects.get(pk=translated.pk)


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


def add_proposal(assembly, author, title="Share our kitchens", **fields):
    return Proposal.objects.create(
        assembly=assembly, author=author, title=title, text=fields.pop("text", "Let us."), **fields
    )


def staff_member(email, **fields):
    """Network staff with the authenticator app staff must have to use the admin."""
    person = MemberFactory(email=email, is_staff=True, **fields)
    Authenticator.objects.create(
        user=person, type=Authenticator.Type.TOTP, data={"secret": encrypt(TOTP_SECRET)}
    )
    return person


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
    for slug, page_class in (("news", NewsIndexPage), ("assemblies", AssemblyIndexPage)):
        page = page_class(title=INDEX_TITLES[slug]["en"], slug=slug)
        home.add_child(instance=page)
        page.save_revision().publish()
        for locale in Locale.objects.exclude(language_code="en"):
            title = INDEX_TITLES[slug].get(locale.language_code, page.title)
            translate_page(page, locale.language_code, title=title)
        pages[slug] = page
    return Sections(**pages)
