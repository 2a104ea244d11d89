"""Staff admin for the seller API's webhooks: which sellers send events where, and how
deliveries went, to answer a seller's "my endpoint gets nothing". Read-only: endpoints are
the seller's (Settings → Applications → Webhooks); the signing secret is never shown."""

from django.contrib import admin

from .models import WebhookAttempt, WebhookDelivery, WebhookEndpoint


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(ReadOnlyAdmin):
    list_display = ("url", "user", "consecutive_failures", "disabled_at", "created_at")
    list_select_related = ("user",)
    list_filter = (("disabled_at", admin.EmptyFieldListFilter),)
    search_fields = ("url", "user__username")
    date_hierarchy = "created_at"
    exclude = ("secret",)


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    fields = ("attempted_at", "status_code", "error", "duration_ms")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    list_display = ("event", "endpoint", "status", "attempts", "next_attempt_at", "created_at")
    list_select_related = ("event", "endpoint")
    list_filter = ("status",)
    search_fields = ("endpoint__url", "endpoint__user__username")
    date_hierarchy = "created_at"
    inlines = [WebhookAttemptInline]
