"""Fund staff may see donations and monthly gifts in the admin and refund a gift."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = ("view_donation", "change_donation", "view_monthlygift", "change_monthlygift")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now (the
    # historical app config must look imported for create_permissions to act).
    app_config = apps.get_app_config("funding")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    staff, _created = Group.objects.get_or_create(name="Fund staff")
    staff.permissions.add(
        *Permission.objects.filter(content_type__app_label="funding", codename__in=PERMISSIONS)
    )


class Migration(migrations.Migration):
    dependencies = [("funding", "0002_round_dedication"), ("grants", "0002_grant_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
