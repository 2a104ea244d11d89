from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Messages")

    def ready(self) -> None:
        from outbox.services import register_outcome_handler

        from . import notifications

        register_outcome_handler(notifications.KIND, notifications.message_notification_outcome)

        from .relay.fastpath import checks  # noqa: F401  (registers the fast-path check)
