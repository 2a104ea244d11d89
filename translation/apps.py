from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation")

    def ready(self):
        from messaging import pipeline

        from . import checks  # noqa: F401  (registers the configuration check)
        from .hooks import message_delivered

        pipeline.register_after_delivery("translation", message_delivered)
