"""The sitemaps with 12 and with 2,000 English news pages: queries and CPU per request
in-process, uncached (the cache emptied before each request) and from the cache; the size and
number of pages of the English sitemap.

    python -m bench.sitemap"""

import contextlib

from bench.common import demo_site, report, server_cost

SIZES = (12, 2_000)
DEMO_NEWS = 12  # English news pages in the demo
PATHS = ["/sitemap.xml", "/sitemap-en.xml", "/sitemap-fr.xml"]


def seed(count):
    """Live English news pages up to `count`, added straight to the tree (no revisions)."""
    from django.utils import timezone

    from network.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="en")
    now = timezone.now()
    for n in range(NewsPage.objects.filter(locale=index.locale).count(), count):
        index.add_child(
            instance=NewsPage(
                title=f"Volume story {n}", slug=f"volume-story-{n}", date=now.date(),
                introduction="A story.", live=True, first_published_at=now, last_published_at=now,
            )
        )  # fmt: skip


@contextlib.contextmanager
def hidden_beyond(count):
    """Until the block ends, only `count` English news pages live, and none of the pages the
    other benchmarks add to the database they share straight to the tree (pages without a
    revision): with 12, the demo site as `load_demo` makes it."""
    from django.db import transaction
    from wagtail.models import Page

    from network.models import NewsPage

    with transaction.atomic():
        if count <= DEMO_NEWS:
            Page.objects.filter(live=True, latest_revision__isnull=True).update(live=False)
        english = NewsPage.objects.filter(locale__language_code="en", live=True)
        english.exclude(pk__in=english.order_by("pk").values("pk")[:count]).update(live=False)
        yield
        transaction.set_rollback(True)


def main():
    demo_site()
    from django.test import Client

    from network.models import NewsPage

    client = Client(HTTP_HOST="127.0.0.1")
    for size in SIZES:
        seed(size)
        with hidden_beyond(size):
            english = NewsPage.objects.filter(locale__language_code="en", live=True).count()
            for path in PATHS:
                for uncached in (True, False):
                    label = f"{english} news, {path}, {'uncached' if uncached else 'cached'}"
                    report(label, server_cost(client, path, uncached=uncached))


if __name__ == "__main__":
    main()
