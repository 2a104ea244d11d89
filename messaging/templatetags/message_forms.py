"""`{% message_widget form.text %}`: a message form's field as `{{ form.text }}` renders it,
rendered once per process and language while the form is empty.

The thread page shows an empty reply form on every view; rendering its two widgets through
Django's form templates cost more than the rest of the form. An unbound `MessageForm`
without initial data renders the same for every request in a language, so that output is
kept; a bound form (a refused reply, with its draft and errors) is rendered every time.
"""

from django import template
from django.forms import BoundField
from django.utils import translation

from messaging.forms import MessageForm

register = template.Library()

_rendered: dict[tuple, str] = {}


@register.simple_tag
def message_widget(field: BoundField) -> str:
    form = field.form
    if type(form) is not MessageForm or form.is_bound or form.initial:
        return str(field)
    key = (form.prefix, form.auto_id, field.name, translation.get_language())
    html = _rendered.get(key)
    if html is None:
        html = _rendered[key] = str(field)
    return html
