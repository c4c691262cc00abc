"""Varnish on loopback with deploy/varnish.vcl, for the loopback stack (deploy/stack.py), the
proxy tests (tests/proxy) and the proxy benchmark (bench/proxy.py): the backends file the VCL
includes, the varnishd command and a running instance."""

import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from deploy.loopback import LOOPBACK, free_port

VCL = Path(__file__).with_name("varnish.vcl")


def varnishd_path():
    """The varnishd binary (Debian installs it in /usr/sbin, which a non-root PATH lacks), or
    None."""
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/sbin")


def backends_vcl(ports, host=LOOPBACK):
    """The backends file deploy/varnish.vcl includes: the app servers on `ports` taken in turn
    by a round-robin director, and `host` (the app servers and the worker, which purges after a
    publish) as the only address whose PURGE is obeyed."""
    servers = "".join(
        f'backend app_{index} {{ .host = "{host}"; .port = "{port}"; }}\n'
        for index, port in enumerate(ports)
    )
    members = "".join(f"    servers.add_backend(app_{index});\n" for index in range(len(ports)))
    return (
        "# Written by deploy/varnish.py for one run on loopback.\n"
        "import directors;\n\n"
        f"{servers}\n"
        "sub vcl_init {\n    new servers = directors.round_robin();\n"
        f"{members}}}\n\n"
        "sub app_backend {\n    set req.backend_hint = servers.backend();\n}\n\n"
        f'acl app_servers {{\n    "{host}";\n}}\n'
    )


def command(port, workdir):
    """varnishd in the foreground on `port`, its backends file and working files in `workdir`
    (write the backends with `backends_vcl` first); run as the caller's own user."""
    return [
        varnishd_path(),
        "-F",
        "-j", "none",
        "-n", str(Path(workdir) / "varnish"),
        "-a", f"{LOOPBACK}:{port}",
        "-T", f"{LOOPBACK}:0",
        "-f", str(VCL),
        "-p", f"vcl_path={workdir}",
        "-s", "malloc,64m",
    ]  # fmt: skip


@contextmanager
def running(backend_ports, workdir):
    """Varnish in front of the app servers on `backend_ports`, until the block ends; yields its
    port."""
    workdir = Path(workdir)
    (workdir / "backends.vcl").write_text(backends_vcl(backend_ports))
    port = free_port()
    log = workdir / "varnishd.log"
    with log.open("w") as output:
        process = subprocess.Popen(command(port, workdir), stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_until_listening(process, port, log)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_listening(process, port, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd stopped: {log.read_text()}")
        try:
            socket.create_connection((LOOPBACK, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"varnishd did not listen on {port}: {log.read_text()}")


def ban_everything(workdir):
    """Empty the cache of the Varnish working in `workdir`."""
    subprocess.run(
        ["varnishadm", "-n", str(Path(workdir) / "varnish"), "ban", "req.url", "~", "."],
        check=True,
        capture_output=True,
    )
