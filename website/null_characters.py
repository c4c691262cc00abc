"""Requests carrying a null character in a query or form value are refused before any view
runs: no text the site stores or searches may contain one (PostgreSQL cannot even compare
with one), and Wagtail's admin views would pass it to the database as it is."""

from django.core.validators import ProhibitNullCharactersValidator
from django.shortcuts import render


def carries_null_character(data):
    """Whether any key or value of the QueryDict `data` contains a null character."""
    return any("\x00" in text for key, values in data.lists() for text in (key, *values))


class NullCharacterMiddleware:
    """Answers 400 with a translated page, in the words Django's form fields use for the same
    refusal, when the query string or the posted form holds a null character."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_null_character(request.GET) or carries_null_character(request.POST):
            return render(
                request,
                "website/null_characters.html",
                {"reason": ProhibitNullCharactersValidator.message},
                status=400,
            )
        return self.get_response(request)
