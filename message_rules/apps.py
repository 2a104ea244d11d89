from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessageRulesConfig(AppConfig):
    name = "message_rules"
    verbose_name = _("Message rules")

    def ready(self) -> None:
        from messaging import pipeline

        from . import checks, signals  # noqa: F401
        from .stage import check
        from .threads import thread_scoring_hook

        pipeline.register_stage("message_rules", check)
        pipeline.register_after_delivery("thread_scoring", thread_scoring_hook)

        from celery.signals import worker_init

        from .model import model_warm

        worker_init.connect(model_warm, weak=False, dispatch_uid="message_rules_model_warm")
