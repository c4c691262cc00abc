"""The site's editorial team: Wagtail's own Editors, who write pages and submit them, and
Moderators, who approve and publish them through the moderation workflow."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from .moderation import MODERATORS

EDITORS = "Editors"
# What each group may do with every page: Wagtail's migrations grant the same on the tree's
# root; set again for a site whose tables were emptied since.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def ensure_editorial_groups():
    """Editors and Moderators with admin access and their permissions on every page, keyed
    by group name."""
    root = Page.get_first_root_node()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        groups[name] = group
    return groups
