"""Varnish from Debian's packages on loopback, with deploy/varnish.vcl, in front of
pytest-django's live server; the site is served under the proxy's address and the app purges it
through its real frontend-cache backend."""

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from wagtail.models import Site

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish.vcl"
VARNISHD_CANDIDATES = ["varnishd", "/usr/sbin/varnishd"]
# The app servers' address: the only client whose PURGE Varnish obeys.
APP_ADDRESS = "127.0.0.1"
BACKENDS_VCL = """\
backend app {{ .host = "{host}"; .port = "{port}"; }}
acl app_servers {{ "{app}"; }}
sub app_backend {{ set req.backend_hint = app; }}
"""


def _varnishd_path():
    for candidate in VARNISHD_CANDIDATES:
        if path := shutil.which(candidate):
            return path
    return None


@pytest.fixture(scope="session")
def varnishd():
    """The varnishd binary. Missing Varnish skips locally and fails in CI."""
    path = _varnishd_path()
    if path is None:
        message = "Varnish is not installed (apt-get install varnish)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _free_port():
    with socket.socket() as probe:
        probe.bind((APP_ADDRESS, 0))
        return probe.getsockname()[1]


@dataclass
class Varnish:
    url: str
    port: int
    workdir: Path

    def get(self, path, cookies=None):
        """An anonymous GET of `path` (or an absolute address) through the proxy."""
        address = path if path.startswith("http") else self.url + path
        return requests.get(address, cookies=cookies, allow_redirects=False, timeout=30)


def _wait_until_listening(process, port, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"varnishd stopped: {log.read_text()}")
        try:
            socket.create_connection((APP_ADDRESS, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"varnishd did not listen on {port}: {log.read_text()}")


@pytest.fixture(scope="session")
def varnish_server(varnishd, live_server, tmp_path_factory):
    """Varnish in front of the live server for the whole session."""
    workdir = tmp_path_factory.mktemp("varnish")
    backend = urlsplit(live_server.url)
    (workdir / "backends.vcl").write_text(
        BACKENDS_VCL.format(host=APP_ADDRESS, port=backend.port, app=APP_ADDRESS)
    )
    port = _free_port()
    log = workdir / "varnishd.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                varnishd,
                "-F",
                "-j",
                "none",  # no jail: the tests' own user runs it, in its temp directory
                "-n",
                str(workdir / "work"),
                "-a",
                f"{APP_ADDRESS}:{port}",
                "-T",
                f"{APP_ADDRESS}:0",
                "-f",
                str(VCL),
                "-p",
                f"vcl_path={workdir}",
                "-s",
                "malloc,32m",
            ],  # fmt: skip
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_listening(process, port, log)
        yield Varnish(url=f"http://{APP_ADDRESS}:{port}", port=port, workdir=workdir / "work")
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def varnish(varnish_server, settings):
    """The proxy with an empty cache, and the app's purges (FRONTEND_CACHE_PURGE_URL) pointed
    at it."""
    # Each test has its own database: nothing cached for an earlier one may be served.
    subprocess.run(
        ["varnishadm", "-n", str(varnish_server.workdir), "ban", "req.url", "~", "."],
        check=True,
        capture_output=True,
    )
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish_server.url,
        }
    }
    return varnish_server


@pytest.fixture
def proxied_site(home_site, varnish):
    """The site served under the proxy's address, as in production: its pages' addresses, the
    sitemaps and the addresses purged all name the proxy."""
    site = Site.objects.get(pk=home_site.pk)
    site.hostname, site.port = APP_ADDRESS, varnish.port
    site.save()
    return site
