"""The seller panel's page of authorised applications (the API itself: api.v1)."""

from django.urls import path

from . import views_panel

app_name = "api"

urlpatterns = [
    path("", views_panel.application_list, name="application_list"),
    path(
        "<int:application_id>/revoke/",
        views_panel.application_revoke,
        name="application_revoke",
    ),
]
