"""The CSRF token of a form that may sit on a publicly cached page (see website/caching.py)."""

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def form_token(context):
    """An empty token input that form-token.js fills on submit when the page may be shared
    (an anonymous GET); the visitor's own token everywhere else."""
    request = context["request"]
    shared = request.method in ("GET", "HEAD") and not request.user.is_authenticated
    if shared:
        return format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="" data-token-from="{}">',
            reverse("csrf_token"),
        )
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
    )
