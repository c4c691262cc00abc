"""Home pages, standard pages, and a whole small site in every language built from them."""

from types import SimpleNamespace
from urllib.parse import urlsplit

import wagtail_factories
from django.conf import settings
from wagtail.models import Collection, Page, Site, WorkflowPage

from core.demo import ensure_locales, site_root_page
from home.models import FooterText, HomePage, SiteSettings, SocialLink, StandardPage
from network.editorial import EDITORS, ensure_editorial_groups
from network.moderation import MODERATORS, ensure_moderation

from .members import UserFactory
from .pages import PublishedPageFactory, translate_page

# What the test site says in each language; tests assert on these, not on the demo's texts.
SITE_TEXTS = {
    "en": ("Neighbours in Common", "Who we are", "Equals among equals", "Side by side."),
    "es": ("Vecindades en Común", "Quiénes somos", "Iguales entre iguales", "Codo con codo."),
    "fr": ("Voisinages en Commun", "Qui nous sommes", "Égaux entre égaux", "Coude à coude."),
    "pt": ("Vizinhanças em Comum", "Quem somos", "Iguais entre iguais", "Lado a lado."),
    "ar": ("جيران مشتركون", "من نحن", "متساوون بين متساوين", "جنبًا إلى جنب."),
}
HERO_ALT = "Coloured circles side by side"
SITE_NAME = "Neighbours in Common"


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "home"


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = "About"
    slug = "about"
    show_in_menus = True


def _about_body(heading, quote):
    return [
        {"type": "heading", "value": {"text": heading, "level": "h2"}},
        {"type": "quote", "value": {"quote": quote, "attribution": ""}},
    ]


def _call_to_action(page):
    return [
        {
            "type": "call_to_action",
            "value": {"text": "Read more", "button_label": "About", "page": page.pk, "url": ""},
        }
    ]


def build_site():
    """The default site: a home page with a hero in every language (titles from SITE_TEXTS),
    an "about" page under each, a footer and site settings. Returns the Site, the one the
    database holds already if there is one: the test database starts with it (see
    `django_db_setup` in tests/conftest.py), so most tests only find it."""
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    existing = Site.objects.filter(is_default_site=True, root_page__in=home).first()
    return existing or _build_site()


def _build_site():
    locales = ensure_locales()
    root = site_root_page()
    for page in root.get_children().exact_type(Page):
        page.delete()  # Wagtail's "Welcome" page makes way for the home page.
    default = settings.LANGUAGE_CODE
    home_title, about_title, heading, quote = SITE_TEXTS[default]
    home = HomePageFactory(
        parent=root,
        title=home_title,
        hero_image=wagtail_factories.ImageFactory(
            title="Circles", collection=Collection.get_first_root_node()
        ),
        hero_alt=HERO_ALT,
        introduction="A network of neighbours.",
    )
    about = StandardPageFactory(
        parent=home, title=about_title, introduction=about_title, body=_about_body(heading, quote)
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name, site.root_page = SITE_NAME, home
    site.save()
    abouts = {default: about}
    for code in locales:
        if code != default:
            home_title, about_title, heading, quote = SITE_TEXTS[code]
            translate_page(home, code, title=home_title, slug=f"home-{code}")
            abouts[code] = translate_page(
                about, code, title=about_title, body=_about_body(heading, quote)
            )
    for code, about_page in abouts.items():
        # Read again: adding children changed the tree fields of the instances held so far.
        translated_home = HomePage.objects.get(locale=locales[code])
        translated_home.body = _call_to_action(about_page)
        translated_home.save_revision().publish()
    footer = FooterText.objects.create(locale=locales[default], body="<p>Together.</p>")
    for code, locale in locales.items():
        if code != default:
            footer.copy_for_translation(locale).save()
    site_settings = SiteSettings.for_site(site)
    site_settings.footer_text = footer
    site_settings.contact_email = "hello@example.org"
    site_settings.save()
    SocialLink.objects.create(
        settings=site_settings, name="Mastodon", url="https://social.example/@us"
    )
    return site


def editorial_team(site):
    """An editor and a moderator in Wagtail's editorial groups, with the moderation workflow
    over every page of `site`."""
    ensure_editorial_groups()
    WorkflowPage.objects.update_or_create(
        page=site.root_page, defaults={"workflow": ensure_moderation()}
    )
    return SimpleNamespace(
        editor=UserFactory(display_name="Noor Editor", groups=[EDITORS]),
        moderator=UserFactory(display_name="Jonas Moderator", groups=[MODERATORS]),
    )
