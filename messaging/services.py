"""Messaging services: threads, the single entry point for messages, read state, e-mail."""

import secrets
from collections.abc import Sequence
from datetime import timedelta

from django.core.files.base import File
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from allina.learning import record_seller_reply
from marketplace.exceptions import DomainError
from marketplace.models import User
from marketplace.queue import enqueue_on_commit
from orders.models import Offer, Order
from translation import services as translation_services

from . import pipeline
from .attachments import CheckedUpload
from .models import Attachment, Channel, EmailStatus, Message, MessageState, Side, Thread

MAX_MESSAGE_LENGTH = 10_000


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


def message_submit(
    *,
    thread: Thread,
    author: User | None,
    text: str,
    channel: str = Channel.WEB,
    attachments: Sequence[CheckedUpload] = (),
    external_sender: str = "",
    sender_address: str = "",
    inbound_message_id: str = "",
    html: str = "",
) -> Message:
    """Every buyer–seller message enters here: web reply, Ask a question, relayed e-mail.

    The message is stored as `received` with its attachments, passes the pipeline's
    stages (messaging/pipeline.py) and leaves delivered or stopped in a stage's state.
    All of it is one transaction: a failure stores nothing, so the writer keeps the draft.

    Relayed e-mail also passes the sender's real address, its Message-ID and the body's
    HTML as produced by nh3. `author=None` with `external_sender` is mail from an
    allowlisted courier, payment or tool sender: it is for the buyer (unread for them) and
    does not change whose turn it is (`last_author_side`).
    """
    text = text.strip()
    if not text:
        raise DomainError(_("Write a message before sending."), code="empty")
    if len(text) > MAX_MESSAGE_LENGTH:
        raise DomainError(
            _("A message can be at most %(limit)s characters long.")
            % {"limit": MAX_MESSAGE_LENGTH},
            code="too_long",
        )
    if author is None and not external_sender:
        raise DomainError(_("A message needs an author or a sender."), code="no_author")
    with transaction.atomic():
        thread = _locked(thread)
        if author is not None and author.pk not in (thread.buyer_id, thread.seller_id):
            raise DomainError(_("You are not part of this conversation."), code="not_party")
        now = timezone.now()
        # An external sender writes to the buyer: the seller has nothing unread.
        side = thread.side_of(author) if author is not None else Side.SELLER
        message = Message.objects.create(
            thread=thread,
            author=author,
            text=text,
            html=html,
            channel=Channel(channel),
            sender_address=sender_address or external_sender,
            inbound_message_id=inbound_message_id,
            state=MessageState.RECEIVED,
            created_at=now,
            buyer_read_at=now if side == Side.BUYER else None,
            seller_read_at=now if side == Side.SELLER else None,
        )
        for upload in attachments:
            _attachment_store(message=message, upload=upload)
        result = pipeline.run(message)
        if result.state == MessageState.DELIVERED:
            _deliver(thread=thread, message=message)
        else:
            message.state = result.state
            message.save(update_fields=["state"])
    message.pipeline_result = result  # what stopped it, if anything, for the writer
    return message


def _locked(thread: Thread) -> Thread:
    """The thread re-read under a row lock, keeping the parties the caller had loaded
    (the pipeline and delivery read them; they do not change)."""
    locked = Thread.objects.select_for_update().get(pk=thread.pk)
    for relation in (Thread.buyer, Thread.seller):
        field = relation.field
        if relation.is_cached(thread) and getattr(thread, field.attname) == getattr(
            locked, field.attname
        ):
            field.set_cached_value(locked, field.get_cached_value(thread))
    return locked


def message_deliver(*, message: Message) -> Message:
    """Deliver a message a stage had stopped (the buyer's [yes, send it], staff release)."""
    with transaction.atomic():
        thread = Thread.objects.select_for_update().get(pk=message.thread_id)
        message = Message.objects.select_for_update().get(pk=message.pk)
        if message.state != MessageState.DELIVERED:
            _deliver(thread=thread, message=message)
            record_seller_reply(message=message, thread=thread)  # Allina learns from it
    return message


