"""The resource library: reports, toolkits and training guides to download, per language."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from core.admin_input import DocumentChooser, register_snippet
from core.pages import IntroductionMixin

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

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("kind"),
        FieldPanel("document", widget=DocumentChooser),
        FieldPanel("topics"),
        FieldPanel("published"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("summary")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-published", "title"]

    def __str__(self):
        return self.title

    @property
    def file_type(self):
        return self.document.file_extension.upper()


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
