"""Deploy check: every carrier signs its tracking webhooks with a secret of its own.

One secret shared by all carriers lets any carrier (or anyone who learns one carrier's
secret) sign events for the others' shipments: mark a rival's parcel delivered, or
another seller's order shipped. So under `check --deploy` a default secret shared by the
carriers not listed is an error, and so is one secret used for two carriers. A carrier
with no secret is fine: its webhooks are refused (orders/views/webhooks.py).
"""

from collections import Counter

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def carrier_webhook_secrets(app_configs, **kwargs) -> list[checks.CheckMessage]:
    problems: list[checks.CheckMessage] = []
    if settings.CARRIER_WEBHOOK_DEFAULT_SECRET:
        problems.append(
            checks.Error(
                "CARRIER_WEBHOOK_DEFAULT_SECRET is set: every carrier not listed in "
                "CARRIER_WEBHOOK_SECRETS shares it, so any of them can sign events for all.",
                hint="Give each carrier its own secret (CARRIER_WEBHOOK_SECRETS=inpost=...,"
                "dpd=...) and leave CARRIER_WEBHOOK_DEFAULT_SECRET empty.",
                id="orders.E001",
            )
        )
    counts = Counter(secret for secret in settings.CARRIER_WEBHOOK_SECRETS.values() if secret)
    shared = sorted(
        carrier
        for carrier, secret in settings.CARRIER_WEBHOOK_SECRETS.items()
        if secret and counts[secret] > 1
    )
    if shared:
        problems.append(
            checks.Error(
                f"Carriers {', '.join(shared)} share one webhook secret.",
                hint="Give each carrier its own secret in CARRIER_WEBHOOK_SECRETS.",
                id="orders.E002",
            )
        )
    return problems
