"""The seller panel's page of authorised applications (the API itself: api.v1)."""

from django.urls import path

from accounts.team import owner_only

from . import views_panel

app_name = "api"

urlpatterns = [
    path("", views_panel.application_list, name="application_list"),
    path(
        "<int:application_id>/revoke/",
        views_panel.application_revoke,
        name="application_revoke",
    ),
    path("webhooks/", views_panel.webhook_list, name="webhook_list"),
    path("webhooks/<int:endpoint_id>/", views_panel.webhook_log, name="webhook_log"),
    path(
        "webhooks/<int:endpoint_id>/secret/",
        views_panel.webhook_secret_regenerate,
        name="webhook_secret_regenerate",
    ),
    path("webhooks/<int:endpoint_id>/enable/", views_panel.webhook_enable, name="webhook_enable"),
    path("webhooks/<int:endpoint_id>/delete/", views_panel.webhook_delete, name="webhook_delete"),
    path(
        "webhooks/deliveries/<int:delivery_id>/resend/",
        views_panel.webhook_resend,
        name="webhook_resend",
    ),
]
# The seller's own: a team member's login gets 404 on each of them (accounts.team).
for _pattern in urlpatterns:
    _pattern.callback = owner_only(_pattern.callback)
