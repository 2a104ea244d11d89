"""`{% load money %}` … `{{ order.total|money:order.currency }}` → `1 234,50 zł`."""

from django import template

from accounts.formats.money import format_money

register = template.Library()


@register.filter
def money(amount, currency):
    """The price in the active language's format with its currency's symbol."""
    return format_money(amount, currency)
