"""Rich text in the admin's forms: Wagtail's Draftail editor reads what is posted as the JSON
its script sends and fails with a 500 on anything else. Here such content is an error on the
field, shown with the form. The editor is set in settings (WAGTAILADMIN_RICH_TEXT_EDITORS),
the form field for every RichTextField in CoreConfig.ready."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text import DraftailRichTextArea


class UnreadableRichText(str):
    """Posted rich text the editor could not have sent, kept as escaped text to show again."""


class RichTextArea(DraftailRichTextArea):
    """Wagtail's Draftail editor; what it cannot read as its content comes back marked
    unreadable, for RichTextFormField to refuse."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            return UnreadableRichText(escape(data.get(name, "")))


class RichTextFormField(forms.CharField):
    """The admin's form field of every RichTextField: refuses unreadable content."""

    def clean(self, value):
        if isinstance(value, UnreadableRichText):
            raise ValidationError(
                _("This text could not be read. Please type it again."), code="unreadable"
            )
        return super().clean(value)
