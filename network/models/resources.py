"""The resource library: reports, toolkits and training guides to download, per language."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from core.admin_input import DocumentChooser, register_snippet
from core.pages import IntroductionMixin
from network.documents import format_file_size, page_count

RESOURCES_PER_PAGE = 20


@register_snippet
class Resource(TranslatableMixin, index.Indexed, ClusterableModel):
    """A document the network shares. Each translation may point to its own file; a resource
    not yet translated is listed with the version that exists."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        TOOLKIT = "toolkit", _("Toolkit")
        TRAINING = "training", _("Training guide")

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REPORT)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    topics = ParentalManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    published = models.DateField(_("published"))
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("kind"),
        FieldPanel("document", widget=DocumentChooser),
        FieldPanel("topics"),
        FieldPanel("published"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        # Editors find a resource in the admin's chooser by the start of a word.
        index.AutocompleteField("title"),
        # What the site search narrows to one version per translation (core.localization).
        index.FilterField("id"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-published", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Counted when saved, so the library's cards never open the file to show it.
        self.page_count = page_count(self.document.file)
        super().save(*args, **kwargs)

    @property
    def file_type(self):
        return self.document.file_extension.upper()

    @property
    def file_size(self):
        """The document's size in the active language's units and digits."""
        return format_file_size(self.document.get_file_size() or 0)

    @property
    def language_name(self):
        """The name of the resource's language in the active language."""
        return translation.get_language_info(self.locale.language_code)["name_translated"]


@receiver(post_save, sender=get_document_model())
def count_pages_of_replaced_document(sender, instance, **kwargs):
    """A document replaced in the admin is counted again for the resources that offer it."""
    Resource.objects.filter(document=instance).update(page_count=page_count(instance.file))


class ResourceLibraryPage(IntroductionMixin, Page):
    """Lists the network's resources in the active language, filterable by topic, kind and
    the language of the document."""

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        from network.filters import ResourceFilter

        context = super().get_context(request, *args, **kwargs)
        resources = Resource.objects.select_related("locale", "document").prefetch_related("topics")
        filterset = ResourceFilter(request.GET, queryset=resources, request=request)
        context["filter"] = filterset
        context["page_obj"] = Paginator(filterset.qs, RESOURCES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context
