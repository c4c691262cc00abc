"""The shared base sits below the apps: every app may import it, it imports none of them."""

import ast
from pathlib import Path

import core

PROJECT_APPS = {"home", "members", "network", "grants", "website"}


def test_core_imports_no_project_app():
    imported = set()
    for path in Path(core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imported.add(node.module.split(".")[0])
    assert imported & PROJECT_APPS == set()
    assert "core" in imported  # the template tags use the base's own modules
