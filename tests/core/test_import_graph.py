"""The apps import one way (docs/architecture.md): core below everything, website on top."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {
    "core": set(),
    "home": {"core"},
    "members": {"core"},
    "network": {"core", "home", "members"},
    "grants": {"core", "home", "members"},
    "website": {"core", "home", "members", "network", "grants"},
}


def _imported_apps(app):
    found = set()
    for path in (ROOT / app).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            found |= {name.split(".")[0] for name in names} & (ALLOWED.keys() - {app})
    return found


def test_each_app_imports_only_the_apps_below_it():
    assert {app: _imported_apps(app) - allowed for app, allowed in ALLOWED.items()} == {
        app: set() for app in ALLOWED
    }
