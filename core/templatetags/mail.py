"""Links in emails: `{{ path|absolute_url }}` makes a path on this site a full address."""

from django import template

from core import mail

register = template.Library()

register.filter("absolute_url", mail.absolute_url)
