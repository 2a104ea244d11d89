from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Seller API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from core.events import register_listener
        from messaging.pipeline import register_after_delivery

        from . import journal

        register_listener(journal.event_record)
        register_after_delivery("api_journal", journal.message_delivered)
