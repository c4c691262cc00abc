"""Settings shared by every environment. Everything that differs between machines comes from
the environment; the defaults here run the site with no service at all (SQLite, local media,
in-process cache, console email, tasks run immediately)."""

import os
from importlib.util import find_spec
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" are yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "members",
    "network",
    "grants",
    "grants.funding",
    "website",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The request's Site without a query (website/routing.py), for everything after it.
    "website.routing.KnownSiteMiddleware",
    # Outside every middleware that sets a cookie, so it sees them all (website/caching.py).
    "website.caching.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the language is known, for its page; before every view (website/null_characters.py).
    "website.null_characters.NullCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "members.mfa.MFARequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "website" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compilation took 0.67 s of a 0.81 s ranking at 10,000 applications; the site's
    # queries are too short for compiled plans to pay that back.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupDetailsForm"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Rate limits (kept in the cache), allauth's and the site's own forms alike: the forms call
# allauth.core.ratelimit with these actions, so one mechanism and one setting govern them all.
# Per address of origin ("ip") and per target ("key", "user"). allauth's other limits
# (password reset, sign-up, ...) keep their defaults. Past a limit: the 429 page.
ACCOUNT_RATE_LIMITS = {
    # Failed logins: 10 a minute per address of origin, 5 per account every 5 minutes.
    "login_failed": "10/m/ip,5/300s/key",
    # The facilitator contact form; key: the facilitator written to.
    "facilitator_contact": "5/h/ip,20/d/key",
    # Guest registration for an assembly; key: the email address that gets the link.
    "assembly_registration": "10/h/ip,3/h/key",
    # Proposals to an assembly, each waiting for an editor.
    "assembly_proposal": "10/h/ip,5/h/user",
}
# How many proxies of ours add to X-Forwarded-For (nginx in front: 1), so that the limits
# see each visitor's address rather than the proxy's. 0: the connection's own address.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# A password reset for an unknown address sends nothing (and answers as for a known one).
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
PASSWORD_RESET_TIMEOUT = 60 * 60
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Solidarity Network"
MFA_FORMS = {
    "authenticate": "members.mfa_forms.CodeAuthenticateForm",
    "reauthenticate": "members.mfa_forms.CodeReauthenticateForm",
}
# Staff and members of these groups (grants roles) must set up two-factor authentication.
MFA_REQUIRED_GROUPS = ["Peer reviewers", "Grant committee", "Fund staff"]
# The Wagtail admin and Wagtail's login-restricted pages sign in through the same allauth
# login (and its MFA step).
# The admin's own login address (website/urls.py): it sends the signed-out to allauth's
# sign-in and the signed-in without admin access to their work area, never back to /admin/.
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login_redirect"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# Languages: adding a sixth is one line here plus a catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": os.environ.get(
        "MACHINE_TRANSLATOR_CLASS",
        "wagtail_localize.machine_translators.dummy.DummyTranslator",
    ),
    "OPTIONS": {"AUTH_KEY": os.environ.get("MACHINE_TRANSLATOR_AUTH_KEY", "")},
}
# "Translate this page" makes a draft: the new translation holds the source's text until a
# translator has written theirs, so it must not go live under /fr/ with English in it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [
    BASE_DIR / "website" / "static",
    # Leaflet as shipped inside the django-leaflet wheel, served as /static/leaflet/ (the app
    # itself needs GDAL, so it is not installed; only its files are used).
    ("leaflet", Path(find_spec("leaflet").submodule_search_locations[0]) / "static" / "leaflet"),
]
# Map tiles for the hub map, e.g. https://tile.example.org/{z}/{x}/{y}.png. Empty: no tiles,
# the markers still show.
MAP_TILES_URL = os.environ.get("MAP_TILES_URL", "")
MAP_TILES_ATTRIBUTION = os.environ.get("MAP_TILES_ATTRIBUTION", "")
HUB_LOGO_MAX_BYTES = int(os.environ.get("HUB_LOGO_MAX_BYTES", str(1024 * 1024)))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous public pages may be kept by a shared cache for this many seconds.
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "300"))
PUBLIC_CACHE_STALE_SECONDS = int(os.environ.get("PUBLIC_CACHE_STALE_SECONDS", "60"))

# A shared cache or CDN in front of the site is purged on publish of every address that shows
# the page (website.caching.addresses_to_purge). The frontend_cache app is not installed: its
# own handler would purge only the page's own address; its backends and purge task are used.
# No language rewriting: the addresses are already the exact ones of each language.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Solidarity Network <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Stripe (donations). Without the keys the donate page says donations are not set up.
# STRIPE_API_BASE and STRIPE_JS_URL point at a local fake Stripe in tests and development.
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")
STRIPE_JS_URL = os.environ.get("STRIPE_JS_URL", "https://js.stripe.com/v3/")
# Where Stripe.js, loaded from STRIPE_JS_URL, also connects and frames (its API and the 3-D
# Secure pages); the donate pages' Content-Security-Policy allows them, no other page does.
STRIPE_JS_EXTRA_ORIGINS = env_list(
    "STRIPE_JS_EXTRA_ORIGINS", "https://api.stripe.com,https://hooks.stripe.com"
)

# Content-Security-Policy of every response (django-csp). Scripts come from the site itself;
# an inline script needs the request's nonce (`<script nonce="{{ request.csp_nonce }}">`).
# Pages that load something from elsewhere add it with core.csp's decorators.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, *env_list("CSP_IMG_ORIGINS")],
        "frame-src": [SELF, *env_list("CSP_FRAME_ORIGINS")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

WAGTAIL_SITE_NAME = "Solidarity Network"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
# Every search (site, admin, choosers) reads queries as plain words: see website/search.py.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "website.search"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Draftail, refusing posted content it cannot read instead of failing (core/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "core.rich_text.RichTextArea"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Request size. The proxy in front refuses bodies above the largest upload (application
# attachments, 10 MB) plus the form around it; see the README. Django answers 400 to form data
# beyond these limits (files not counted), keeps uploads up to the logo limit in memory and
# streams larger ones to a temporary file. Wagtail's editor posts thousands of fields for a
# long StreamField page, hence the field count.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(
    os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(2 * 1024 * 1024))
)
FILE_UPLOAD_MAX_MEMORY_SIZE = int(
    os.environ.get("FILE_UPLOAD_MAX_MEMORY_SIZE", str(HUB_LOGO_MAX_BYTES))
)
DATA_UPLOAD_MAX_NUMBER_FIELDS = int(os.environ.get("DATA_UPLOAD_MAX_NUMBER_FIELDS", "10000"))
# Staff avatars are not fetched from Gravatar: no third-party images in the admin's policy,
# and no hash of staff addresses sent elsewhere.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# A form sent without its token (no script on a public page) is offered again, privately.
CSRF_FAILURE_VIEW = "website.views.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
