"""The one exception a domain rule raises when it says no.

Every rule of the site (the grants workflow, registrations, proposals, roles, payments,
reviews) refuses by raising a `Refusal` or a subclass named for its domain. The message is
translated and written for the person who tried, so a view shows it as it is and keeps what
they typed; nothing a person can do ends in a 500."""

from contextlib import contextmanager

from django.contrib import messages


class Refusal(Exception):
    """A domain rule refuses an action; `message` says why, in the reader's language."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self):
        return str(self.message)


class Attempt:
    """What `refusals_shown` saw: the refusal, if a rule said no."""

    refusal = None

    @property
    def succeeded(self):
        return self.refusal is None


@contextmanager
def refusals_shown(request, form=None, fields=None):
    """The one way a view catches a refusal: its message goes on `form` (next to what the
    person typed) when given, at the field `fields` names for the refusal's code (else above
    the form), or into the messages shown on the next page.

        with refusals_shown(request) as attempt:
            paying.add_tranche(...)
        if attempt.succeeded:
            ...
    """
    attempt = Attempt()
    try:
        yield attempt
    except Refusal as refusal:
        attempt.refusal = refusal
        if form is not None:
            form.add_error((fields or {}).get(refusal.code), refusal.message)
        else:
            messages.error(request, refusal.message)
