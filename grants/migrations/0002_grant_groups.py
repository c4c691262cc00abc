"""The grants roles as Django groups: peer reviewers, the committee and fund staff."""

from django.db import migrations

GROUPS = ("Peer reviewers", "Grant committee", "Fund staff")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("grants", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
