"""Addresses of the grants process under each language prefix."""

from django.urls import path

from .views import applicants, applications, public, reviewers, staff

app_name = "grants"

urlpatterns = [
    path("grants/transparency/", public.transparency, name="transparency"),
    path("grants/applications/", applicants.my_applications, name="my_applications"),
    path(
        "grants/rounds/<int:round_pk>/apply/",
        applicants.start_application,
        name="start_application",
    ),
    path(
        "grants/applications/<int:pk>/", applications.application_detail, name="application_detail"
    ),
    path(
        "grants/applications/<int:pk>/edit/", applicants.edit_application, name="application_edit"
    ),
    path(
        "grants/applications/<int:pk>/<slug:action>/",
        applications.transition,
        name="application_transition",
    ),
    path("grants/applications/<int:pk>/decide", staff.decide, name="decide"),
    path("grants/applications/<int:pk>/tranches", staff.add_tranche, name="add_tranche"),
    path("grants/applications/<int:pk>/release", staff.release_tranches, name="release_tranches"),
    path("grants/applications/<int:pk>/report", applicants.submit_report, name="submit_report"),
    path("grants/attachments/<int:pk>/", applications.attachment_download, name="attachment"),
    path(
        "grants/attachments/<int:pk>/delete", applicants.delete_attachment, name="delete_attachment"
    ),
    path("grants/reviews/", reviewers.my_reviews, name="my_reviews"),
    path("grants/reviews/volunteer/", reviewers.volunteer, name="volunteer"),
    path("grants/reviews/<int:pk>/", reviewers.review, name="review"),
    path("grants/reviews/<int:pk>/conflict", reviewers.declare_conflict, name="declare_conflict"),
    path("grants/staff/applications/", staff.staff_applications, name="staff_applications"),
    path("grants/staff/applications/bulk", staff.bulk_transition, name="bulk_transition"),
    path("grants/staff/reviewers/", staff.reviewer_pool, name="reviewer_pool"),
    path("grants/staff/rounds/<int:round_pk>/ranking/", staff.ranking, name="ranking"),
    path(
        "grants/staff/rounds/<int:round_pk>/assign", staff.assign_reviewers, name="assign_reviewers"
    ),
    path(
        "grants/staff/tranches/<int:pk>/approve/confirm",
        staff.confirm_payment,
        name="confirm_payment",
    ),
    path(
        "grants/staff/tranches/<int:pk>/<slug:action>", staff.tranche_action, name="tranche_action"
    ),
    path("grants/staff/reports/<int:pk>/review", staff.review_report, name="review_report"),
]
