"""Staff edits to rules take effect at once: the rule set's version stamp is bumped.

A signal rather than a service: rules are edited through Django admin (and its bulk
actions and deletes), and every path must invalidate the compiled rule set.
"""

from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from . import engine
from .models import AllowedDomain, Rule, RuleSetVersion


def rules_changed() -> None:
    updated = RuleSetVersion.objects.filter(pk=1).update(
        version=F("version") + 1, changed_at=timezone.now()
    )
    if not updated:
        RuleSetVersion.objects.get_or_create(pk=1, defaults={"version": 1})
    engine.invalidate()


@receiver(post_save, sender=Rule)
@receiver(post_delete, sender=Rule)
@receiver(post_save, sender=AllowedDomain)
@receiver(post_delete, sender=AllowedDomain)
def _rules_changed(sender, **kwargs) -> None:
    rules_changed()
