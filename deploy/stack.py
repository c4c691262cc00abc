"""The production topology on loopback: PostgreSQL, Redis, an S3-compatible server (moto), an
SMTP sink, two gunicorn app servers behind Varnish and the `db_worker` task worker, all run
with website.settings.production and torn down together.

`make stack` (`python -m deploy.stack`) runs it in the foreground with the demo content until
Ctrl-C; tests/stack/ uses the same `Stack` as a context manager. Everything lives in one
throwaway folder and on free loopback ports; nothing is left behind."""

import argparse
import contextlib
import email
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from deploy import varnish
from deploy.loopback import free_port

PROJECT = Path(__file__).resolve().parent.parent
BUCKET = "solidarity-media"
# Names of the services a stack needs, for a test to say what is missing.
PROGRAMS = ("redis-server", "varnishd")


def postgres_bin():
    """The newest PostgreSQL server's bin folder installed from Debian's packages, or None."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda path: int(path.parts[-3])
    )
    return found[-1].parent if found else None


def program(name):
    """The path of `name`, also in the system folders a non-root PATH often lacks."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def missing_services():
    """What this machine lacks to run a stack (empty when it has everything)."""
    missing = [name for name in PROGRAMS if program(name) is None]
    if postgres_bin() is None:
        missing.append("postgresql")
    return missing


