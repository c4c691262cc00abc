"""Stylesheets use logical properties only, so right-to-left languages mirror without a
second stylesheet."""

import re
from pathlib import Path

from django.conf import settings

PHYSICAL = re.compile(
    r"(?<![\w-])(margin|padding|border)-(left|right)\b"
    r"|(?<![\w-])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)"
    r"|float\s*:\s*(left|right)"
)
APPS = ["website", "home", "members", "network", "grants"]


def project_stylesheets():
    base = Path(settings.BASE_DIR)
    for app in APPS:
        for path in (base / app).glob("**/static/**/*.css"):
            if "vendor" not in path.parts:
                yield path


def test_stylesheets_use_logical_properties_only():
    offences = []
    for path in project_stylesheets():
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if PHYSICAL.search(line):
                offences.append(f"{path.name}:{number}: {line.strip()}")
    assert offences == []


def test_the_site_stylesheet_is_checked():
    assert any(path.name == "site.css" for path in project_stylesheets())
