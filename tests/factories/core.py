"""Topics, shared by hubs, news, assemblies and resources."""

import factory
from wagtail.models import Locale

from core.models import Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


def translate_topic(topic, language, name):
    """The topic in another language (same translation key)."""
    translated = topic.copy_for_translation(Locale.objects.get(language_code=language))
    translated.name = name
    translated.slug = f"{topic.slug}-{language}"
    translated.save()
    return translated
