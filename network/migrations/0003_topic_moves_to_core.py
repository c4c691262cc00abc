"""Topic now lives in core, on the same table: the network's pages point at core's model and
the network forgets its own (state only; the data stays where it is)."""

import modelcluster.fields
from django.db import migrations


def _topics():
    return modelcluster.fields.ParentalManyToManyField(
        blank=True, to="core.topic", verbose_name="topics"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0002_news_assemblies_resources_contact"),
        ("core", "0001_initial"),
        # Every other app points at core's topic before the network's leaves the state.
        ("members", "0006_topics_in_core"),
        ("grants", "0004_topics_in_core"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(model_name="newspage", name="topics", field=_topics()),
                migrations.AlterField(model_name="assemblypage", name="topics", field=_topics()),
                migrations.AlterField(model_name="resource", name="topics", field=_topics()),
                migrations.DeleteModel(name="Topic"),
            ],
            database_operations=[],
        ),
    ]
