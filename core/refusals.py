"""The one exception a domain rule raises when it says no.

Every rule of the site (the grants workflow, registrations, proposals, roles, payments,
reviews) refuses by raising a `Refusal` or a subclass named for its domain. The message is
translated and written for the person who tried, so a view shows it as it is and keeps what
they typed; nothing a person can do ends in a 500."""


class Refusal(Exception):
    """A domain rule refuses an action; `message` says why, in the reader's language."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self):
        return str(self.message)
