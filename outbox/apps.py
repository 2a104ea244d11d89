from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """The bottom-layer outbound-mail outbox; it imports only core and Django."""

    name = "outbox"
    verbose_name = _("Outbound e-mail")
    default_auto_field = "django.db.models.BigAutoField"
