"""The sitemaps with 12 and with 2,000 English news pages: queries and CPU per request
in-process, uncached (the cache emptied before each request) and from the cache; the size and
number of pages of the English sitemap.

    python -m bench.sitemap"""

from bench.common import demo_site, report, server_cost

SIZES = (12, 2_000)
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


def main():
    demo_site()
    from django.test import Client

    from network.models import NewsPage

    client = Client(HTTP_HOST="127.0.0.1")
    for size in SIZES:
        seed(size)
        english = NewsPage.objects.filter(locale__language_code="en").count()
        for path in PATHS:
            for uncached in (True, False):
                label = f"{english} news, {path}, {'uncached' if uncached else 'cached'}"
                report(label, server_cost(client, path, uncached=uncached))


if __name__ == "__main__":
    main()
