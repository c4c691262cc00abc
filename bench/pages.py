"""Public pages at the network's size: home, the news and assemblies indexes and one page of
each, with BENCH_ITEMS (2,000 by default) news items and assemblies added to the demo.

In-process, uncached, navigation cache warm: queries and median CPU ms of each page beside
its target, and what each middleware adds to a bare view (robots.txt, the floor). Then
through gunicorn under wrk: each page's requests per second as a ratio of the floor's.

    python -m bench.pages            BENCH_ITEMS=200 python -m bench.pages"""

import datetime
import os
import time

from bench.common import Server, demo_site, report, report_against_floor, server_cost, wrk

ITEMS = int(os.environ.get("BENCH_ITEMS", "2000"))
FLOOR = "/robots.txt"
# Page → (queries, CPU ms) at most, issue 13 targets 2 and 3.
TARGETS = {
    "/en/": (None, 5),
    "/es/": (None, 5),
    "/en/news/": (10, 10),
    "/es/news/": (10, 10),
    "/en/assemblies/": (10, 10),
    "/es/assemblies/": (10, 10),
}
MIDDLEWARE_TARGET_MS = 0.3
DETAIL_TARGET_MS = 6


def seed(count=ITEMS):
    """Add English news items and past assemblies (a few upcoming) until there are `count`
    of each, published, without revisions (the listings read live pages only)."""
    from django.utils import timezone

    from network.models import AssemblyIndexPage, AssemblyPage, NewsIndexPage, NewsPage

    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    assembly_index = AssemblyIndexPage.objects.get(locale__language_code="en")
    today, now = timezone.localdate(), timezone.now()
    for number in range(NewsPage.objects.child_of(news_index).count(), count):
        news_index.add_child(
            instance=NewsPage(
                title=f"Bench story {number}",
                slug=f"bench-story-{number}",
                date=today - datetime.timedelta(days=number),
                introduction="What happened on the bench.",
                first_published_at=now,
            )
        )
    for number in range(AssemblyPage.objects.child_of(assembly_index).count(), count):
        start = now + datetime.timedelta(days=30 if number < 5 else -number)
        assembly_index.add_child(
            instance=AssemblyPage(
                title=f"Bench assembly {number}",
                slug=f"bench-assembly-{number}",
                start=start,
                end=start + datetime.timedelta(hours=3),
                introduction="Come to the bench.",
                first_published_at=now,
            )
        )
    return (
        NewsPage.objects.child_of(news_index).latest("date").url,
        AssemblyPage.objects.child_of(assembly_index).latest("start").url,
    )


def floor_cpu_ms(middleware, repeats=3000):
    """CPU ms of one request for the floor through Django's WSGI handler with `middleware`,
    averaged over `repeats` requests (after a warm-up)."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import RequestFactory, override_settings

    environ = RequestFactory(HTTP_HOST="127.0.0.1")._base_environ(PATH_INFO=FLOOR)
    with override_settings(MIDDLEWARE=middleware):
        handler = WSGIHandler()

        def one():
            response = handler(dict(environ), lambda status, headers: None)
            b"".join(response)
            response.close()

        for _ in range(200):
            one()
        started = time.process_time()
        for _ in range(repeats):
            one()
        return (time.process_time() - started) * 1000 / repeats


def middleware_costs():
    """CPU ms the whole stack adds to the floor, and what each middleware adds to the ones
    before it, in the order of the stack."""
    from django.conf import settings

    stack = list(settings.MIDDLEWARE)
    cumulative = [floor_cpu_ms(stack[:end]) for end in range(len(stack) + 1)]
    costs = {
        name.rsplit(".", 1)[-1]: round(cumulative[index + 1] - cumulative[index], 3)
        for index, name in enumerate(stack)
    }
    return round(cumulative[-1] - cumulative[0], 3), costs


def main():
    env = demo_site()
    from django.test import Client

    news_page, assembly_page = seed()
    client = Client(HTTP_HOST="127.0.0.1")
    targets = {
        **TARGETS,
        news_page: (None, DETAIL_TARGET_MS),
        assembly_page: (None, DETAIL_TARGET_MS),
    }
    print(f"-- {ITEMS} news items and assemblies; uncached, navigation cache warm", flush=True)
    for path, (queries, cpu_ms) in targets.items():
        figures = server_cost(client, path, repeats=30)
        report(
            f"in-process {path}",
            {
                **figures,
                "target": (f"≤{queries} queries, " if queries else "") + f"≤{cpu_ms} ms",
            },
        )
    stack_ms, costs = middleware_costs()
    # KnownSiteMiddleware saves the floor's own Site query (robots.txt names the sitemap's
    # address), which makes the whole stack look cheaper than a bare view: the others' sum
    # is what the stack adds.
    others = sum(cost for name, cost in costs.items() if name != "KnownSiteMiddleware")
    report(
        f"middleware on {FLOOR}",
        {
            "stack_cpu_ms": stack_ms,
            "all_but_the_site_lookup_ms": round(others, 3),
            "target": f"≤{MIDDLEWARE_TARGET_MS} ms",
        },
    )
    for name, cost in costs.items():
        report(f"  {name}", {"cpu_ms": cost})
    with Server(env) as server:
        floor = wrk(server.base + FLOOR)
        report_against_floor(f"wrk {FLOOR} (floor)", floor, floor)
        for path in targets:
            report_against_floor(f"wrk {path}", wrk(server.base + path), floor)


if __name__ == "__main__":
    main()
