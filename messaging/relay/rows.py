"""Model instances from hand-written SELECTs, for the relay's per-message lookups.

The relay looks up the same few rows for every message (the order and its parties at
RCPT, the sender's address or the buyer's thread at DATA). Built by the ORM, each such
query costs more in compiling than in PostgreSQL; written once as SQL it does not. The
instances are made as `Model.from_db` makes them with only the selected fields loaded
(fastpath/django_models.py): any other field is deferred, so reading it costs a query but
is never wrong. The statements are prepared on the server where configured
(fastpath/psycopg.py).

Works on every database Django supports here (PostgreSQL in production, SQLite in the
demo and the default test run): booleans are normalised and datetimes made aware.
"""

from datetime import UTC, datetime
from functools import cache

from django.db import DEFAULT_DB_ALIAS, connection, models
from django.utils import timezone

from .fastpath import django_models as fastpath_django
from .fastpath import psycopg as fastpath_psycopg


@cache
def _fields(model: type[models.Model], names: tuple[str, ...]) -> tuple[models.Field, ...]:
    """The named fields in the model's column order (from_db reads them in that order)."""
    wanted = set(names)
    return tuple(f for f in model._meta.concrete_fields if f.name in wanted)


@cache
def table(model: type[models.Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


@cache
def select(model: type[models.Model], alias: str, names: tuple[str, ...]) -> str:
    """`alias."col", ...` for the named fields, in the order `instance` reads them."""
    quote = connection.ops.quote_name
    return ", ".join(f"{alias}.{quote(f.column)}" for f in _fields(model, names))


@cache
def width(model: type[models.Model], names: tuple[str, ...]) -> int:
    return len(_fields(model, names))


def _aware(value):
    if isinstance(value, str):  # SQLite without a declared type
        value = datetime.fromisoformat(value)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=UTC)  # Django stores UTC
    return value


@cache
def _loaders(model: type[models.Model], names: tuple[str, ...]) -> tuple:
    """Per selected field: its attribute name and how a database value becomes the
    attribute's (None: as it is)."""
    loaders = []
    for f in _fields(model, names):
        convert = None
        if isinstance(f, models.BooleanField):
            convert = bool  # SQLite returns 0/1
        elif isinstance(f, models.DateTimeField):
            convert = _aware
        loaders.append((f.attname, convert))
    return tuple(loaders)


def instance(model: type[models.Model], names: tuple[str, ...], values) -> models.Model | None:
    """An instance from `values` (as `select` listed them); None if its primary key is
    NULL (an outer join that found nothing).

    Built as `Model.from_db` builds one with deferred fields (the attributes of the
    loaded fields set, the others absent, so reading one loads it), without going through
    `Model.__init__` on the Django versions fastpath/django_models.py was written for: no
    `pre_init`/`post_init` signals, which no model read here receives
    (tests/messaging/test_relay_pipeline.py checks)."""
    if values[0] is None:
        return None
    loaders = _loaders(model, names)
    converted = [
        value if convert is None or value is None else convert(value)
        for (_attname, convert), value in zip(loaders, values, strict=True)
    ]
    return fastpath_django.build(model, _attnames(model, names), converted)


@cache
def _attnames(model: type[models.Model], names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(attname for attname, _convert in _loaders(model, names))


def cut(row, *parts) -> list:
    """A row split as `select` listed its parts: a `(model, names)` part becomes an
    instance (None when an outer join found nothing), a `None` part one plain value."""
    values, start = [], 0
    for part in parts:
        if part is None:
            values.append(row[start])
            start += 1
            continue
        model, names = part
        end = start + width(model, names)
        values.append(instance(model, names, row[start:end]))
        start = end
    return values


@cache
def _insert_statement(model: type[models.Model]) -> tuple[str, tuple[models.Field, ...]]:
    fields = tuple(f for f in model._meta.concrete_fields if not f.primary_key)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {table(model)} ({', '.join(quote(f.column) for f in fields)})"  # noqa: S608 (names from the model)
        f" VALUES ({', '.join(['%s'] * len(fields))}) RETURNING {quote(model._meta.pk.column)}"
    )
    return sql, fields


def insert(instance: models.Model) -> models.Model:
    """INSERT a new instance as `save(force_insert=True)` would (each field's `pre_save`
    and database preparation), in one statement prepared once per connection; no model
    signals are sent (the models it is used for have none)."""
    sql, fields = _insert_statement(type(instance))
    values = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    instance.pk = fetch(sql, values)[0][0]
    instance._state.adding = False
    instance._state.db = DEFAULT_DB_ALIAS
    return instance


def fetch(sql: str, params) -> list[tuple]:
    """The rows of `sql`, prepared on the server where configured (fastpath/psycopg.py)."""
    return fastpath_psycopg.fetch(sql, params)
