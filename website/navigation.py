"""The parts of every page that change only when editors publish: each language's home, the
main menu and the footer, a page's translations, the choices of the lists' filters. Built once,
kept in the cache, and dropped whenever a page is published, moved or deleted, a page's
privacy, a topic or the site settings change."""

from urllib.parse import urljoin

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import Topic
from core.pages import public
from core.published import invalidate, remembered
from home.models import FooterText, SiteSettings, SocialLink

for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(invalidate, dispatch_uid=f"navigation-{signal}")
post_delete.connect(invalidate, sender=Page, dispatch_uid="navigation-page-delete")
for model in (SiteSettings, FooterText, SocialLink, Topic, PageViewRestriction):
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
            for item in public(home.get_children().live().in_menu()).order_by("path")
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
            request._site_chrome = remembered(f"site:{site.pk}", lambda: _build(site, request))
    return request._site_chrome


def public_url(request, path):
    """`path` (or an address already absolute) on the one host every public address names:
    canonical, og:url, hreflang and sitemaps all use the Site record's, as Wagtail's page URLs do,
    whatever host the request came through."""
    site = Site.find_for_request(request)
    return urljoin(site.root_url, path) if site else request.build_absolute_uri(path)
