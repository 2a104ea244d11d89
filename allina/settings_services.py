"""The seller's switches for Allina in Communication settings (SPEC §5).

Two levels, both on by default and both reversible at any time:

- the global switch (`CommunicationSettings.allina_enabled`): off, every buyer's question
  goes straight to the seller;
- beyond the seed, one switch per topic (`TopicSetting`; no row means on): with a topic
  off, Allina stays silent on questions about it and they go straight to the seller.

The flow (`allina.services.question_process`) reads both before answering; this module
writes them and says in words what changed, for the confirmation the seller sees.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts import selectors as account_selectors
from accounts import services as account_services
from accounts.models import CommunicationSettings, User

# The same tuple as allina.classifier.INTENTS, without loading the model's libraries.
from allina.nlp.intents import INTENTS
from core.exceptions import DomainError

from .models import TopicSetting

# Human names of the topics (intent ids, SPEC §5), in the order INTENTS lists them.
TOPIC_LABELS = {
    "delivery_status": gettext_lazy("Where the parcel is (delivery status)"),
    "delivery_eta": gettext_lazy("When the parcel will arrive"),
    "delivery_options": gettext_lazy("Delivery options and prices"),
    "payment_retry": gettext_lazy("Paying again after a failed payment"),
    "payment_status": gettext_lazy("Payment status"),
    "invoice": gettext_lazy("Invoices"),
    "invoice_data_change": gettext_lazy("Changing invoice data"),
    "complaint": gettext_lazy("Complaints"),
    "return": gettext_lazy("Returns"),
    "cancellation": gettext_lazy("Cancelling an order"),
    "product_question": gettext_lazy("Product details (from the offer's attributes)"),
}
OUT_OF_SCOPE_LABEL = gettext_lazy("Not a topic of Allina's (she stays silent)")


def topic_label(intent: str | None) -> str:
    """The topic's name in the active language; None (Allina abstained) has one too."""
    if intent is None or intent == "null":
        return str(OUT_OF_SCOPE_LABEL)
    return str(TOPIC_LABELS.get(intent, intent))


def topic_choices() -> list[tuple[str, str]]:
    return [(intent, topic_label(intent)) for intent in INTENTS]


@dataclass(frozen=True)
class TopicSwitch:
    intent: str
    label: str
    enabled: bool


def topic_switches_for_seller(*, seller: User) -> list[TopicSwitch]:
    """Every topic with the seller's switch (one query; a topic without a row is on)."""
    off = set(
        TopicSetting.objects.filter(seller=seller, enabled=False).values_list("intent", flat=True)
    )
    return [TopicSwitch(intent, topic_label(intent), intent not in off) for intent in INTENTS]


def topics_update(*, seller: User, enabled: Iterable[str]) -> list[TopicSwitch]:
    """The topics in `enabled` are on, every other topic is off (the form's checkboxes).

    An unknown topic id is refused and nothing changes.
    """
    enabled = set(enabled)
    unknown = enabled - set(INTENTS)
    if unknown:
        raise DomainError(
            _("Allina has no such topic: %(topics)s.") % {"topics": ", ".join(sorted(unknown))},
            code="unknown_topic",
        )
    rows = [
        TopicSetting(seller=seller, intent=intent, enabled=intent in enabled) for intent in INTENTS
    ]
    with transaction.atomic():
        TopicSetting.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["seller", "intent"],
            update_fields=["enabled"],
        )
    return [TopicSwitch(r.intent, topic_label(r.intent), r.enabled) for r in rows]


@dataclass(frozen=True)
class AllinaSettingsChange:
    """What a save of Communication settings changed, for the seller's confirmation."""

    settings: CommunicationSettings
    was_enabled: bool
    topics_before: frozenset[str]
    topics_after: frozenset[str]

    @property
    def message(self) -> str:
        total = len(INTENTS)
        on = len(self.topics_after)
        if self.was_enabled and not self.settings.allina_enabled:
            return _(
                "Saved. Allina is off now: every buyer's question goes straight to you. "
                "You can switch her on again at any time."
            )
        if not self.was_enabled and self.settings.allina_enabled:
            return ngettext(
                "Saved. Allina is on again and answers questions on %(on)s of %(total)s topic.",
                "Saved. Allina is on again and answers questions on %(on)s of %(total)s topics.",
                total,
            ) % {"on": on, "total": total}
        if self.topics_before != self.topics_after:
            return ngettext(
                "Saved. Allina answers questions on %(on)s of %(total)s topic; "
                "questions on the others go straight to you.",
                "Saved. Allina answers questions on %(on)s of %(total)s topics; "
                "questions on the others go straight to you.",
                total,
            ) % {"on": on, "total": total}
        return _("Saved. Nothing changed.")


def allina_settings_save(
    *, seller: User, allina_enabled: bool, topics: Iterable[str] | None = None
) -> AllinaSettingsChange:
    """Save the global switch and, when `topics` is given, the per-topic switches.

    `topics=None` leaves the topics as they are (a client that did not show them).
    """
    if not seller.is_seller:
        raise DomainError(_("Only sellers have Allina's settings."), code="not_seller")
    with transaction.atomic():
        was_enabled = account_selectors.communication_settings_for_user(user=seller).allina_enabled
        before = frozenset(s.intent for s in topic_switches_for_seller(seller=seller) if s.enabled)
        current = account_services.communication_settings_update(
            user=seller, allina_enabled=allina_enabled
        )
        if topics is None:
            after = before
        else:
            after = frozenset(
                s.intent for s in topics_update(seller=seller, enabled=topics) if s.enabled
            )
    return AllinaSettingsChange(current, was_enabled, before, after)
