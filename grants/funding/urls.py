"""Addresses of this part of the site (filled by the issue that builds it)."""

urlpatterns = []
