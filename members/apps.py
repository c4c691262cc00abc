from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members and hubs")

    def ready(self):
        from .feed import connect_signals

        connect_signals()
