"""What a web worker loads at start-up: the site's views and URLs, not the libraries only some
rare action needs (writing or reading PDF files take some 80 MB together, Stripe's library for
a donation some 10 MB, iCalendar files some 9 MB)."""

import subprocess
import sys

from django.conf import settings

START_UP = """
import sys
import django
django.setup()
from django.urls import get_resolver
from website.wsgi import application
get_resolver().url_patterns
print(" ".join(sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1:]))))
"""


def test_a_web_worker_does_not_load_the_libraries_of_rare_actions_at_start_up():
    loaded = subprocess.run(
        [sys.executable, "-c", START_UP, "fpdf", "fontTools", "pypdf", "stripe", "icalendar"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()

    assert loaded == []
