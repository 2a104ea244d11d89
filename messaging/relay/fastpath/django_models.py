"""Django fast path: model instances of selected columns without `Model.__init__`.

The relay reads a few rows per message with hand-written SELECTs (rows.py) and makes
instances of them as `Model.from_db` does for a query with deferred fields: the loaded
fields' attributes set, the others absent (reading one loads it). Built directly (a new
object, its `ModelState`, its `__dict__`) it skips `__init__`'s per-field work and the
`pre_init`/`post_init` signals, which none of these models receives (a test checks).

Written against Django 6.0-6.1 (`SUPPORTED`); with another version `build` is
`Model.from_db`, the public way.
"""

import django
from django.db import DEFAULT_DB_ALIAS
from django.db.models.base import ModelState

SUPPORTED = ((6, 0), (6, 1))
VERSION = django.get_version()


def expected() -> bool:
    return True


def active() -> bool:
    return tuple(django.VERSION[:2]) in SUPPORTED


def describe() -> str:
    if active():
        return f"fast (Django {VERSION})"
    return f"fallback (Django {VERSION}, the fast path is for 6.0-6.1: Model.from_db)"


def build(model, attnames: tuple[str, ...], values) -> object:
    """An instance with exactly these attributes loaded (`attnames` in the model's
    concrete field order), as `Model.from_db` makes one."""
    if not active():
        return build_plain(model, attnames, values)
    obj = model.__new__(model)
    obj._state = ModelState()
    obj._state.adding = False
    obj._state.db = DEFAULT_DB_ALIAS
    obj.__dict__.update(zip(attnames, values, strict=True))
    return obj


def build_plain(model, attnames: tuple[str, ...], values) -> object:
    """The fallback: Django's own `Model.from_db` (deferred fields for the rest)."""
    return model.from_db(DEFAULT_DB_ALIAS, list(attnames), list(values))
