"""The parts of every page that change only when editors publish: each language's home, the
main menu and the footer. Built once per site and language, kept in the cache, and dropped
whenever a page is published, moved or deleted or the site settings change."""

from urllib.parse import urljoin

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import FooterText, SiteSettings, SocialLink

GENERATION_KEY = "navigation:generation"
TIMEOUT = 60 * 60 * 24


def _generation():
    return cache.get_or_set(GENERATION_KEY, 1, None)


def invalidate(**kwargs):
    """Forget every cached menu and footer (they are rebuilt on the next request)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(invalidate, dispatch_uid=f"navigation-{signal}")
post_delete.connect(invalidate, sender=Page, dispatch_uid="navigation-page-delete")
for model in (SiteSettings, FooterText, SocialLink):
    post_save.connect(invalidate, sender=model, dispatch_uid=f"navigation-save-{model.__name__}")
    post_delete.connect(invalidate, sender=model, dispatch_uid=f"navigation-del-{model.__name__}")


def _build(site, request):
    """Homes, menus and footers of every language of one site, as plain data: mappings of
    language code to entry in the order the versions were written, for `pick_language`."""
    homes = {}
    menus = {}
    for home in (
        Page.objects.filter(translation_key=site.root_page.translation_key)
        .live()
        .select_related("locale")
        .order_by("pk")
    ):
        code = home.locale.language_code
        homes[code] = home.get_url(request)
        menus[code] = [
            {"title": item.title, "url": item.get_url(request)}
            for item in home.get_children().live().public().in_menu().order_by("path")
        ]
    site_settings = SiteSettings.for_site(site)
    footers = {}
    if site_settings.footer_text_id:
        translation_key = site_settings.footer_text.translation_key
        for footer in (
            FooterText.objects.filter(translation_key=translation_key)
            .select_related("locale")
            .order_by("pk")
        ):
            footers[footer.locale.language_code] = footer.body
    return {
        "homes": homes,
        "menus": menus,
        "footers": footers,
        "contact_email": site_settings.contact_email,
        "social_links": [
            {"name": link.name, "url": link.url} for link in site_settings.social_links.all()
        ],
    }


def site_chrome(request):
    """The cached navigation and footer data of the request's site (once per request)."""
    if not hasattr(request, "_site_chrome"):
        site = Site.find_for_request(request)
        if site is None:
            request._site_chrome = {
                "homes": {},
                "menus": {},
                "footers": {},
                "contact_email": "",
                "social_links": [],
            }
        else:
            key = f"navigation:{_generation()}:{site.pk}"
            data = cache.get(key)
            if data is None:
                data = _build(site, request)
                cache.set(key, data, TIMEOUT)
            request._site_chrome = data
    return request._site_chrome


def public_url(request, path):
    """`path` (or an address already absolute) on the one host every public address names:
    canonical, og:url, hreflang and sitemaps all use the Site record's, as Wagtail's page URLs do,
    whatever host the request came through."""
    site = Site.find_for_request(request)
    return urljoin(site.root_url, path) if site else request.build_absolute_uri(path)
