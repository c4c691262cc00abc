"""{{ amount|money:currency }}: an amount as the page's reader writes money."""

from django import template

from core.money import format_money

register = template.Library()


@register.filter
def money(amount, currency):
    """The amount formatted in the active language; empty when there is no amount."""
    if amount is None or amount == "" or not currency:
        return ""
    return format_money(amount, currency)
