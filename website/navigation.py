"""The parts of every page that change only when editors publish: each language's home, the
main menu and the footer, a page's translations, the choices of the lists' filters, the lists
and their cards. Built once, kept in the cache, and dropped whenever a page is published, moved
or deleted, a page's privacy, a topic, a hub, an image, a site or its settings change."""

from urllib.parse import urljoin

from django.db.models import Q
from django.db.models.functions import Substr
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import Topic
from core.pages import public
from core.published import PUBLISHED, remembered
from home.models import FooterText, SiteSettings, SocialLink
from members.models import Hub

for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(PUBLISHED.bump, dispatch_uid=f"navigation-{signal}")
post_delete.connect(PUBLISHED.bump, sender=Page, dispatch_uid="navigation-page-delete")
for model in (Site, SiteSettings, FooterText, SocialLink, Topic, PageViewRestriction):
    post_save.connect(
        PUBLISHED.bump, sender=model, dispatch_uid=f"navigation-save-{model.__name__}"
    )
    post_delete.connect(
        PUBLISHED.bump, sender=model, dispatch_uid=f"navigation-del-{model.__name__}"
    )


@receiver(post_save, sender=Hub, dispatch_uid="navigation-save-hub")
def _hub_changed(instance, created, **kwargs):
    """A hub named on a kept card or page (as an assembly's host, in a story) changed: its
    name, or whether it is approved and so named at all (core.listings, {% kept %})."""
    if not created and (instance.hosted_assemblies.exists() or instance.news.exists()):
        PUBLISHED.bump()


@receiver(post_save, sender=get_image_model(), dispatch_uid="navigation-save-image")
def _image_changed(created, **kwargs):
    """An image edited (a new file, a new focal point): the kept cards showing it name
    renditions that are made anew. An image just uploaded is on no card yet."""
    if not created:
        PUBLISHED.bump()


post_delete.connect(PUBLISHED.bump, sender=Hub, dispatch_uid="navigation-del-hub")
post_delete.connect(PUBLISHED.bump, sender=get_image_model(), dispatch_uid="navigation-del-image")


def _homes_and_menus(site, request):
    """Each language's home address and menu (its live public children shown in menus), all
    read in one query."""
    root = site.root_page
    homes = Page.objects.live().filter(translation_key=root.translation_key, depth=root.depth)
    in_menus = (
        public(Page.objects.live().in_menu().filter(depth=root.depth + 1))
        .annotate(parent_path=Substr("path", 1, root.steplen * root.depth))
        .filter(parent_path__in=homes.values("path"))
    )
    pages = (
        Page.objects.filter(Q(pk__in=homes.values("pk")) | Q(pk__in=in_menus.values("pk")))
        .select_related("locale")
        .order_by("path")
    )
    by_path = {}
    for page in pages:
        if page.depth == root.depth:
            by_path[page.path] = (page, [])
        else:
            by_path[page.path[: len(root.path)]][1].append(
                {"title": page.title, "url": page.get_url(request)}
            )
    # In the order the versions were written, for `pick_language`.
    ordered = sorted(by_path.values(), key=lambda entry: entry[0].pk)
    homes = {home.locale.language_code: home.get_url(request) for home, _menu in ordered}
    menus = {home.locale.language_code: menu for home, menu in ordered}
    return homes, menus


def _build(site, request):
    """Homes, menus and footers of every language of one site, as plain data: mappings of
    language code to entry in the order the versions were written, for `pick_language`."""
    homes, menus = _homes_and_menus(site, request)
    # The links carry their settings (the contact address); without links, read the settings.
    links = list(SocialLink.objects.filter(settings__site=site).select_related("settings"))
    site_settings = links[0].settings if links else SiteSettings.for_site(site)
    footers = {}
    footer_keys = SiteSettings.objects.filter(site=site).values("footer_text__translation_key")
    for footer in (
        FooterText.objects.filter(translation_key__in=footer_keys)
        .select_related("locale")
        .order_by("pk")
    ):
        footers[footer.locale.language_code] = footer.body
    return {
        "homes": homes,
        "menus": menus,
        "footers": footers,
        "contact_email": site_settings.contact_email,
        "social_links": [{"name": link.name, "url": link.url} for link in links],
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
