"""Demo content for the network: a dozen news items, four assemblies (two past with minutes
and decisions, two upcoming with proposals and registrations), a resource library and a
contact page in all five languages, the news and assemblies under the moderation workflow."""

import datetime
import uuid
import zoneinfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import WorkflowPage

from core.demo import (
    ensure_locales,
    ensure_topics,
    make_picture,
    person,
    publish_children,
    publish_in_all_languages,
)
from core.demo_data.people import EDITOR, MODERATOR
from home.demo import link_phase_reports, page_body
from home.demo_data.pages import PAGE_IN_MODERATION
from home.models import HomePage, StandardPage
from members.models import Hub

from .demo_data.assemblies import AGENDA, ASSEMBLIES, MEMBERS, MINUTES
from .demo_data.news import NEWS, NEWS_PARAGRAPH
from .demo_data.pages import CONTACT_FIELDS, INDEXES, THANK_YOU
from .demo_data.phase_reports import PHASE_REPORTS
from .demo_data.resources import RESOURCES, document_sections
from .documents import page_count
from .editorial import EDITORS, ensure_editorial_groups
from .models import (
    AssemblyIndexPage,
    AssemblyPage,
    ContactPage,
    NewsIndexPage,
    NewsPage,
    Proposal,
    Registration,
    Resource,
    ResourceLibraryPage,
)
from .moderation import MODERATORS, ensure_moderation
from .pdf import kept_pdf

DEMO_NAMESPACE = uuid.UUID("6f1c1f3e-7f5e-4d0e-9a55-0c3f1d2b7a10")


def demo_key(*parts):
    """A stable translation key, so every run and every language names the same object."""
    return uuid.uuid5(DEMO_NAMESPACE, "/".join(str(part) for part in parts))


def _index(home, page_class, key):
    content = {
        code: {"title": title, "introduction": intro}
        for code, (title, intro) in INDEXES[key].items()
    }
    for values in content.values():
        values["show_in_menus"] = True
    return publish_in_all_languages(home, page_class, key, content)


def _news(indexes, topics, hubs):
    today = timezone.localdate()
    for number, row in enumerate(NEWS):
        picture = make_picture(f"News: {row.texts['en'][0]}", seed=100 + number)
        fields = {
            code: {
                "title": title,
                "introduction": intro,
                "hero_alt": title,
                "topics": [topics[row.topic][code]],
                "body": [{"type": "paragraph", "value": f"<p>{NEWS_PARAGRAPH[code]}</p>"}],
            }
            for code, (title, intro) in row.texts.items()
        }
        publish_in_all_languages(
            indexes[settings.LANGUAGE_CODE],
            NewsPage,
            row.slug,
            fields,
            date=today - datetime.timedelta(days=row.days_ago),
            authors="Amina Haddad, Lucía Ortega",
            hero_image=picture,
            related_hubs=hubs[:2],
        )


EVENING_START = datetime.time(19)


def _agenda(code, start):
    items, minutes = [], 0
    for title, facilitator, duration in AGENDA[code]:
        moment = (
            datetime.datetime.combine(datetime.date.today(), start)
            + datetime.timedelta(minutes=minutes)
        ).time()
        items.append(
            {
                "type": "item",
                "value": {
                    "time": moment,
                    "title": title,
                    "facilitator": facilitator,
                    "duration": duration,
                },
            }
        )
        minutes += duration
    return items


def _assemblies(indexes, topics, hubs, members):
    now = timezone.now()
    for number, row in enumerate(ASSEMBLIES):
        # Assemblies meet in the evening where they are held.
        local_zone = zoneinfo.ZoneInfo(row.timezone)
        day = (now + datetime.timedelta(days=row.days_from_now)).astimezone(local_zone).date()
        start = datetime.datetime.combine(day, EVENING_START, tzinfo=local_zone)
        past = row.days_from_now < 0
        fields = {
            code: {
                "title": title,
                "introduction": intro,
                "hero_alt": title,
                "agenda": _agenda(code, EVENING_START),
                "topics": [topics[row.topic][code]],
                "minutes": MINUTES[code] if past else "",
            }
            for code, (title, intro) in row.texts.items()
        }
        pages = publish_in_all_languages(
            indexes[settings.LANGUAGE_CODE],
            AssemblyPage,
            row.slug,
            fields,
            start=start,
            end=start + datetime.timedelta(hours=row.hours),
            timezone=row.timezone,
            format=row.format,
            city=row.city,
            country=row.country,
            venue=row.venue,
            online_url=""
            if row.format == "in_person"
            else "https://meet.solidarity.example/assembly",
            capacity=row.capacity,
            attendee_count=140 - number * 30 if past else None,
            host_hubs=hubs[number % 2 : number % 2 + 1] if hubs else [],
            hero_image=make_picture(f"Assembly: {row.texts['en'][0]}", seed=200 + number),
        )
        source = pages[settings.LANGUAGE_CODE]
        proposals = _proposals(source, row.proposals, members)
        if past:
            _decisions(row, pages, proposals)
        else:
            _registrations(source, members)


def _proposals(source, rows, members):
    """The ideas members posted to the assembly in advance, by title; the members take turns
    as authors and support each other's approved ideas."""
    proposals = {}
    for number, row in enumerate(rows):
        author = members[number % len(members)]
        status = Proposal.Status.APPROVED if row.approved else Proposal.Status.PENDING
        proposal, _created = Proposal.objects.get_or_create(
            assembly=source,
            title=row.title,
            defaults={"author": author, "text": row.text, "status": status},
        )
        if row.approved:
            proposal.supporters.add(*[member for member in members if member != author])
        proposals[row.title] = proposal
    return proposals


