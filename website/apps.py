from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Site-wide pieces")

    def ready(self):
        from . import navigation  # noqa: F401  (connects the cache-invalidation signals)
