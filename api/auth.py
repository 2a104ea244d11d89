"""Who calls: an OAuth2 access token (django-oauth-toolkit), its scopes, its limits.

A token from the authorization code flow (a third-party application, PKCE required)
acts for the seller who consented; one from client credentials acts for the seller who
registered that application (their own tool). Every call counts against the application's
and the seller's rate limits (RATE_LIMITS "api_application", "api_seller"); over either
one the answer is 429 with Retry-After.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja.security import HttpBearer
from oauth2_provider.models import AbstractApplication, AccessToken, Application
from oauth2_provider.oauth2_backends import get_oauthlib_core

from accounts.models import User
from core.ratelimit import rate_limit_hit, rate_limit_message

from . import oauth_fastpath
from .errors import ApiError, invalid
from .oauth_fastpath import UNDECIDED
from .schemas import storable


@dataclass(frozen=True)
class Caller:
    user: User
    application: Application
    token: AccessToken


INSUFFICIENT_SCOPE = _(
    "The application was not allowed to do this. Connect it again with %(scope)s."
)


class OAuth2(HttpBearer):
    """`auth=OAuth2("messages:read")`: a valid token with these scopes, else 401 / 403."""

    openapi_scheme = "bearer"

    def __init__(self, *scopes: str) -> None:
        super().__init__()
        self.scopes = scopes

    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        checked = oauth_fastpath.check(token) if oauth_fastpath.active() else UNDECIDED
        if checked is None:
            return None
        if checked is UNDECIDED:
            valid, oauth_request = get_oauthlib_core().verify_request(request, scopes=[])
            if not valid:
                return None
            access_token = oauth_request.access_token
            application = access_token.application
            user = access_token.user
            if user is None and (
                application is not None
                and application.authorization_grant_type
                == AbstractApplication.GRANT_CLIENT_CREDENTIALS
            ):
                user = application.user  # a seller's own tool acts as the seller
        else:
            access_token, application, user = checked.token, checked.application, checked.user
        if user is None or not user.is_active or application is None:
            return None
        request.user = user
        _count(request, application=application, user=user)
        unusable = [name for name, value in request.GET.items() if storable_error(value)]
        if unusable:
            raise invalid(*sorted(set(unusable)))
        if not access_token.allow_scopes(self.scopes):
            missing = " ".join(self.scopes)
            raise ApiError(
                403,
                "INSUFFICIENT_SCOPE",
                lambda: str(INSUFFICIENT_SCOPE) % {"scope": missing},
                details={"requiredScopes": list(self.scopes)},
                headers={
                    "WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{missing}"'
                },
            )
        return Caller(user=user, application=application, token=access_token)


def _count(request: HttpRequest, *, application: Application, user: User) -> None:
    waits = [
        rate_limit_hit(request, "api_application", key=lambda _g, _r: f"app:{application.pk}"),
        rate_limit_hit(request, "api_seller", key=lambda _g, _r: f"user:{user.pk}"),
    ]
    seconds = max((wait for wait in waits if wait is not None), default=None)
    if seconds is not None:
        raise rate_limited(seconds)


def rate_limited(seconds: int) -> ApiError:
    return ApiError(
        429,
        "TOO_MANY_REQUESTS",
        lambda: rate_limit_message(seconds),
        details={"retryAfterSeconds": seconds},
        headers={"Retry-After": str(seconds)},
    )


def storable_error(value: str) -> bool:
    try:
        storable(value)
    except ValueError:
        return True
    return False


def caller(request: HttpRequest) -> Caller:
    return request.auth
