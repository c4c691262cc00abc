"""Addresses of the registration links sent by email; the rest of the network's pages are
Wagtail pages (with their own sub-routes)."""

from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path(
        "assemblies/registrations/<str:token>/confirm/",
        views.confirm_registration,
        name="confirm_registration",
    ),
    path(
        "assemblies/registrations/<str:token>/cancel/",
        views.cancel_registration,
        name="cancel_registration",
    ),
]
