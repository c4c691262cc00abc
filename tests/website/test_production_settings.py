"""Production settings: a deploy check with no warnings, and a refusal to start when DEBUG is
on or the secret key is missing. Each case runs manage.py in its own process, as a server
would start."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def run_manage(*args, **environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update({"DJANGO_SETTINGS_MODULE": "website.settings.production", **environment})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_reports_no_warnings_with_a_real_secret():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="solidarity.example",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"ALLOWED_HOSTS": "solidarity.example"}, "SECRET_KEY must be set"),
        (
            {"DEBUG": "1", "SECRET_KEY": secrets.token_urlsafe(60), "ALLOWED_HOSTS": "x.example"},
            "DEBUG must be off in production",
        ),
    ],
)
def test_production_refuses_to_start_misconfigured(environment, message):
    result = run_manage("check", **environment)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_reads_services_from_the_environment():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND'], s.STORAGES['default']['BACKEND'], "
        "s.EMAIL_HOST, s.DATABASES['default']['ENGINE'], s.TASKS['default']['BACKEND'])",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="solidarity.example",
        REDIS_URL="redis://127.0.0.1:6379/0",
        AWS_STORAGE_BUCKET_NAME="media",
        EMAIL_HOST="smtp.solidarity.example",
        DATABASE_URL="postgres://user:pass@127.0.0.1:5432/solidarity",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "storages.backends.s3.S3Storage",
        "smtp.solidarity.example",
        "django.db.backends.postgresql",
        "django_tasks_db.DatabaseBackend",
    ]
