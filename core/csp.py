"""Content-Security-Policy beyond the site-wide one in settings: what a few pages may load
from elsewhere (Stripe.js on the donate pages, tiles on the hub map) and the Wagtail admin's
own policy. The sources are read from settings at each request, as deployments and tests set
them."""

from functools import wraps
from urllib.parse import urlsplit

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace, csp_update
from django.conf import settings


def origin(url):
    """The scheme and host of `url` as a CSP source; a `{s}` sub-domain placeholder of a tile
    address becomes a wildcard. Empty for an empty or relative address."""
    parts = urlsplit(url)
    if not (parts.scheme and parts.netloc):
        return ""
    return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"


def _present(*sources):
    return [source for source in sources if source]


def stripe_js_sources():
    """Stripe.js is loaded from STRIPE_JS_URL, frames its card field from there and calls the
    Stripe API (STRIPE_API_BASE, or Stripe's own origins in STRIPE_JS_EXTRA_ORIGINS)."""
    js = origin(settings.STRIPE_JS_URL)
    extra = settings.STRIPE_JS_EXTRA_ORIGINS
    return {
        "script-src": _present(js),
        "frame-src": _present(js, *extra),
        "connect-src": _present(js, origin(settings.STRIPE_API_BASE), *extra),
    }


def map_tiles_sources():
    """The hub map shows tiles from MAP_TILES_URL's server, when one is configured."""
    return {"img-src": _present(origin(settings.MAP_TILES_URL))}


def csp_update_from_settings(sources):
    """django-csp's `csp_update` with the directives `sources()` returns at each request."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            return csp_update(sources())(view)(request, *args, **kwargs)

        return wrapped

    return decorator


# The Wagtail admin's own templates carry inline scripts and style attributes (inline panels,
# date pickers), and its page preview is framed by the admin itself. It is open only to staff
# who passed the second factor; scripts from elsewhere stay refused there too.
admin_policy = csp_replace(
    {
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-ancestors": [SELF],
    }
)
