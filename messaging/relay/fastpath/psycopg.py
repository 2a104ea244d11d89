"""psycopg fast path: the relay's per-message statements prepared on the server.

PostgreSQL then plans each lookup and the message INSERT once per connection, not for
every message (a quarter of the CPU these statements cost it). Preparing is configured
where Django configures the connection: `DATABASES["default"]["OPTIONS"]
["prepare_threshold"]`, which the relay process sets as it starts (`enable`, from
run_mail_relay, when settings.RELAY_PREPARED_STATEMENTS, i.e. DATABASE_PREPARED_STATEMENTS,
is on). Django's own cursors bind on the client and never prepare, so only the statements
that ask for it with `prepare=True`, these, are prepared; other processes leave the
option unset (psycopg's bookkeeping of a threshold costs every statement a little).
Prepared statements live in the server session: behind a transaction-pooling proxy
(PgBouncer in transaction mode) a statement may meet another session, so set
DATABASE_PREPARED_STATEMENTS=false there.

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


THRESHOLD = 2**31  # no statement reaches it: only those asking with `prepare=True`


def expected() -> bool:
    return connection.vendor == "postgresql"


def enable() -> bool:
    """In the relay process, before it connects: prepare the relay's statements if the
    settings allow (DATABASE_PREPARED_STATEMENTS). Returns whether it did."""
    from django.conf import settings

    if not (expected() and getattr(settings, "RELAY_PREPARED_STATEMENTS", False)):
        return False
    connection.settings_dict.setdefault("OPTIONS", {})["prepare_threshold"] = THRESHOLD
    if connection.connection is not None:
        connection.close()  # the next connection is made with the option
    return True


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
    raw = connection.connection
    if raw.prepare_threshold is None:  # opened before the option was set
        raw.prepare_threshold = connection.settings_dict["OPTIONS"]["prepare_threshold"]
    with connection.wrap_database_errors, _psycopg.Cursor(raw) as cursor:
        cursor.execute(sql, params, prepare=True)
        return cursor.fetchall()


def fetch_plain(sql: str, params) -> list[tuple]:
    """The fallback: a Django cursor, bound on the client."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
