"""What changes only when editors publish, kept in the cache: the navigation and footer, a
page's translations, the choices of the lists' filters. Every entry belongs to one generation;
publishing, moving or deleting a page, changing a page's privacy, a topic or the site settings
starts the next one (website/navigation.py connects the signals), and entries of the old one
are never read again."""

from django.core.cache import cache

GENERATION_KEY = "navigation:generation"
TIMEOUT = 60 * 60 * 24


def generation():
    return cache.get_or_set(GENERATION_KEY, 1, None)


def invalidate(**kwargs):
    """Forget every remembered entry (each is rebuilt on the next request that needs it)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def remembered(name, build):
    """What `build()` returns, kept under `name` until the next generation."""
    return cache.get_or_set(f"navigation:{generation()}:{name}", build, TIMEOUT)
