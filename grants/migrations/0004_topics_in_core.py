"""Rounds and reviewers keep their topics, now defined in core (state only: same tables)."""

import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("grants", "0003_generated_upload_names"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="grantroundpage",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, to="core.topic", verbose_name="topics"
                    ),
                ),
                migrations.AlterField(
                    model_name="reviewerprofile",
                    name="topics",
                    field=models.ManyToManyField(
                        blank=True, to="core.topic", verbose_name="topics"
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
