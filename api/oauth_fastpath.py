"""django-oauth-toolkit fast path: a bearer token checked in one plain statement.

The toolkit checks a token through oauthlib's resource endpoint, which loads it with an
ORM query (token, application, its user) and, for a seller's own tool (client
credentials, no user on the token), the application's user in a second one: about half of
an API list call's CPU went to compiling and running those. On the versions this was
written for (`SUPPORTED`), with the toolkit's own models and no introspection server, the
same decision is taken here from one statement over the same rows: the token by its
SHA-256 checksum (as `TokenChecksumField` stores it), not expired, its application, and
the user it acts for. A token the fast path cannot decide alike (one restricted to
resource servers, RFC 8707) is left to the toolkit. With another version, swapped
models or an introspection server configured, the toolkit decides every call.
tests/api/test_oauth_fastpath.py holds it to the toolkit's decisions.
"""

import hashlib
from dataclasses import dataclass

import oauth2_provider
from django.conf import settings
from django.db import connection
from oauth2_provider.models import AbstractApplication, AccessToken, Application
from oauth2_provider.settings import oauth2_settings

from accounts.models import User

SUPPORTED = "3.4."
VERSION = getattr(oauth2_provider, "__version__", "")
UNDECIDED = object()  # the toolkit has to decide


def active() -> bool:
    return (
        VERSION.startswith(SUPPORTED)
        and oauth2_settings.ACCESS_TOKEN_MODEL == "oauth2_provider.AccessToken"  # noqa: S105
        and oauth2_settings.APPLICATION_MODEL == "oauth2_provider.Application"
        and not oauth2_settings.RESOURCE_SERVER_INTROSPECTION_URL
        and Application.is_usable is AbstractApplication.is_usable
        and getattr(settings, "API_OAUTH_FASTPATH", True)
    )


def describe() -> str:
    if active():
        return f"fast (django-oauth-toolkit {VERSION}, one statement per token)"
    return f"fallback (django-oauth-toolkit {VERSION}: the toolkit checks every token)"


@dataclass(frozen=True)
class Checked:
    token: AccessToken
    application: Application
    user: User | None


def _columns(model, alias: str, names: list[str]) -> list[str]:
    quote = connection.ops.quote_name
    return [f"{alias}.{quote(model._meta.get_field(n).column)}" for n in names]


_TOKEN_FIELDS = ["id", "expires", "scope", "resource", "application", "user"]
_APPLICATION_FIELDS = ["id", "name", "authorization_grant_type", "user"]
_USER_FIELDS = [f.name for f in User._meta.concrete_fields]


def check(raw_token: str) -> Checked | object | None:
    """The token's row, application and acting user if it exists and has not expired;
    None if it is unknown or expired; UNDECIDED when the toolkit has to look."""
    if not raw_token:
        return None
    quote = connection.ops.quote_name
    token_table = quote(AccessToken._meta.db_table)
    app_table = quote(Application._meta.db_table)
    user_table = quote(User._meta.db_table)
    token_user = quote(AccessToken._meta.get_field("user").column)
    app_user = quote(Application._meta.get_field("user").column)
    grant = quote(Application._meta.get_field("authorization_grant_type").column)
    sql = (
        f"SELECT {', '.join(_columns(AccessToken, 't', _TOKEN_FIELDS))},"  # noqa: S608
        f" {', '.join(_columns(Application, 'a', _APPLICATION_FIELDS))},"
        f" {', '.join(_columns(User, 'u', _USER_FIELDS))}"
        f" FROM {token_table} t"
        f" JOIN {app_table} a ON a.id = t.{quote('application_id')}"
        f" LEFT JOIN {user_table} u ON u.id = COALESCE(t.{token_user},"
        f"  CASE WHEN a.{grant} = %s THEN a.{app_user} END)"
        f" WHERE t.{quote('token_checksum')} = %s"
    )  # table and column names from the models, every value a parameter
    checksum = hashlib.sha256(raw_token.encode("utf-8")).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute(sql, [AbstractApplication.GRANT_CLIENT_CREDENTIALS, checksum])
        row = cursor.fetchone()
    if row is None:
        return None
    db = connection.alias
    token_values = row[: len(_TOKEN_FIELDS)]
    app_values = row[len(_TOKEN_FIELDS) : len(_TOKEN_FIELDS) + len(_APPLICATION_FIELDS)]
    user_values = row[len(_TOKEN_FIELDS) + len(_APPLICATION_FIELDS) :]
    token = _instance(AccessToken, db, _TOKEN_FIELDS, token_values)
    if token.resource:  # restricted to resource servers: the toolkit checks the audience
        return UNDECIDED
    if token.is_expired():
        return None
    application = _instance(Application, db, _APPLICATION_FIELDS, app_values)
    user = _instance(User, db, _USER_FIELDS, user_values) if user_values[0] is not None else None
    return Checked(token=token, application=application, user=user)


def _instance(model, db: str, names: list[str], values):
    """A model instance from raw values, as the ORM makes one (other fields deferred)."""
    fields = [model._meta.get_field(n) for n in names]
    converted = []
    for field, value in zip(fields, values, strict=True):
        column = field.get_col(model._meta.db_table)
        own = column.get_db_converters(connection)
        for converter in connection.ops.get_db_converters(column) + own:
            value = converter(value, column, connection)
        converted.append(value)
    # from_db takes the values in the model's field order
    by_name = dict(zip((f.attname for f in fields), converted, strict=True))
    names = [f.attname for f in model._meta.concrete_fields if f.attname in by_name]
    return model.from_db(db, names, [by_name[name] for name in names])
