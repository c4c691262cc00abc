"""The project's snippet viewset: Wagtail's, whose chooser answers an id that is no id (a
word where a number belongs) with 404 instead of a 500. Registered through
core.admin_input.register_snippet."""

from wagtail.snippets.views.chooser import SnippetChooserViewSet as WagtailChooserViewSet
from wagtail.snippets.views.chooser import SnippetChosenView as WagtailChosenView
from wagtail.snippets.views.snippets import SnippetViewSet as WagtailSnippetViewSet

from .admin_input import MALFORMED_ID


class SnippetChosenView(WagtailChosenView):
    def get_object(self, pk):
        try:
            return super().get_object(pk)
        except MALFORMED_ID as error:
            # Wagtail's view answers "does not exist" with 404.
            raise self.model_class.DoesNotExist from error


class SnippetChooserViewSet(WagtailChooserViewSet):
    chosen_view_class = SnippetChosenView


class SnippetViewSet(WagtailSnippetViewSet):
    chooser_viewset_class = SnippetChooserViewSet
