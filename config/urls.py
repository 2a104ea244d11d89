from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from oauth2_provider import views as oauth2_views

from accounts import views
from allina import views_panel
from api.v1 import api as api_v1
from demo import mailbox
from panel import team

handler400 = "core.errors.bad_request"
handler500 = "core.errors.server_error"

admin.site.site_header = "Marketplace contact — staff"
admin.site.site_title = "Marketplace staff"

oauth2_urls = [
    path("authorize/", oauth2_views.AuthorizationView.as_view(), name="authorize"),
    path("token/", oauth2_views.TokenView.as_view(), name="token"),
    path("revoke_token/", oauth2_views.RevokeTokenView.as_view(), name="revoke-token"),
    path("introspect/", oauth2_views.IntrospectTokenView.as_view(), name="introspect"),
]

urlpatterns = [
    path("", views_panel.home, name="home"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="marketplace/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", views.account_details, name="account_details"),
    path("account/addresses/new/", views.delivery_address_new, name="delivery_address_new"),
    path(
        "account/addresses/<int:address_id>/edit/",
        views.delivery_address_edit,
        name="delivery_address_edit",
    ),
    path(
        "account/addresses/<int:address_id>/delete/",
        views.delivery_address_delete,
        name="delivery_address_delete",
    ),
    path(
        "account/addresses/<int:address_id>/default/",
        views.delivery_address_set_default,
        name="delivery_address_set_default",
    ),
    path(
        "settings/communication/",
        views_panel.communication_settings,
        name="communication_settings",
    ),
    path("settings/communication/emails/", views.seller_email_new, name="seller_email_new"),
    path(
        "settings/communication/emails/<int:address_id>/primary/",
        views.seller_email_set_primary,
        name="seller_email_set_primary",
    ),
    path(
        "settings/communication/emails/<int:address_id>/remove/",
        views.seller_email_remove,
        name="seller_email_remove",
    ),
    path(
        "settings/communication/emails/verify/<str:token>/",
        views.seller_email_verify,
        name="seller_email_verify",
    ),
    path("settings/team/", team.team_settings, name="team_settings"),
    path(
        "settings/team/<int:member_id>/access/",
        team.team_member_permissions,
        name="team_member_permissions",
    ),
    path(
        "settings/team/<int:member_id>/deactivate/",
        team.team_member_deactivate,
        name="team_member_deactivate",
    ),
    path(
        "settings/team/<int:member_id>/reactivate/",
        team.team_member_reactivate,
        name="team_member_reactivate",
    ),
    path(
        "settings/team/<int:member_id>/invite-again/",
        team.team_invitation_resend,
        name="team_invitation_resend",
    ),
    path("team/join/<str:token>/", team.team_join, name="team_join"),
    path("language/", views.language_set, name="language_set"),
    path("healthz", views.healthz, name="healthz"),
    path("dev/mailbox/", mailbox.mailbox_list, name="mailbox_list"),
    path("dev/mailbox/<str:name>/", mailbox.mailbox_message, name="mailbox_message"),
    path("messages/", include("messaging.urls")),
    path("sales-quality/", include("allina.urls_seller")),
    path("translations/", include("translation.urls")),
    path("allina/", include("allina.urls")),
    path("moderation/", include("moderation.urls")),
    path("", include("panel.urls_orders")),
    # The seller API (docs/api.md): OAuth2 (authorization code with PKCE, client
    # credentials), the API with its OpenAPI description, the page of applications.
    path("auth/oauth/", include((oauth2_urls, "oauth2_provider"))),
    path("api/v1/", api_v1.urls),
    path("settings/applications/", include("api.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]
