"""Addresses of the grants process under each language prefix."""

from django.urls import path

from . import views

app_name = "grants"

urlpatterns = [
    path("grants/transparency/", views.transparency, name="transparency"),
    path("grants/applications/", views.my_applications, name="my_applications"),
    path("grants/rounds/<int:round_pk>/apply/", views.start_application, name="start_application"),
    path("grants/applications/<int:pk>/", views.application_detail, name="application_detail"),
    path("grants/applications/<int:pk>/edit/", views.edit_application, name="application_edit"),
    path(
        "grants/applications/<int:pk>/<slug:action>/",
        views.transition,
        name="application_transition",
    ),
    path("grants/applications/<int:pk>/decide", views.decide, name="decide"),
    path("grants/applications/<int:pk>/tranches", views.add_tranche, name="add_tranche"),
    path("grants/applications/<int:pk>/report", views.submit_report, name="submit_report"),
    path("grants/attachments/<int:pk>/", views.attachment_download, name="attachment"),
    path("grants/attachments/<int:pk>/delete", views.delete_attachment, name="delete_attachment"),
    path("grants/reviews/", views.my_reviews, name="my_reviews"),
    path("grants/reviews/volunteer/", views.volunteer, name="volunteer"),
    path("grants/reviews/<int:pk>/", views.review, name="review"),
    path("grants/reviews/<int:pk>/conflict", views.declare_conflict, name="declare_conflict"),
    path("grants/staff/applications/", views.staff_applications, name="staff_applications"),
    path("grants/staff/applications/bulk", views.bulk_transition, name="bulk_transition"),
    path("grants/staff/reviewers/", views.reviewer_pool, name="reviewer_pool"),
    path("grants/staff/rounds/<int:round_pk>/ranking/", views.ranking, name="ranking"),
    path(
        "grants/staff/rounds/<int:round_pk>/assign", views.assign_reviewers, name="assign_reviewers"
    ),
    path(
        "grants/staff/tranches/<int:pk>/<slug:action>", views.tranche_action, name="tranche_action"
    ),
    path("grants/staff/reports/<int:pk>/review", views.review_report, name="review_report"),
]
