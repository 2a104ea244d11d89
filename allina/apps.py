from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllinaConfig(AppConfig):
    name = "allina"
    verbose_name = _("Allina, the answering bot")
