"""The grants roles in templates, so a page offers a button only to those who may use it:
{% if request.user|is_fund_staff %}."""

from django import template

from grants import permissions

register = template.Library()


@register.filter
def is_fund_staff(user):
    """Fund staff (and superusers): they assign reviewers, screen, pay."""
    return permissions.is_fund_staff(user)
