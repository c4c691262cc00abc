"""Varnish from Debian's packages on loopback, with deploy/varnish.vcl, in front of
pytest-django's live server; the site is served under the proxy's address and the app purges it
through its real frontend-cache backend."""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from wagtail.models import Site

from deploy.varnish import LOOPBACK, ban_everything, running, varnishd_path


@pytest.fixture(scope="session")
def varnishd():
    """Missing Varnish skips locally and fails in CI."""
    if varnishd_path() is None:
        message = "Varnish is not installed (apt-get install varnish)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class Proxy:
    url: str
    port: int
    workdir: Path

    def get(self, address, cookies=None):
        """A GET of `address` (a path or an absolute address) through the proxy."""
        if not address.startswith("http"):
            address = self.url + address
        return requests.get(address, cookies=cookies, allow_redirects=False, timeout=30)


@pytest.fixture(scope="session")
def varnish_server(varnishd, live_server, tmp_path_factory):
    """Varnish in front of the live server for the whole session."""
    workdir = tmp_path_factory.mktemp("varnish")
    with running([urlsplit(live_server.url).port], workdir) as port:
        yield Proxy(url=f"http://{LOOPBACK}:{port}", port=port, workdir=workdir)


@pytest.fixture
def proxy(varnish_server, settings):
    """The proxy with an empty cache, and the app's purges (FRONTEND_CACHE_PURGE_URL) pointed
    at it."""
    # Each test has its own database: nothing cached for an earlier one may be served.
    ban_everything(varnish_server.workdir)
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish_server.url,
        }
    }
    return varnish_server


@pytest.fixture
def proxied_site(home_site, proxy):
    """The site served under the proxy's address, as in production: its pages' addresses, the
    sitemaps and the addresses purged all name the proxy."""
    site = Site.objects.get(pk=home_site.pk)
    site.hostname, site.port = LOOPBACK, proxy.port
    site.save()
    return site
