from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "orders"
    verbose_name = _("Offers and orders")

    def ready(self) -> None:
        from outbox.services import register_outcome_handler

        from . import payment_checks, webhook_checks  # noqa: F401  (register the checks)
        from .services import checkout

        register_outcome_handler(checkout.ORDER_SELLER_EMAIL, checkout.order_seller_email_outcome)
