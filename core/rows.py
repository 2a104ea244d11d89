"""Model instances from rows of a plain SQL statement, converted as the ORM converts them.

For the hot reads written as one plain statement (the thread page, the thread list, the
API's token check): building the ORM query cost more than running it.
"""

from django.db import connection


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def loader(model, alias: str, names: tuple[str, ...] | None = None):
    """The columns of `model`'s concrete fields (those in `names`, if given) for a SELECT
    from `alias`, and a function making an instance of their values, converted as the ORM
    converts them (the fields not selected load on first use)."""
    fields = [f for f in model._meta.concrete_fields if names is None or f.attname in names]
    columns = [f"{alias}.{_quote(f.column)}" for f in fields]
    attnames = [f.attname for f in fields]
    convert = converter(fields)

    def make(values):
        return model.from_db(connection.alias, attnames, convert(values))

    return columns, make


def converter(fields):
    """A function converting raw values of `fields` (in order) as the ORM's rows are:
    aware datetimes from SQLite's strings, JSON decoded, booleans from SQLite's 0/1."""
    converters = []
    for position, model_field in enumerate(fields):
        column = model_field.get_col(model_field.model._meta.db_table)
        found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if found:
            converters.append((position, column, found))
    if not converters:
        return list

    def convert(values):
        values = list(values)
        for position, column, functions in converters:
            for function in functions:
                values[position] = function(values[position], column, connection)
        return values

    return convert
