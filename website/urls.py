"""URL map: a few addresses outside any language, everything public under /<language>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from core.csp import admin_policy
from members.views import account as members_account

from . import health, routing, views

handler500 = "website.views.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("csrf-token", views.csrf_token, name="csrf_token"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", views.sitemap_section, name="sitemap_section"),
    path(
        "admin/login/",
        members_account.allauth_login,
        {"next_url": "/admin/"},
        name="wagtailadmin_login_redirect",
    ),
    path("admin/", include(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, admin_policy))),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("grants.funding.webhook_urls")),
]

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("", include("network.urls")),
    path("", include("grants.urls")),
    path("", include("grants.funding.urls")),
    path("_util/login/", members_account.allauth_login, name="wagtailcore_login_redirect"),
    # Wagtail's page view, routed from the kept site and home (website/routing.py).
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
