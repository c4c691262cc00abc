"""Public pages under load: the home page and a standard page in two languages, against
robots.txt (a bare Django view, no database) as the floor. Also the server-side cost of one
uncached home page: queries and CPU milliseconds, measured in-process."""

import time

from bench.common import Server, bench_environment, load, manage, report, setup_django

PATHS = ["/robots.txt", "/en/", "/ar/", "/fr/about/", "/es/search/?q=red"]


def server_cost(path, repeats=50):
    """Queries and median CPU time of rendering `path` with Django's test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    timings = []
    for _ in range(repeats):
        started = time.process_time()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        timings.append((time.process_time() - started) * 1000)
    timings.sort()
    return {
        "status": response.status_code,
        "queries": len(queries),
        "cpu_ms_p50": round(timings[len(timings) // 2], 2),
    }


def main():
    env = bench_environment()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    setup_django(env)
    for path in PATHS[1:]:
        report(f"in-process {path}", server_cost(path))
    with Server(env) as server:
        for path in PATHS:
            report(f"gunicorn {path}", load(server.base + path))


if __name__ == "__main__":
    main()
