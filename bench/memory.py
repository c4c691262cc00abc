"""Memory of one gunicorn worker: resident size after start-up and after 2,000 mixed
requests (public pages in several languages, the hub directory, map feed, sitemaps, search),
with worker recycling off so the figure shows what a worker grows to before recycling.

    python -m bench.memory"""

import contextlib
import itertools
import urllib.request
from pathlib import Path

from bench.common import Server, demo_site, report

REQUESTS = 2_000
PATHS = [
    "/en/", "/ar/", "/fr/about/", "/en/news/", "/es/news/", "/en/assemblies/", "/pt/hubs/",
    "/en/hubs/?page=2", "/en/hubs/map/", "/en/hubs/map.geojson", "/fr/facilitators/",
    "/sitemap.xml", "/sitemap-en.xml", "/es/search/?q=red", "/en/grants/transparency/",
    "/robots.txt",
]  # fmt: skip


def worker_memory(master_pid):
    """Current and peak resident MB of the master's one worker, from /proc."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    (worker,) = children
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{worker}/status").read_text().splitlines()
    )
    return {
        name: round(int(fields[key].split()[0]) / 1024, 1)
        for name, key in (("rss_mb", "VmRSS"), ("peak_rss_mb", "VmHWM"))
    }


@contextlib.contextmanager
def started(env, attempts=3):
    """A one-worker server; tried again when a loaded machine makes it miss the start-up wait."""
    for attempt in range(attempts):
        try:
            server = Server(env, workers=1).__enter__()
            break
        except RuntimeError:
            if attempt == attempts - 1:
                raise
    try:
        yield server
    finally:
        server.__exit__(None, None, None)


def main():
    env = demo_site()
    env["GUNICORN_MAX_REQUESTS"] = "0"
    with started(env) as server:
        report("worker after start-up", worker_memory(server.process.pid))
        errors = 0
        for path in itertools.islice(itertools.cycle(PATHS), REQUESTS):
            try:
                with urllib.request.urlopen(server.base + path, timeout=30) as response:
                    response.read()
            except OSError:
                errors += 1
        report(
            f"worker after {REQUESTS} mixed requests",
            worker_memory(server.process.pid) | {"errors": errors},
        )


if __name__ == "__main__":
    main()
