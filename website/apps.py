from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Site-wide pieces")

    def ready(self):
        from django.db.models.signals import post_save, pre_delete
        from wagtail.signals import page_published, page_unpublished

        from members.models import Hub

        from . import navigation  # noqa: F401  (connects the signals that start a new generation of what publishing changes)
        from .caching import purge_hub, purge_page

        for signal in (page_published, page_unpublished):
            signal.connect(purge_page, dispatch_uid=f"frontend-cache-{signal}")
        # Before a deletion, while the pages naming the hub can still be found.
        for signal in (post_save, pre_delete):
            signal.connect(purge_hub, sender=Hub, dispatch_uid=f"frontend-cache-hub-{signal}")
