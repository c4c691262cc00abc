"""Donation addresses under the language prefix (the donate pages themselves are Wagtail pages)."""

from django.urls import path

from . import views

app_name = "funding"

urlpatterns = [
    path("donations/monthly/<str:token>/cancel/", views.cancel_monthly, name="cancel_monthly"),
]
