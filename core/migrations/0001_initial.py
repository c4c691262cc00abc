"""Topic moves from the network app to core and keeps its table: the model is created in the
migration state only, and its content type is relabelled so snippet permissions, revisions
and wagtail-localize's translation sources keep pointing at it."""

import uuid

import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models


def relabel_content_type(apps, schema_editor, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label=old, model="topic").exists():
        # A row under the new label can only be an empty one made after a partial migrate.
        ContentType.objects.filter(app_label=new, model="topic").delete()
        ContentType.objects.filter(app_label=old, model="topic").update(app_label=new)
    ContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    relabel_content_type(apps, schema_editor, "network", "core")


def backwards(apps, schema_editor):
    relabel_content_type(apps, schema_editor, "core", "network")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # The table itself was created by the network app's first migration.
        ("network", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=80, verbose_name="name")),
                        (
                            "slug",
                            models.SlugField(allow_unicode=True, max_length=80, verbose_name="slug"),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "topic",
                        "verbose_name_plural": "topics",
                        "db_table": "network_topic",
                        "ordering": ["name"],
                        "abstract": False,
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("slug", "locale"), name="unique_topic_slug_per_locale"
                            )
                        ],
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
