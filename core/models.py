"""Topics: the themes that tag news, assemblies, resources, hubs and grant rounds. They sit
below every app, which may all tag things with them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from .admin_input import register_snippet


@register_snippet
class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A theme the network works on (housing, food, climate…), tagging news, assemblies, hubs
    and grant rounds. Translated with wagtail-localize like any snippet."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # Autocomplete: editors find a topic in the admin's chooser by the start of a word.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        # The table of the network app, where topics were first defined.
        db_table = "network_topic"
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class DemoRecord(models.Model):
    """What `load_demo` last wrote to one of its pages, so that running it again leaves alone
    the pages whose demo content has not changed and that nobody has edited since: a digest of
    the values of each part it writes (the page's fields, the rows of a relation), and the
    latest revision of the page in each language after it wrote them (core/demo.py)."""

    translation_key = models.UUIDField(unique=True)
    digests = models.JSONField(default=dict)  # part written → digest of the values written
    revisions = models.JSONField(default=dict)  # language code → latest revision's id

    def __str__(self):
        return f"demo page {self.translation_key}"
