from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Accounts: users and their registration marketplace, addresses, settings.

    The app label stays `marketplace` (the label its tables, migrations and
    AUTH_USER_MODEL were created under), so moving the package changed no schema.
    """

    name = "accounts"
    label = "marketplace"
    verbose_name = _("Accounts and marketplaces")
