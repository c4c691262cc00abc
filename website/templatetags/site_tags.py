"""Template tags for the pieces every page carries: the main menu, the language switcher,
hreflang alternates and the footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from core.localization import pick_language
from core.pages import public
from core.published import remembered
from website.navigation import public_url, site_chrome

register = template.Library()


def _translation_urls(request, page):
    """The addresses of a page's live, public translations (itself included), keyed by
    language code; they change only when editors publish."""

    def build():
        translations = public(page.get_translations(inclusive=True).live()).select_related("locale")
        return {version.locale.language_code: version.get_url(request) for version in translations}

    site = Site.find_for_request(request)
    return remembered(f"translations:{site and site.pk}:{page.translation_key}", build)


def _sub_path(request, page):
    """The routable sub-page this request shows (`decisions/`, `calendar/`), or "" for the page
    itself: each translation has the same routes, so every language's address keeps it."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not hasattr(page, "reverse_subpage"):
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs).lstrip("/")


def _language_links(context):
    """For every configured language, where its link goes and whether that is a translation
    of this very page. Computed once per request; hreflang and the switcher share it."""
    request = context["request"]
    if hasattr(request, "_language_links"):
        return request._language_links
    page = context.get("page")
    is_page = isinstance(page, Page)
    translations = _translation_urls(request, page) if is_page else {}
    sub_path = _sub_path(request, page) if is_page else ""
    homes = site_chrome(request)["homes"]
    links = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            url, is_translation = translations[code] + sub_path, True
        elif is_page:
            url, is_translation = homes.get(code), False
        else:
            url, is_translation = translate_url(request.get_full_path(), code), True
        if url:
            info = get_language_info(code)
            links.append(
                {
                    "code": code,
                    "name": info["name_local"],
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
        {"code": link["code"], "url": public_url(request, link["url"])}
        for link in _language_links(context)
        if link["is_translation"]
    ]
    default = next((a for a in alternates if a["code"] == settings.LANGUAGE_CODE), None)
    return {"alternates": alternates, "x_default": default["url"] if default else None}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute address of this page (with its routable sub-page), without its query
    string."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        return public_url(request, page.get_url(request) + _sub_path(request, page))
    return public_url(request, request.path)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages marked "show in menus" under the active language's home."""
    return pick_language(site_chrome(context["request"])["menus"], get_language()) or []


@register.simple_tag(takes_context=True)
def localized_home_url(context):
    """The address of the active language's home page."""
    return pick_language(site_chrome(context["request"])["homes"], get_language()) or "/"


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer: translated footer text, contact address and social links."""
    chrome = site_chrome(context["request"])
    return {
        "footer_text": pick_language(chrome["footers"], get_language()),
        "contact_email": chrome["contact_email"],
        "social_links": chrome["social_links"],
    }


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, so pagination keeps filters."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
