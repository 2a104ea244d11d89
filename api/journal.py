"""The seller's event journal: what core.events announces, kept as rows to poll.

Registered from `ApiConfig.ready()`: `event_record` listens to every announcement of the
lower layers (a blocked message, a thread read, Allina's answer, order and shipment
changes), `message_delivered` is an after-delivery hook of the message path. Both run in
the transaction of their cause and only add rows (the event, and one webhook delivery per
endpoint of the seller that wants it, POSTed after commit: api.webhooks): they change
nothing of what the service does.

Types (the `type` a tool reads; `data` holds ids):

- message.delivered: a message reached the other side of one of the seller's threads
  (either way); threadId, messageId, authorSide.
- message.blocked: a stage stopped a message the seller wrote; threadId, messageId,
  stoppedBy.
- thread.read: the seller read a thread (on the web or through the API); threadId.
- question.answered_by_allina: Allina answered a buyer's question in the seller's
  thread; threadId, intent.
- order.created: a buyer bought from the seller; orderId.
- order.status_changed: paid, payment failed, shipped, delivered, cancelled; orderId,
  status.
- shipment.created: the seller added a shipment; orderId, shipmentId, status.
- shipment.status_changed: a newer tracking event (carrier or seller); orderId,
  shipmentId, status.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from messaging.models import Message, Side

from . import webhooks
from .models import Event

# The announcers' keyword names -> the journal's (the API's camelCase).
_NAMES = {
    "thread_id": "threadId",
    "message_id": "messageId",
    "order_id": "orderId",
    "shipment_id": "shipmentId",
    "stopped_by": "stoppedBy",
    "author_side": "authorSide",
}


def event_record(*, kind: str, user_id: int, data: dict) -> Event:
    event = Event.objects.create(
        user_id=user_id,
        kind=kind,
        data={_NAMES.get(name, name): value for name, value in data.items()},
    )
    webhooks.deliveries_create(event)  # the seller's webhooks, POSTed after commit
    return event


def message_delivered(*, message: Message, delivery) -> None:
    thread = delivery.thread
    if message.author_id is None:
        side = "external"
    elif message.author_id == thread.seller_id:
        side = Side.SELLER.value
    elif message.author_id == thread.buyer_id:
        side = Side.BUYER.value
    else:
        side = "staff"
    event_record(
        kind="message.delivered",
        user_id=thread.seller_id,
        data={"thread_id": thread.pk, "message_id": message.pk, "author_side": side},
    )


EVENTS_PER_PAGE = 100


def events_for_user(*, user, after_id: int = 0, limit: int = EVENTS_PER_PAGE) -> list[Event]:
    """The seller's events after `after_id`, oldest first.

    Ids come from a sequence, and a transaction that took a lower id may commit after one
    that took a higher id; events younger than API_EVENTS_SETTLE_SECONDS are left for the
    next poll so that a poller moving its `from` past an id never skips one committed late.
    """
    settled = timezone.now() - timedelta(seconds=settings.API_EVENTS_SETTLE_SECONDS)
    page = []
    for event in Event.objects.filter(user=user, pk__gt=after_id).order_by("pk")[:limit]:
        if event.occurred_at > settled:
            break  # this one and those after it: next time
        page.append(event)
    return page
