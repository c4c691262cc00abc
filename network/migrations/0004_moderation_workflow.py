"""Every site gets the editors' moderation workflow and the Moderators group, not only the
demo."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from network.moderation import ensure_moderation


def forwards(apps, schema_editor):
    # On a new database the network's permissions are only made after the last migration;
    # make them now so the Moderators can be given theirs.
    network = apps.get_app_config("network")
    network.models_module = True
    create_permissions(network, apps=apps, verbosity=0)
    network.models_module = None
    ensure_moderation(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0003_topic_moves_to_core"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
