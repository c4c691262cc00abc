"""Addresses of the member area (under /members/) and of the public hub directory."""

from django.urls import path

from .views import account, directory, hubs

app_name = "members"

urlpatterns = [
    path("members/", account.dashboard, name="dashboard"),
    path("members/work/", account.work, name="work"),
    path("members/profile/", account.profile, name="profile"),
    path("members/facilitator/", account.facilitator_profile, name="facilitator_profile"),
    path("members/my-data.json", account.download_data, name="download_data"),
    path("members/delete/", account.delete, name="delete_account"),
    path("members/hubs/register/", hubs.register, name="hub_register"),
    path("members/hubs/<str:slug>/", hubs.edit, name="hub_edit"),
    path("members/hubs/<str:slug>/people/", hubs.people, name="hub_people"),
    path("members/hubs/<str:slug>/history/", hubs.history, name="hub_history"),
    path("members/hubs/<str:slug>/people/<int:pk>/role/", hubs.change_role, name="hub_role"),
    path("members/hubs/<str:slug>/people/<int:pk>/remove/", hubs.remove, name="hub_remove"),
    path(
        "members/hubs/<str:slug>/invitations/<int:pk>/revoke/",
        hubs.revoke_invitation,
        name="hub_invitation_revoke",
    ),
    path("members/hubs/<str:slug>/leave/", hubs.leave, name="hub_leave"),
    path("members/invitations/<str:token>/", hubs.invitation, name="invitation"),
    path("hubs/", directory.directory, name="directory"),
    path("hubs/map/", directory.hub_map, name="hub_map"),
    path("hubs/map.geojson", directory.geojson, name="hub_geojson"),
    path("hubs/<str:slug>/", directory.hub_detail, name="hub_detail"),
    path("facilitators/", directory.facilitators, name="facilitators"),
    path(
        "facilitators/<int:pk>/contact/", directory.contact_facilitator, name="facilitator_contact"
    ),
]
