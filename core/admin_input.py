"""What the admin's forms do with ids its own pages never send (a word where a number
belongs): Wagtail looks them up as they are and fails with a 500; here they are "not found".

Imported by models, so it imports no admin views: the snippet viewset (core/snippets.py) is
named by its path. Rich text the editor cannot read: core/rich_text.py."""

from django.core.exceptions import ValidationError
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.snippets.models import register_snippet as register_with_viewset

# What Django raises when a value cannot be an id of the model's primary key.
MALFORMED_ID = (ValueError, TypeError, ValidationError)


def register_snippet(model):
    """Registers `model` as a snippet whose chooser answers an id that is no id with 404."""
    return register_with_viewset(model, viewset="core.snippets.SnippetViewSet")


class DocumentChooser(AdminDocumentChooser):
    """Wagtail's document chooser, showing nothing chosen when the posted id is no id (the
    form field has already refused it)."""

    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except MALFORMED_ID:
            return None
