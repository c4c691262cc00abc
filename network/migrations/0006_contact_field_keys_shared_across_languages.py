"""Translated contact form fields got keys made from their translated labels (the Arabic form
stored answers under `u0627u0633…`): each now shares its source field's key, and the answers
already stored move under it."""

from django.db import migrations


def share_keys(apps, schema_editor):
    from network.models.contact import share_source_field_keys

    share_source_field_keys(
        apps.get_model("network", "ContactFormField"),
        apps.get_model("wagtailforms", "FormSubmission"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_assembly_contributions_share_a_base"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(share_keys, migrations.RunPython.noop)]
