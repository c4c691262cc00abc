"""The StreamField blocks every page body shares: headings, text, images, quotes, calls to
action, embeds and timelines. Each block renders through a template in templates/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from core.localization import in_language


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 or 3, so the page outline stays correct."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or group it comes from."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with one button, to a page of the site or another address."""

    text = blocks.CharBlock(label=_("Text"), max_length=300)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("page") and not cleaned.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return cleaned

    def get_context(self, value, parent_context=None):
        """`target`: the chosen page in the language of the page showing the block. A
        translation's block names the page its source chose (wagtail-localize keeps chosen
        pages as they are), so a reader follows it to their language's version when there is
        one; no query when the languages already match."""
        context = super().get_context(value, parent_context)
        target, page = value.get("page"), (parent_context or {}).get("page")
        if target is not None and page is not None and target.locale_id != page.locale_id:
            target = in_language(target, page.locale.language_code)
        context["target"] = target
        return context


class FigureBlock(blocks.StructBlock):
    """One number that tells a phase at a glance: 22 participants, 6 months."""

    number = blocks.IntegerBlock(label=_("Number"), min_value=0)
    label = blocks.CharBlock(label=_("What it counts"), max_length=80)

    class Meta:
        icon = "order"
        label = _("Figure")


class PhaseBlock(blocks.StructBlock):
    """A phase of a process: when, what happened, its figures and the report that tells it."""

    period = blocks.CharBlock(label=_("When"), max_length=60)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("What happened"))
    figures = blocks.ListBlock(FigureBlock(), label=_("Figures"), min_num=0)
    report = DocumentChooserBlock(label=_("Report"), required=False)

    class Meta:
        icon = "date"
        label = _("Phase")


class TimelineBlock(blocks.StructBlock):
    """A section heading over the phases of a process, in order (the network's story, a
    campaign's steps)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    phases = blocks.ListBlock(PhaseBlock(), label=_("Phases"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Timeline")
        template = "blocks/timeline_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(label=_("Embed"), template="blocks/embed_block.html")
    timeline = TimelineBlock()
