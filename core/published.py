"""What changes only when editors publish, kept in the cache: the navigation and footer, a
page's translations, the choices of the lists' filters, the sitemaps. Every entry belongs to
one generation (core.generations); publishing, moving or deleting a page, changing a page's
privacy, a topic or the site settings starts the next one (website/navigation.py connects the
signals), and entries of the old one are never read again."""

from django.core.cache import cache

from .generations import Generation

PUBLISHED = Generation("published")
TIMEOUT = 60 * 60 * 24


def remembered(name, build):
    """What `build()` returns, kept under `name` until the next generation."""
    return cache.get_or_set(f"published:{PUBLISHED.current()}:{name}", build, TIMEOUT)
