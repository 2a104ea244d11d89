"""The demo's local payment operator pays orders with no money moved: never without DEBUG."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def local_payment_operator(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if settings.PAYMENT_OPERATOR == "local" and not settings.DEBUG:
        return [
            checks.Error(
                "PAYMENT_OPERATOR=local with DEBUG off: the local operator's page lets a "
                "buyer mark an order paid with no money moved.",
                hint="Set PAYMENT_OPERATOR=payu and the PAYU_* settings (docs/payments.md).",
                id="orders.E010",
            )
        ]
    if settings.PAYMENT_OPERATOR == "payu":
        missing = [
            name
            for name in (
                "PAYU_API_URL",
                "PAYU_POS_ID",
                "PAYU_CLIENT_ID",
                "PAYU_CLIENT_SECRET",
                "PAYU_SECOND_KEY",
            )
            if not getattr(settings, name)
        ]
        if missing:
            return [
                checks.Error(
                    f"PAYMENT_OPERATOR=payu without {', '.join(missing)}.",
                    hint="PayU's merchant panel shows them (docs/payments.md).",
                    id="orders.E012",
                )
            ]
    if settings.PAYMENT_OPERATOR not in ("local", "payu"):
        return [
            checks.Error(
                f"PAYMENT_OPERATOR={settings.PAYMENT_OPERATOR!r} is not an operator.",
                hint="Use 'payu' (or 'local' on a development machine).",
                id="orders.E011",
            )
        ]
    return []
