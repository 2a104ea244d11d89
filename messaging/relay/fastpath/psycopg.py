"""psycopg fast path: the relay's per-message statements prepared on the server.

PostgreSQL then plans each lookup and the message INSERT once per connection, not for
every message (a quarter of the CPU these statements cost it). Preparing is configured
where Django configures the connection: `DATABASES["default"]["OPTIONS"]
["prepare_threshold"]` (config/settings/base.py sets it from DATABASE_PREPARED_STATEMENTS;
Django's own cursors bind on the client and never prepare, so only the statements that
ask for it with `prepare=True`, these, are prepared). Prepared statements live in the
server session: behind a transaction-pooling proxy (PgBouncer in transaction mode) a
statement may meet another session, so set DATABASE_PREPARED_STATEMENTS=false there.

Written against psycopg 3 (`Cursor.execute(..., prepare=True)`); with preparing off,
another database or another psycopg, `fetch` runs the statement on a Django cursor.
"""

from django.db import connection

try:
    import psycopg as _psycopg

    VERSION = _psycopg.__version__
except ImportError:  # SQLite-only installs
    _psycopg = None
    VERSION = ""

SUPPORTED = "3."


def expected() -> bool:
    return connection.vendor == "postgresql"


def configured() -> bool:
    """Preparing is on in the settings (OPTIONS["prepare_threshold"] set)."""
    return connection.settings_dict.get("OPTIONS", {}).get("prepare_threshold") is not None


def active() -> bool:
    return expected() and VERSION.startswith(SUPPORTED) and configured()


def describe() -> str:
    if active():
        return f"fast (psycopg {VERSION}, prepared statements)"
    if not expected():
        return f"fallback ({connection.vendor}: no server-side preparing)"
    if not configured():
        return "fallback (DATABASE_PREPARED_STATEMENTS is off)"
    return f"fallback (psycopg {VERSION}, the fast path is for {SUPPORTED}x)"


def fetch(sql: str, params) -> list[tuple]:
    """The rows of `sql` (`%s` placeholders) in the current connection and transaction.

    Django's error handling applies as for its own cursors: a failure marks the
    connection, which the relay closes after."""
    if not active():
        return fetch_plain(sql, params)
    connection.ensure_connection()
    with connection.wrap_database_errors, _psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(sql, params, prepare=True)
        return cursor.fetchall()


def fetch_plain(sql: str, params) -> list[tuple]:
    """The fallback: a Django cursor, bound on the client."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
