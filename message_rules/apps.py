from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessageRulesConfig(AppConfig):
    name = "message_rules"
    verbose_name = _("Message rules")

    def ready(self) -> None:
        from . import signals  # noqa: F401
