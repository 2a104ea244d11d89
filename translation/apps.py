from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation")

    def ready(self):
        from messaging import pipeline
        from messaging.notifications import register_translation_provider

        from . import checks  # noqa: F401  (registers the configuration check)
        from .hooks import message_delivered
        from .selectors import translation_for_email

        pipeline.register_after_delivery("translation", message_delivered)
        # The thread view shows a message's translation to its recipient.
        from messaging.selectors import register_translations

        from .models import MessageTranslation

        register_translations(MessageTranslation)
        # The e-mail of a message shows its translation (messaging/notifications.py).
        register_translation_provider(translation_for_email)
