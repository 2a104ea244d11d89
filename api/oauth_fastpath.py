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
from core.rows import loader

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


_TOKEN_FIELDS = ("id", "expires", "scope", "resource", "application_id", "user_id")
_APPLICATION_FIELDS = ("id", "name", "authorization_grant_type", "user_id")


def check(raw_token: str) -> Checked | object | None:
    """The token's row, application and acting user if it exists and has not expired;
    None if it is unknown or expired; UNDECIDED when the toolkit has to look."""
    if not raw_token:
        return None
    quote = connection.ops.quote_name
    token_columns, make_token = loader(AccessToken, "t", _TOKEN_FIELDS)
    app_columns, make_application = loader(Application, "a", _APPLICATION_FIELDS)
    user_columns, make_user = loader(User, "u")
    grant = quote(Application._meta.get_field("authorization_grant_type").column)
    sql = (
        f"SELECT {', '.join(token_columns + app_columns + user_columns)}"  # noqa: S608
        f" FROM {quote(AccessToken._meta.db_table)} t"
        f" JOIN {quote(Application._meta.db_table)} a ON a.id = t.application_id"
        f" LEFT JOIN {quote(User._meta.db_table)} u ON u.id = COALESCE(t.user_id,"
        f"  CASE WHEN a.{grant} = %s THEN a.user_id END)"
        " WHERE t.token_checksum = %s"
    )  # table and column names from the models, every value a parameter
    checksum = hashlib.sha256(raw_token.encode("utf-8")).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute(sql, [AbstractApplication.GRANT_CLIENT_CREDENTIALS, checksum])
        row = cursor.fetchone()
    if row is None:
        return None
    token = make_token(row[: len(token_columns)])
    application = make_application(row[len(token_columns) : -len(user_columns)])
    user_values = row[-len(user_columns) :]
    if token.resource:  # restricted to resource servers: the toolkit checks the audience
        return UNDECIDED
    if token.is_expired():
        return None
    user = make_user(user_values) if user_values[0] is not None else None
    return Checked(token=token, application=application, user=user)
