"""Hubs and facilitators keep their topics, now defined in core (state only: same tables)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0005_generated_upload_names"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="hub",
                    name="topics",
                    field=models.ManyToManyField(
                        blank=True, related_name="hubs", to="core.topic", verbose_name="topics"
                    ),
                ),
                migrations.AlterField(
                    model_name="facilitatorprofile",
                    name="topics",
                    field=models.ManyToManyField(
                        blank=True, related_name="+", to="core.topic", verbose_name="topics"
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
