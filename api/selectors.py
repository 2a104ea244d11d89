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


def webhook_endpoints_for_user(*, user: User):
    from .models import WebhookEndpoint

    return list(WebhookEndpoint.objects.filter(user=user))


def webhook_endpoint_get_for_user(*, user: User, endpoint_id: int):
    from .models import WebhookEndpoint

    try:
        return WebhookEndpoint.objects.get(pk=endpoint_id, user=user)
    except WebhookEndpoint.DoesNotExist:
        raise Http404("No such endpoint.") from None


def webhook_delivery_get_for_user(*, user: User, delivery_id: int):
    from .models import WebhookDelivery

    try:
        return WebhookDelivery.objects.select_related("endpoint").get(
            pk=delivery_id, endpoint__user=user
        )
    except WebhookDelivery.DoesNotExist:
        raise Http404("No such delivery.") from None


WEBHOOK_LOG_ROWS = 100


def webhook_attempts_for_endpoint(*, endpoint):
    """The endpoint's latest attempts, newest first, with their delivery and event."""
    from .models import WebhookAttempt

    return list(
        WebhookAttempt.objects.filter(delivery__endpoint=endpoint)
        .select_related("delivery__event")
        .order_by("-attempted_at", "-pk")[:WEBHOOK_LOG_ROWS]
    )