def _decisions(assembly, pages, proposals):
    publish_children(
        pages[settings.LANGUAGE_CODE],
        "decisions",
        {
            code: [
                {
                    "text": row.texts[code],
                    "outcome": row.outcome,
                    "proposal": proposals[row.proposal],
                }
                for row in assembly.decisions
            ]
            for code in pages
        },
        key=lambda number: demo_key("decision", assembly.slug, number),
    )


def _registrations(source, members):
    for member in members:
        Registration.objects.get_or_create(
            assembly=source,
            email=member.email,
            defaults={
                "user": member,
                "name": member.display_name,
                "language": member.preferred_language,
                "status": Registration.Status.CONFIRMED,
                "confirmed_at": timezone.now(),
            },
        )


def _document(title, filename, code, summary):
    """The demo's PDF of a resource in language `code`, written anew where an older demo left
    a one-page stub."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first() or document_model(title=title)
    if document.pk is None or (page_count(document.file) or 0) < 2:
        content = kept_pdf(code, title, summary, document_sections(code))
        document.file.save(filename, ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def load_resources(topics):
    """The resource library's rows in each language, each with its PDF."""
    locales = ensure_locales()
    today = timezone.localdate()
    for number, row in enumerate([*RESOURCES, *PHASE_REPORTS.values()]):
        key = demo_key("resource", row.slug)
        for code, (title, summary) in row.texts.items():
            document = _document(title, f"{row.slug}-{code}.pdf", code, summary)
            resource = Resource.objects.filter(translation_key=key, locale=locales[code]).first()
            resource = resource or Resource(translation_key=key, locale=locales[code])
            resource.title, resource.summary, resource.kind = title, summary, row.kind
            resource.document = document
            resource.published = today - datetime.timedelta(days=30 * (number + 1))
            resource.save()
            resource.topics.set([topics[row.topic][code]])
            resource.save()


def _phase_reports(home):
    """The story page's phases link to their reports in the library, in each language where
    the report is translated and in the original elsewhere."""
    locales = ensure_locales()
    reports = {}
    for code, locale in locales.items():
        reports[code] = {}
        for position, row in PHASE_REPORTS.items():
            key = demo_key("resource", row.slug)
            resource = Resource.objects.filter(translation_key=key, locale=locale).first()
            resource = resource or Resource.objects.get(
                translation_key=key, locale=locales[settings.LANGUAGE_CODE]
            )
            reports[code][position] = resource.document
    link_phase_reports(home, reports)


def _contact(home):
    content = {
        code: {"title": title, "introduction": intro, "thank_you_text": THANK_YOU[code]}
        for code, (title, intro) in INDEXES["contact"].items()
    }
    pages = publish_in_all_languages(
        home,
        ContactPage,
        "contact",
        content,
        to_address="coordination@solidarity.example",
        from_address="noreply@solidarity.example",
        subject="Message from the website",
    )
    publish_children(
        pages[settings.LANGUAGE_CODE],
        "form_fields",
        {
            code: [
                {"label": label, "field_type": field_type, "required": True}
                for label, field_type in CONTACT_FIELDS[code]
            ]
            for code in pages
        },
        key=lambda number: demo_key("contact-field", number),
    )


def _workflow(sections):
    """Editors submit news and assembly pages; moderators approve them."""
    workflow = ensure_moderation()
    for pages in sections:
        for page in pages.values():
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def _editorial_team(home):
    """The editor and the moderator, and the editor's new English page waiting in moderation
    (submitted again on each run once the moderator has dealt with it)."""
    groups = ensure_editorial_groups()
    editor = person(EDITOR, groups=[groups[EDITORS]])
    moderator = person(MODERATOR, groups=[groups[MODERATORS]])
    if home.get_workflow() is None:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": ensure_moderation()})
    text = PAGE_IN_MODERATION
    page = StandardPage.objects.child_of(home).filter(slug="working-groups").first()
    if page is None:
        page = StandardPage(
            title=text.title,
            slug="working-groups",
            introduction=text.introduction,
            body=page_body(text.heading, text.paragraph, text.quote, text.attribution, "", ""),
            live=False,
            owner=editor,
        )
        home.add_child(instance=page)
    if not page.workflow_in_progress:
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
    return editor, moderator


def load(stdout):
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        stdout.write("network: no home page yet, skipped")
        return
    topics = ensure_topics()
    hubs = list(Hub.objects.filter(status=Hub.Status.APPROVED).order_by("pk")[:3])
    members = [person(row) for row in MEMBERS]
    news_indexes = _index(home, NewsIndexPage, "news")
    assembly_indexes = _index(home, AssemblyIndexPage, "assemblies")
    _index(home, ResourceLibraryPage, "resources")
    _news(news_indexes, topics, hubs)
    _assemblies(assembly_indexes, topics, hubs, members)
    load_resources(topics)
    _phase_reports(home)
    _contact(home)
    _workflow([news_indexes, assembly_indexes])
    editor, moderator = _editorial_team(home)
    stdout.write(
        "network: news, assemblies, resources and contact page ready; "
        f"{editor.email} has submitted a page that waits for {moderator.email} in moderation."
    )
