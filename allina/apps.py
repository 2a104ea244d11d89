from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllinaConfig(AppConfig):
    name = "allina"
    verbose_name = _("Allina, the answering bot")

    def ready(self) -> None:
        from messaging import pipeline

        from .stage import allina_stage, seller_reply_hook

        pipeline.register_stage("allina", allina_stage)
        pipeline.register_after_delivery("allina_learning", seller_reply_hook)