def _deliver(*, thread: Thread, message: Message) -> None:
    """Make the message visible to the other side; the thread list and counters follow."""
    now = timezone.now()
    message.state, message.delivered_at = MessageState.DELIVERED, now
    message.save(update_fields=["state", "delivered_at"])
    # An external sender (author None) writes to the buyer and does not take a turn.
    side = thread.side_of(message.author) if message.author_id else None
    unread = "seller_unread_count" if side == Side.BUYER else "buyer_unread_count"
    # A message delivered late (released by staff, sent on by the buyer after Allina) is
    # the thread's latest only if nothing newer was delivered meanwhile; the thread row is
    # locked by the caller, so its last_message_at is current.
    newest = thread.last_message_id is None or message.created_at >= thread.last_message_at
    turn = {"last_author_side": side} if side and newest else {}
    latest = {"last_message": message, "last_message_at": message.created_at} if newest else {}
    if connection.vendor == "postgresql":
        # One statement; the thread's search document (migration 0006) learns the words.
        turn_sql, turn_params = (", last_author_side = %s", [side]) if turn else ("", [])
        latest_sql, latest_params = (
            ("last_message_id = %s, last_message_at = %s, ", [message.pk, message.created_at])
            if newest
            else ("", [])
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE messaging_thread SET {latest_sql}"  # noqa: S608
                f" {unread} = {unread} + 1{turn_sql}, search_document = search_document"
                " || strip(to_tsvector('simple'::regconfig, %s)) WHERE id = %s",
                [*latest_params, *turn_params, message.text, thread.pk],
            )
    else:
        Thread.objects.filter(pk=thread.pk).update(**latest, **turn, **{unread: F(unread) + 1})
    from .tasks import message_notify

    translation_services.message_translation_request(message=message)  # before the e-mail
    enqueue_on_commit(message_notify, message.pk)


def _attachment_store(*, message: Message, upload: CheckedUpload) -> Attachment:
    storage_name = f"{secrets.token_urlsafe(24)}.{upload.extension}"
    attachment = Attachment(
        message=message,
        storage_name=storage_name,
        original_name=upload.original_name,
        content_type=upload.content_type,
        size=upload.size,
    )
    upload.file.seek(0)
    attachment.file.save(storage_name, File(upload.file), save=False)
    attachment.save()
    return attachment


def thread_mark_read(*, thread: Thread, user: User) -> int:
    """Everything delivered to `user` in the thread is read now; returns how many were new.

    The thread's unread counter says whether there is anything to mark, so opening a read
    thread costs no write; pass a thread fresh from the database (as selectors return it).
    """
    side = thread.side_of(user)
    read_field = "buyer_read_at" if side == Side.BUYER else "seller_read_at"
    unread_field = "buyer_unread_count" if side == Side.BUYER else "seller_unread_count"
    if not getattr(thread, unread_field):
        return 0
    with transaction.atomic():
        marked = (
            Message.objects.filter(
                thread=thread, state=MessageState.DELIVERED, **{f"{read_field}__isnull": True}
            )
            .exclude(author=user)
            .update(**{read_field: timezone.now()})
        )
        Thread.objects.filter(pk=thread.pk).update(**{unread_field: 0})
        setattr(thread, unread_field, 0)
    return marked


def messages_pending_notification(*, older_than_seconds: int = 120) -> list[int]:
    """Delivered messages not yet e-mailed (the broker was down, or a worker was lost)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Message.objects.filter(
            state=MessageState.DELIVERED, notified_at__isnull=True, delivered_at__lt=cutoff
        )
        .exclude(email_status__in=[EmailStatus.SENT, EmailStatus.FAILED])
        .order_by("delivered_at")
        .values_list("pk", flat=True)[:1000]
    )


def thread_subject(thread: Thread) -> str:
    if thread.order_id:
        return _("Order %(number)s") % {"number": thread.order.transaction_id}
    return thread.offer.title
