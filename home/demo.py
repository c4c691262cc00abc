"""Demo content for the home app: a home page and a few standard pages in all five languages
(the network's story among them), the footer and site settings."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from core.demo import (
    ensure_locales,
    list_items,
    make_picture,
    publish_in_all_languages,
    site_root_page,
    translate,
)

from .demo_data.pages import FOOTER, HOME, STANDARD_PAGES
from .demo_data.story import STORY, STORY_SLUG
from .models import FooterText, HomePage, SiteSettings, SocialLink, StandardPage


def page_body(heading, paragraph, quote, attribution, cta_text, cta_label, cta_page=None):
    """A StreamField body in the shared blocks' raw form."""
    blocks = [
        {"type": "heading", "value": {"text": heading, "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{paragraph}</p>"},
        {"type": "quote", "value": {"quote": quote, "attribution": attribution}},
    ]
    if cta_page is not None:
        blocks.append(
            {
                "type": "call_to_action",
                "value": {
                    "text": cta_text,
                    "button_label": cta_label,
                    "page": cta_page.pk,
                    "url": "",
                },
            }
        )
    return blocks


def _home_pages():
    root = site_root_page()
    hero = make_picture("People gathered in a square", seed=7)
    content = {
        code: {
            "title": text["title"],
            "slug": "home" if code == "en" else f"home-{code}",
            "hero_alt": text["hero_alt"],
            "introduction": text["introduction"],
        }
        for code, text in HOME.items()
    }
    for page in root.get_children().exact_type(Page):
        # Wagtail's "Welcome" page (and the site pointing at it) makes way for the real home.
        page.delete()
    homes = publish_in_all_languages(root, HomePage, "home", content, hero_image=hero)
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = address.hostname
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name = "Solidarity Network"
    site.root_page = homes["en"]
    site.save()
    return homes


def _standard_pages(homes):
    pages = {}
    for slug, languages in STANDARD_PAGES.items():
        content = {}
        for code, text in languages.items():
            content[code] = {
                "title": text.title,
                "introduction": text.introduction,
                "show_in_menus": True,
                "body": page_body(
                    text.heading, text.paragraph, text.quote, text.attribution, "", ""
                ),
            }
        pages[slug] = publish_in_all_languages(homes["en"], StandardPage, slug, content)
    return pages


def _story_body(text, reports):
    """The story page's body: the timeline of phases (each with its report from `reports`,
    {phase position: document}, where there is one) and what enables solidarity."""
    phases = list_items(
        {
            "period": phase.period,
            "title": phase.title,
            "text": phase.text,
            "figures": list_items(
                {"number": number, "label": label} for number, label in phase.figures
            ),
            "report": reports[position].pk if position in reports else None,
        }
        for position, phase in enumerate(text.phases)
    )
    elements = "".join(f"<li>{element}</li>" for element in text.elements)
    return [
        {"type": "timeline", "value": {"heading": text.timeline_heading, "phases": phases}},
        {"type": "heading", "value": {"text": text.elements_heading, "level": "h2"}},
        {
            "type": "paragraph",
            "value": f"<p>{text.elements_introduction}</p><ul>{elements}</ul><p>{text.reports}</p>",
        },
    ]


def _story(home, reports=None):
    content = {
        code: {
            "title": text.title,
            "introduction": text.introduction,
            "show_in_menus": True,
            "body": _story_body(text, (reports or {}).get(code, {})),
        }
        for code, text in STORY.items()
    }
    return publish_in_all_languages(home, StandardPage, STORY_SLUG, content)


def link_phase_reports(home, reports):
    """Link each phase of the story page under `home` to its report: `reports` maps language
    code, then the phase's position, to a document (the network's demo makes them)."""
    _story(home, reports)


def _home_bodies(about):
    """Each home's body, its call to action leading to the about page (each language's home
    links to the source's, which the block shows in the reader's language)."""
    body = {
        code: {
            "body": page_body(
                text["heading"],
                text["paragraph"],
                text["quote"],
                text["attribution"],
                text["cta_text"],
                text["cta_label"],
                cta_page=about[settings.LANGUAGE_CODE],
            )
        }
        for code, text in HOME.items()
    }
    publish_in_all_languages(site_root_page(), HomePage, "home", body)


def _footer_and_settings(homes):
    locales = ensure_locales()
    source = FooterText.objects.filter(locale=locales["en"]).first()
    if source is None:
        source = FooterText.objects.create(locale=locales["en"], body=f"<p>{FOOTER['en']}</p>")
    source.body = f"<p>{FOOTER['en']}</p>"
    source.save()
    translate(
        source, {code: {"body": f"<p>{FOOTER[code]}</p>"} for code in locales if code != "en"}
    )
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.footer_text = source
    site_settings.contact_email = "hello@solidarity.example"
    site_settings.save()
    if not site_settings.social_links.exists():
        SocialLink.objects.create(
            settings=site_settings, name="Mastodon", url="https://social.example/@solidarity"
        )


def load(stdout):
    """Home pages, standard pages (the story among them), footer and settings."""
    homes = _home_pages()
    pages = _standard_pages(homes)
    # Published without its reports the first time only: the network's demo links them.
    story = StandardPage.objects.child_of(homes["en"]).filter(slug=STORY_SLUG).first()
    pages["story"] = story or _story(homes["en"])
    _home_bodies(pages["about"])
    _footer_and_settings(homes)
    stdout.write(f"Home and {len(pages)} standard pages in {len(homes)} languages.")
