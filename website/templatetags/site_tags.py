"""Template tags for the pieces every page carries: the main menu, the language switcher,
hreflang alternates and the footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from home.models import SiteSettings

register = template.Library()


def _site_root(request):
    """The site's root page (the default language's home), looked up once per request."""
    if not hasattr(request, "_site_root"):
        site = Site.find_for_request(request)
        request._site_root = site.root_page if site else None
    return request._site_root


def _live_homes(request):
    """The live home page of each language, keyed by language code, once per request."""
    if not hasattr(request, "_live_homes"):
        root = _site_root(request)
        homes = {}
        if root is not None:
            for home in (
                Page.objects.filter(translation_key=root.translation_key)
                .live()
                .select_related("locale")
            ):
                homes[home.locale.language_code] = home
        request._live_homes = homes
    return request._live_homes


def _live_translations(page):
    """Live, public translations of a page (itself included), keyed by language code."""
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {translation.locale.language_code: translation for translation in translations}


def _language_links(context):
    """For every configured language, where its link should go and whether it is the page's
    own translation. Computed once per request and shared by hreflang and the switcher."""
    request = context["request"]
    if hasattr(request, "_language_links"):
        return request._language_links
    page = context.get("page")
    translations = _live_translations(page) if isinstance(page, Page) else {}
    homes = _live_homes(request)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if code in translations:
            url, is_translation = translations[code].get_url(request), True
        elif isinstance(page, Page):
            home = homes.get(code)
            url, is_translation = (home.get_url(request) if home else None), False
        else:
            url, is_translation = translate_url(request.get_full_path(), code), True
        if url:
            links.append(
                {
                    "code": code,
                    "name": info["name_local"],
                    "bidi": info["bidi"],
                    "url": url,
                    "is_translation": is_translation,
                    "is_current": code == get_language(),
                }
            )
    request._language_links = links
    return links


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in every language (or that language's home)."""
    return {"languages": _language_links(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """`<link rel=alternate hreflang>` for each live translation, plus x-default."""
    request = context["request"]
    alternates = [
        {"code": link["code"], "url": request.build_absolute_uri(link["url"])}
        for link in _language_links(context)
        if link["is_translation"]
    ]
    default = next((a for a in alternates if a["code"] == settings.LANGUAGE_CODE), None)
    return {"alternates": alternates, "x_default": default["url"] if default else None}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute address of this page, without query string noise for Wagtail pages."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        return page.get_full_url(request)
    return request.build_absolute_uri(request.path)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages marked "show in menus" under the active language's home."""
    request = context["request"]
    home = _live_homes(request).get(get_language()) or _live_homes(request).get(
        settings.LANGUAGE_CODE
    )
    if home is None:
        return []
    menu = list(home.get_children().live().public().in_menu().order_by("path"))
    return [{"title": item.title, "url": item.get_url(request)} for item in menu]


@register.simple_tag(takes_context=True)
def localized_home_url(context):
    """The address of the active language's home page."""
    request = context["request"]
    homes = _live_homes(request)
    home = homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)
    return home.get_url(request) if home else "/"


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer: translated footer text, contact address and social links."""
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    footer_text = None
    if site_settings.footer_text_id:
        footer = site_settings.footer_text
        footer_text = footer.get_translation_or_none(Locale.get_active()) or footer
    return {
        "footer_text": footer_text,
        "contact_email": site_settings.contact_email,
        "social_links": list(site_settings.social_links.all()),
        "request": request,
    }


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, so pagination keeps filters."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
