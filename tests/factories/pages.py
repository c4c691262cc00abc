"""The base of the page factories: pages published as an editor publishes them, and their
translations."""

import factory
import wagtail_factories
from wagtail.models import Locale


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added under `parent` and published with a first revision, as from the admin."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create:
            self.save_revision().publish()


def translate_page(page, language, **fields):
    """Publish a translation of `page` (and its parents if needed) in `language`."""
    translated = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    ).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return type(translated).objects.get(pk=translated.pk)
