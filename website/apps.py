from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Site-wide pieces")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import navigation  # noqa: F401  (connects the cache-invalidation signals)
        from .caching import purge_page
        from .sitemaps import connect_signals

        connect_signals()

        for signal in (page_published, page_unpublished):
            signal.connect(purge_page, dispatch_uid=f"frontend-cache-{signal}")
