"""What changes only when editors publish, kept in the cache: the navigation and footer, a
page's translations, the choices of the lists' filters, the lists and their cards, the
sitemaps, the site of each host and its homes. Every entry belongs to one generation
(core.generations); publishing, moving or deleting a page, changing a page's privacy, a topic,
a hub, an image, a site or its settings starts the next one (website/navigation.py connects
the signals), and entries of the old one are never read again."""

from django.core.cache import cache

from .generations import Generation

PUBLISHED = Generation("published")
TIMEOUT = 60 * 60 * 24


def _key(name, generation=None):
    """The cache key of `name` in `generation` (the current one by default)."""
    return f"published:{generation or PUBLISHED.current()}:{name}"


def remembered(name, build):
    """What `build()` returns, kept under `name` until the next generation."""
    return cache.get_or_set(_key(name), build, TIMEOUT)


def kept(name):
    """What is kept under `name` in this generation, or None."""
    return cache.get(_key(name))


def keep(name, value):
    """Keep `value` under `name` until the next generation (for what is kept only when
    found, unlike `remembered`)."""
    cache.set(_key(name), value, TIMEOUT)


def remembered_each(names, build):
    """For each of `names`, what is kept under it, in a mapping; `build(missing)` makes those
    not kept (a mapping of name to value), which are kept. One cache round trip to read them
    all, one to keep what was built."""
    generation = PUBLISHED.current()
    keys = {name: _key(name, generation) for name in names}
    found = cache.get_many(keys.values())
    missing = [name for name in names if keys[name] not in found]
    if missing:
        built = {keys[name]: value for name, value in build(missing).items()}
        cache.set_many(built, TIMEOUT)
        found.update(built)
    return {name: found[keys[name]] for name in names if keys[name] in found}
