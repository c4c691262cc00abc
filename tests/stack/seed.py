"""The content the stack's smoke test starts from, written into the stack's own database by
`manage.py shell` under production settings: the site, a staff editor with an authenticator
app, and a draft waiting on the English "about" page. Prints what the test needs as JSON."""

import json

from wagtail.models import Page

from tests.factories import UserFactory, build_site

EDITOR_EMAIL = "noor.editor@example.org"
DRAFT_TITLE = "Who we are, now with the new hubs"


def seed():
    build_site()
    UserFactory(staff=True, email=EDITOR_EMAIL, display_name="Noor Editor")
    about = Page.objects.get(locale__language_code="en", depth=3).specific
    live_title = about.title
    about.title = DRAFT_TITLE
    about.save_revision()
    print(
        json.dumps(
            {
                "about_id": about.pk,
                "about_path": about.url,
                "live_title": live_title,
                "draft_title": DRAFT_TITLE,
                "editor_email": EDITOR_EMAIL,
            }
        )
    )
