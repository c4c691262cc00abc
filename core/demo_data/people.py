"""Who is who in the demo: the row every app's demo people are written as, and the staff."""

from typing import NamedTuple


class Person(NamedTuple):
    """A demo account: its email address (the login), display name and language."""

    email: str
    name: str
    language: str


STAFF = Person("staff@solidarity.example", "Network staff", "en")
# Wagtail's Editors write pages and submit them; its Moderators approve and publish them.
EDITOR = Person("editor@solidarity.example", "Noor Editor", "ar")
MODERATOR = Person("moderator@solidarity.example", "Jonas Moderator", "en")
