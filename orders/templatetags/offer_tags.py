from django import template

from ..attributes import attribute_rows

register = template.Library()


@register.filter
def offer_attribute_rows(attributes) -> list[tuple[str, str]]:
    """An offer's attributes as (translated label, readable value) rows (orders/attributes.py)."""
    return attribute_rows(attributes)
