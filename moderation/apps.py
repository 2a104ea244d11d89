from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        from messaging import pipeline

        from .stage import sender_not_suspended

        pipeline.register_stage("suspension", sender_not_suspended)
