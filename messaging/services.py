"""Messaging services: threads and the single entry point every message goes through."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError
from marketplace.models import User
from orders.models import Offer, Order

from .models import Channel, Message, MessageState, Thread


def thread_get_or_create(*, buyer: User, order: Order | None = None, offer: Offer | None = None):
    """The one thread between a buyer and a seller about an order or an offer."""
    if (order is None) == (offer is None):
        raise DomainError(_("A conversation is about one order or one offer."), code="subject")
    if order is not None:
        if order.buyer_id != buyer.pk:
            raise DomainError(_("You can only ask about your own orders."), code="not_buyer")
        thread, _created = Thread.objects.get_or_create(
            order=order, defaults={"buyer": buyer, "seller_id": order.seller_id}
        )
        return thread
    if offer.seller_id == buyer.pk:
        raise DomainError(_("You cannot ask a question about your own offer."), code="own")
    thread, _created = Thread.objects.get_or_create(
        buyer=buyer, offer=offer, defaults={"seller_id": offer.seller_id}
    )
    return thread


@transaction.atomic
def message_submit(
    *, thread: Thread, author: User, text: str, channel: str = Channel.WEB
) -> Message:
    """Every buyer–seller message enters here (SPEC §9).

    The message is stored as received; the pipeline stages (moderation, Allina,
    translation, outbound e-mail) attach at this one place. Until they exist, a message
    is delivered at once. The author has read their own message.
    """
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if author.pk not in (thread.buyer_id, thread.seller_id):
        raise DomainError(_("You are not part of this conversation."), code="not_party")
    text = text.strip()
    if not text:
        raise DomainError(_("Write a message before sending."), code="empty")
    now = timezone.now()
    message = Message.objects.create(
        thread=thread,
        author=author,
        text=text,
        channel=Channel(channel),
        state=MessageState.DELIVERED,
        created_at=now,
        buyer_read_at=now if author.pk == thread.buyer_id else None,
        seller_read_at=now if author.pk == thread.seller_id else None,
    )
    thread.last_message_at = now
    thread.save(update_fields=["last_message_at"])
    return message
