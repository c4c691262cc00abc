"""Cached pages behind Varnish (deploy/varnish.vcl) against the cached bare view: wrk's
requests per second through the same Varnish for a few public pages of the demo and for
robots.txt (a bare Django view, the floor): the homes, lists, a standard page, the contact
form and an upcoming assembly's page (the forms a visitor uses), medians of 3 interleaved
rounds, each page's ratio to the floor (target ≥ 0.9×)."""

import re
import statistics
import subprocess
import tempfile
import urllib.request

from bench.common import Server, demo_site
from deploy.varnish import LOOPBACK, running

FLOOR = "/robots.txt"
PAGES = ["/en/", "/ar/", "/en/news/", "/en/assemblies/", "/fr/about/", "/en/contact/"]
ROUNDS = 3


def wrk(url, seconds=5, connections=16):
    """wrk's requests per second for `url` (2 threads, `connections` connections)."""
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"{url} answered errors under load:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def _cache_state(url):
    """X-Cache of a second request for `url` (the first one fills the cache)."""
    urllib.request.urlopen(url, timeout=30).read()
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers["X-Cache"]


def _upcoming_assembly():
    from django.utils import timezone

    from network.models import AssemblyPage

    upcoming = AssemblyPage.objects.live().filter(
        locale__language_code="en", start__gt=timezone.now()
    )
    return upcoming.order_by("start").first().get_url()


def main(seconds=5):
    env = demo_site()
    pages = [*PAGES, _upcoming_assembly()]
    with (
        Server(env) as server,
        tempfile.TemporaryDirectory() as workdir,
        running([server.port], workdir) as port,
    ):
        base = f"http://{LOOPBACK}:{port}"
        paths = [FLOOR, *pages]
        states = {path: _cache_state(base + path) for path in paths}
        rounds = {path: [] for path in paths}
        for _ in range(ROUNDS):
            for path in paths:
                rounds[path].append(wrk(base + path, seconds))
        rps = {path: statistics.median(figures) for path, figures in rounds.items()}
        floor = rps[FLOOR]
        for path in paths:
            print(
                f"varnish {path:<48} second request={states[path]:<4}  rps={rps[path]:.0f}  "
                f"ratio={rps[path] / floor:.2f}× cached bare view",
                flush=True,
            )
        worst = min(rps[path] / floor for path in pages)
        verdict = "met" if worst >= 0.9 else "NOT met"
        print(f"varnish worst page ratio={worst:.2f}× (target ≥ 0.9×: {verdict})", flush=True)


if __name__ == "__main__":
    main()
