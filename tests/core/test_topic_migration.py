"""Topics moved from the network app to core without losing a row, a link or a permission."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# The last migrations before the move.
BEFORE = [
    ("network", "0002_news_assemblies_resources_contact"),
    ("members", "0005_generated_upload_names"),
    ("grants", "0003_generated_upload_names"),
    ("core", None),
]


def _migrate(targets=None):
    """Migrate to `targets`, by default to the latest migrations; the state's apps."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    state = executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return state.apps


@pytest.mark.django_db(transaction=True)
def test_a_topic_tagged_before_the_move_is_still_there_and_linked_after_it():
    from core.models import Topic
    from members.models import Hub, User

    content_type = ContentType.objects.get(app_label="core", model="topic")
    old = _migrate(BEFORE)
    assert ContentType.objects.get(pk=content_type.pk).app_label == "network"
    locale = old.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")[0]
    topic = old.get_model("network", "Topic").objects.create(
        name="Housing", slug="housing", locale_id=locale.pk
    )
    hub = old.get_model("members", "Hub").objects.create(
        name="Barrio Unido", slug="barrio-unido", city="Madrid", country="ES"
    )
    hub.topics.add(topic)
    editors = old.get_model("auth", "Group").objects.create(name="Topic editors")
    editors.permissions.add(
        old.get_model("auth", "Permission").objects.get(
            content_type_id=content_type.pk, codename="change_topic"
        )
    )

    _migrate()

    moved = Topic.objects.get(pk=topic.pk)
    assert moved.name == "Housing"
    assert [hub.name for hub in moved.hubs.all()] == ["Barrio Unido"]
    assert list(Hub.objects.get(pk=hub.pk).topics.all()) == [moved]
    assert ContentType.objects.get_for_model(Topic).pk == content_type.pk
    assert not ContentType.objects.filter(app_label="network", model="topic").exists()
    editor = User.objects.create_user("editor@example.org", "a-long-pass-phrase-2026")
    editor.groups.add(editors.pk)
    assert editor.has_perm("core.change_topic")
