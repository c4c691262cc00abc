"""What the benchmarks share: a Django set-up on a throwaway database, a gunicorn server on
loopback, a small closed-loop load generator that reports latency percentiles, and wrk (from
Debian) with each page's throughput reported as a ratio of the floor's in the same run."""

import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def bench_environment():
    """Environment for a production-like server: production settings, HTTP on loopback,
    the database from BENCH_DATABASE_URL (a throwaway SQLite file when unset)."""
    database = os.environ.get("BENCH_DATABASE_URL") or (
        f"sqlite:///{Path(tempfile.gettempdir()) / 'solidarity-bench.sqlite3'}"
    )
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=database,
        TASKS_BACKEND="immediate",
        LOG_LEVEL="WARNING",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def setup_django(env):
    """Configure Django in this process with the benchmark environment."""
    os.environ.update(env)
    sys.path.insert(0, str(PROJECT))
    import django

    django.setup()


def manage(env, *args, quiet=False):
    """Run manage.py in its own process with the benchmark environment; `quiet` drops what it
    prints (errors still show)."""
    output = subprocess.DEVNULL if quiet else None
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, stdout=output
    )


def demo_site():
    """The benchmark environment with a migrated database holding the demo content and the
    static files collected, and Django set up in this process for it."""
    env = bench_environment()
    manage(env, "migrate", "--noinput", "-v", "0")
    # The demo's emails go to the console under production settings with no SMTP host: they
    # would bury the figures.
    manage(env, "load_demo", quiet=True)
    manage(env, "collectstatic", "--noinput", "-v", "0")
    setup_django(env)
    return env


def server_cost(client, path, repeats=10, uncached=False):
    """Status, queries, median CPU milliseconds and bytes of rendering `path` with Django's
    test `client`, in this process (after one warm-up request); `uncached` empties the cache
    before each request."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    timings = []
    for _ in range(repeats):
        if uncached:
            cache.clear()
        started = time.process_time()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        timings.append((time.process_time() - started) * 1000)
    timings.sort()
    return {
        "status": response.status_code,
        "queries": len(queries),
        "cpu_ms_p50": round(timings[len(timings) // 2], 2),
        "bytes": len(response.content),
    }


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn serving the site on a free loopback port for the duration of a `with`."""

    def __init__(self, env, workers=2):
        self.env, self.workers, self.port = env, workers, free_port()

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "website.wsgi",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.workers}",
                "--log-level=warning",
                # gunicorn.conf.py logs every request to standard output: not the figures.
                "--access-logfile=/dev/null",
            ],
            cwd=PROJECT,
            env=self.env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.base}/healthz", timeout=1)
                return self
            except OSError:
                time.sleep(0.2)
        self.process.kill()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # workers still busy with the last load
            self.process.kill()
            self.process.wait()

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"


def load(url, requests=300, concurrency=4):
    """Fetch `url` `requests` times from `concurrency` threads; latency percentiles in ms."""

    def fetch(_):
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            status = response.status
        return (time.perf_counter() - started) * 1000, status

    for _ in range(10):  # warm-up
        fetch(None)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(fetch, range(requests)))
    elapsed = time.perf_counter() - started
    latencies = sorted(latency for latency, _status in results)
    return {
        "requests": requests,
        "rps": round(requests / elapsed, 1),
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 2),
        "errors": sum(1 for _latency, status in results if status != 200),
    }


def report(name, figures):
    print(
        f"{name:<40} " + "  ".join(f"{key}={value}" for key, value in figures.items()), flush=True
    )


def wrk(url, seconds=5, connections=4, threads=2):
    """Load `url` with wrk for `seconds`: requests per second, latency percentiles in ms (None
    when no request was answered), answers that were not 2xx or 3xx, and timeouts."""
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    units = {"us": 0.001, "ms": 1, "s": 1000}

    def latency(percent):
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)$", output, re.M)
        return round(float(found[1]) * units[found[2]], 2) if found else None  # none answered

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"Socket errors: .*timeout (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "errors": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


def report_against_floor(name, figures, floor):
    """`report` with the throughput as a ratio of the floor's (a bare view) in this run."""
    report(name, {**figures, "vs_floor": f"{figures['rps'] / floor['rps']:.2f}x"})