def wait_until(ready, what, timeout=60):
    """Poll `ready()` until it is true; a service that never gets there stops the start-up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not become ready within {timeout} s")


def answers(url, status=200):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == status
    except urllib.error.HTTPError as error:
        return error.code == status
    except OSError:
        return False


def listening(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


class SMTPSink:
    """An SMTP server on loopback that keeps every message it receives (aiosmtpd)."""

    def __init__(self, port, echo=False):
        from aiosmtpd.controller import Controller

        # aiosmtpd tells of every connection at INFO; the messages are what matters here.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.messages, self.echo = [], echo
        self.controller = Controller(self, hostname="127.0.0.1", port=port)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content)
        self.messages.append(message)
        if self.echo:
            print(f"[smtp] to {', '.join(envelope.rcpt_tos)}: {message['Subject']}", flush=True)
        return "250 Message accepted"

    def start(self):
        self.controller.start()

    def stop(self):
        self.controller.stop()


class Stack:
    """Every service of the production topology on loopback, for the duration of a `with`.

    `app_urls` are the two gunicorn servers, `url` is Varnish in front of them, `mailbox` the
    messages the SMTP sink received. `workers` is gunicorn's worker count per app server;
    `content` a manage.py command that fills the migrated database (run while the app servers
    start; what it printed is `log("content")`); `echo` sends every service's output here."""

    def __init__(self, workers=2, content=(), echo=False):
        self.workers, self.content, self.echo = workers, content, echo
        self.ports = {
            name: free_port()
            for name in ("postgres", "redis", "s3", "smtp", "varnish", "app_a", "app_b")
        }
        self.url = f"http://127.0.0.1:{self.ports['varnish']}"
        self.app_urls = [f"http://127.0.0.1:{self.ports[name]}" for name in ("app_a", "app_b")]
        self.s3_url = f"http://127.0.0.1:{self.ports['s3']}"
        self.processes, self.cleanups = {}, []

    # -- the environment production settings read ------------------------------------------

    @property
    def env(self):
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "DATABASE_", "AWS_", "EMAIL_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="website.settings.production",
            SECRET_KEY=self.secret_key,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            # Plain HTTP on loopback: no TLS proxy in front to redirect to.
            SECURE_SSL_REDIRECT="0",
            SITE_URL=self.url,
            DATABASE_URL=f"postgres://solidarity@127.0.0.1:{self.ports['postgres']}/solidarity",
            REDIS_URL=f"redis://127.0.0.1:{self.ports['redis']}/0",
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=self.s3_url,
            AWS_S3_REGION_NAME="us-east-1",
            AWS_ACCESS_KEY_ID="stack",
            AWS_SECRET_ACCESS_KEY="stack",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.ports["smtp"]),
            EMAIL_USE_TLS="0",
            FRONTEND_CACHE_PURGE_URL=self.url,
            TASKS_BACKEND="database",
            WEB_CONCURRENCY=str(self.workers),
            LOG_LEVEL=os.environ.get("LOG_LEVEL", "WARNING"),
            PYTHONPATH=str(PROJECT),
        )
        return env

    # -- start and stop ---------------------------------------------------------------------

    def __enter__(self):
        self.secret_key = secrets.token_urlsafe(60)
        self.folder = Path(tempfile.mkdtemp(prefix="solidarity-stack-"))
        self.folder.chmod(0o755)
        self.cleanups.append(lambda: shutil.rmtree(self.folder, ignore_errors=True))
        self.timings = {}
        try:
            self._timed("postgres", self._start_database)
            # The slow steps run side by side: the schema, the static files, the other services.
            self._spawn("migrate", self._manage_command("migrate", "--noinput", "-v", "0"))
            self._spawn(
                "collectstatic", self._manage_command("collectstatic", "--noinput", "-v", "0")
            )
            self._timed("redis", self._start_redis)
            self._timed("s3", self._start_s3)
            self._timed("smtp", self._start_smtp)
            self._timed("migrate and static files", self._finish, "migrate", "collectstatic")
            if self.content:
                self._spawn("content", self._manage_command(*self.content))
            self._timed("app servers", self._start_apps)
            if self.content:
                self._timed("content", self._finish, "content")
            self._timed("worker", self._start_worker)
            self._timed("varnish", self._start_varnish)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for name in reversed(list(self.processes)):
            process = self.processes.pop(name)
            started = time.monotonic()
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self.timings[f"stop {name}"] = round(time.monotonic() - started, 1)
        while self.cleanups:
            self.cleanups.pop()()

    def _timed(self, name, start, *args):
        started = time.monotonic()
        start(*args)
        self.timings[name] = round(time.monotonic() - started, 1)

    def _finish(self, *names):
        """Wait for the one-off commands `names` to end; one that failed stops the start-up."""
        for name in names:
            if self.processes[name].wait() != 0:
                raise RuntimeError(f"{name} failed:\n{self.log(name)}")

    def _spawn(self, name, command, **kwargs):
        log = open(self.folder / f"{name}.log", "ab")  # noqa: SIM115 - closed on stop
        self.cleanups.append(log.close)
        output = None if self.echo else log
        self.processes[name] = subprocess.Popen(
            command,
            cwd=PROJECT,
            env=kwargs.pop("env", self.env),
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
            **kwargs,
        )
        return self.processes[name]

    def log(self, name):
        """What service `name` wrote so far (for a failing test to show)."""
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
    def _as_postgres(self, command):
        if os.geteuid() == 0:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(map(str, command))]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def _start_database(self):
        self.pg_bin, self.pg_data = postgres_bin(), self.folder / "postgres"
        self.pg_data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.pg_data, "postgres")
        self._as_postgres(
            [self.pg_bin / "initdb", "-D", self.pg_data, "-A", "trust", "-U", "solidarity"]
        )
        self.start_database()
        self.cleanups.append(self.stop_database)
        subprocess.run(
            [self.pg_bin / "createdb", *self._database_client_options(), "solidarity"],
            check=True,
        )

    def _database_client_options(self):
        """How PostgreSQL's client programs reach the stack's server, as its owner."""
        return ["-h", "127.0.0.1", "-p", str(self.ports["postgres"]), "-U", "solidarity"]

    def start_database(self):
        """Start PostgreSQL (again) and wait until it accepts connections."""
        options = (
            f"-p {self.ports['postgres']} -k {self.pg_data} -c listen_addresses=127.0.0.1"
            " -c fsync=off"
        )
        self._as_postgres(
            [
                self.pg_bin / "pg_ctl",
                "-D",
                self.pg_data,
                "-l",
                self.pg_data / "log",
                "-w",
                "-o",
                f"'{options}'",
                "start",
            ]
        )

    def stop_database(self):
        """Stop PostgreSQL at once, as a crash would."""
        if (self.pg_data / "postmaster.pid").exists():
            self._as_postgres(
                [self.pg_bin / "pg_ctl", "-D", self.pg_data, "-m", "immediate", "-w", "stop"]
            )

    def _start_redis(self):
        self._spawn(
            "redis",
            [
                program("redis-server"),
                "--port",
                str(self.ports["redis"]),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
        )
        wait_until(lambda: listening(self.ports["redis"]), "Redis")

    def _start_s3(self):
        self._spawn(
            "s3",
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.ports["s3"])],
        )
        wait_until(lambda: answers(f"{self.s3_url}/moto-api/"), "moto")
        self.s3().create_bucket(Bucket=BUCKET)

    def s3(self):
        """A boto3 client for the stack's S3 server."""
        import boto3

        env = self.env
        return boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            region_name=env["AWS_S3_REGION_NAME"],
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
        )

    def _start_smtp(self):
        self.smtp = SMTPSink(self.ports["smtp"], echo=self.echo)
        self.smtp.start()
        self.cleanups.append(self.smtp.stop)

    @property
    def mailbox(self):
        return self.smtp.messages

    def _start_apps(self):
        for name in ("app_a", "app_b"):
            self._spawn(
                name,
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "website.wsgi",
                    "--config",
                    "gunicorn.conf.py",
                    f"--bind=127.0.0.1:{self.ports[name]}",
                ],
            )
        for url in self.app_urls:
            wait_until(lambda url=url: answers(f"{url}/healthz"), f"gunicorn at {url}")

    def _start_worker(self):
        self._spawn(
            "worker",
            self._manage_command("db_worker", "--interval", "0.2", "--no-startup-delay"),
        )

    def _start_varnish(self):
        # The VCL includes the backends written here: a round-robin over both servers.
        ports = [self.ports[name] for name in ("app_a", "app_b")]
        (self.folder / "backends.vcl").write_text(varnish.backends_vcl(ports))
        self._spawn("varnish", varnish.command(self.ports["varnish"], self.folder))
        wait_until(lambda: answers(f"{self.url}/healthz"), "Varnish")

    # -- running Django against the stack ----------------------------------------------------

    def _manage_command(self, *args):
        return [sys.executable, "manage.py", *args]

    def sql(self, query):
        """Rows of `query` on the stack's database, as tab-separated text."""
        return subprocess.run(
            [
                self.pg_bin / "psql",
                *self._database_client_options(),
                "-d",
                "solidarity",
                "-AtF",
                "\t",
                "-c",
                query,
            ],  # fmt: skip
            check=True,
            capture_output=True,
            text=True,
        ).stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-demo", action="store_true", help="start with an empty site")
    arguments = parser.parse_args()
    missing = missing_services()
    if missing:
        sys.exit(f"Missing: {', '.join(missing)}")
    with Stack(content=() if arguments.no_demo else ("load_demo",), echo=True) as stack:
        print(
            f"\nThe site, through Varnish: {stack.url}/\n"
            f"App servers: {', '.join(stack.app_urls)}\n"
            f"S3 (moto): {stack.s3_url}/  bucket {BUCKET}\n"
            f"SMTP sink: 127.0.0.1:{stack.ports['smtp']} (messages printed here)\n"
            f"PostgreSQL: {stack.env['DATABASE_URL']}\n"
            f"Redis: {stack.env['REDIS_URL']}\n"
            "Ctrl-C stops everything.",
            flush=True,
        )
        # Ctrl-C, or a SIGTERM, leaves the `with`, which stops every service (SIGINT too is
        # set: a shell without job control starts background commands with it ignored).
        for stop in (signal.SIGINT, signal.SIGTERM):
            signal.signal(stop, signal.default_int_handler)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    main()
