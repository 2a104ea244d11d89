"""Permission-scoped reads for the seller panel's page of authorised applications."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max, Q
from django.http import Http404
from oauth2_provider.models import AccessToken, Application, RefreshToken

from accounts.models import User


@dataclass(frozen=True)
class AuthorisedApplication:
    application: Application
    own_tool: bool  # registered by the seller (client credentials)
    scopes: list[str]
    last_authorised: datetime | None


def applications_for_user(*, user: User) -> list[AuthorisedApplication]:
    """Every application that can act for `user`: those holding a token or a refresh token
    the user granted, and the user's own tools (client credentials); newest first."""
    granted = set(
        AccessToken.objects.filter(user=user).values_list("application_id", flat=True)
    ) | set(
        RefreshToken.objects.filter(user=user, revoked__isnull=True).values_list(
            "application_id", flat=True
        )
    )
    applications = Application.objects.filter(
        Q(pk__in=granted)
        | Q(user=user, authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS)
    ).annotate(last_token=Max("accesstoken__created"))
    scopes: dict[int, set[str]] = {}
    for application_id, scope in AccessToken.objects.filter(
        Q(user=user) | Q(user__isnull=True, application__user=user)
    ).values_list("application_id", "scope"):
        scopes.setdefault(application_id, set()).update(scope.split())
    rows = [
        AuthorisedApplication(
            application=application,
            own_tool=application.user_id == user.pk
            and application.authorization_grant_type == Application.GRANT_CLIENT_CREDENTIALS,
            scopes=sorted(scopes.get(application.pk, ())),
            last_authorised=application.last_token,
        )
        for application in applications
    ]
    return sorted(rows, key=lambda row: (row.last_authorised is None, row.application.name))


def application_get_for_user(*, user: User, application_id: int) -> Application:
    """An application that can act for `user` (404 for any other, as if it did not exist)."""
    for row in applications_for_user(user=user):
        if row.application.pk == application_id:
            return row.application
    raise Http404("No such application.")
