from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation")

    def ready(self):
        from messaging.notifications import register_translation_provider

        from . import checks  # noqa: F401  (registers the configuration check)
        from .selectors import translation_for_email

        # The e-mail of a message shows its translation (messaging/notifications.py).
        register_translation_provider(translation_for_email)
