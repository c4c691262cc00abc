from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Site-wide pieces")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import navigation  # noqa: F401  (connects the signals that start a new generation of what publishing changes)
        from .caching import purge_page

        for signal in (page_published, page_unpublished):
            signal.connect(purge_page, dispatch_uid=f"frontend-cache-{signal}")
