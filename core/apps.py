from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared base below the apps: money and date formatting every app may import.
    It imports no other app of the project."""

    name = "core"
    verbose_name = _("Core")
