"""Messaging services: threads, the single entry point for messages, read state, e-mail."""

import secrets
from collections.abc import Callable, Sequence
from datetime import timedelta

from django.core.files.base import File
from django.db import connection, transaction
from django.db.models import F, Model
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from allina.learning import record_seller_reply
from core.exceptions import DomainError
from core.queue import enqueue_on_commit
from orders.models import Offer, Order
from translation import services as translation_services

from . import pipeline
from .attachments import CheckedUpload
from .models import Attachment, Channel, Message, MessageState, Side, Thread
from .relay import rows

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
    """Every buyer–seller message enters here: web reply, Ask a question, allowlisted mail.

    The message is stored as `received` with its attachments, passes the pipeline's
    stages (messaging/pipeline.py) and leaves delivered or stopped in a stage's state.
    All of it is one transaction: a failure stores nothing, so the writer keeps the draft.

    Relayed e-mail is stored by `message_accept` before the relay answers 250, and passes
    the same stages in `message_process`, run by a task (the SMTP reply does not wait for
    them). `author=None` with `external_sender` is mail from an allowlisted courier,
    payment or tool sender: it is for the buyer (unread for them) and does not change
    whose turn it is (`last_author_side`).
    """
    text = _checked_text(text, author=author, external_sender=external_sender)
    with transaction.atomic():
        thread = _locked(thread)
        message = _message_create(
            thread=thread,
            author=author,
            text=text,
            channel=channel,
            attachments=attachments,
            external_sender=external_sender,
            sender_address=sender_address,
            inbound_message_id=inbound_message_id,
            html=html,
        )
        result = _pipeline_run(thread=thread, message=message)
    message.pipeline_result = result  # what stopped it, if anything, for the writer
    return message


def message_accept(
    *,
    thread: Thread,
    author: User | None,
    text: str,
    attachments: Sequence[CheckedUpload] = (),
    external_sender: str = "",
    sender_address: str = "",
    inbound_message_id: str = "",
    html: str = "",
    hand_over: Callable[[int], None] | None = None,
) -> Message:
    """A relayed e-mail, stored in its thread as `received` and waiting for the pipeline.

    The mail relay answers 250 once this is committed; `message_process` (a task enqueued
    on commit, with a sweep behind it) then runs the same stages as `message_submit` and
    delivers the message or stops it. Until then the other side sees nothing of it. No
    row lock is taken here: storing a message changes nothing on the thread, which
    `message_process` updates under its lock. Run inside the caller's transaction; the
    unique Message-ID per thread raises IntegrityError for a retried delivery.

    `hand_over(message_id)`, if given, is called on commit instead of enqueueing the task
    for this message alone (the relay server publishes the ids it accepted in batches).
    """
    text = _checked_text(text, author=author, external_sender=external_sender)
    message = _message_create(
        thread=thread,
        author=author,
        text=text,
        channel=Channel.EMAIL,
        attachments=attachments,
        external_sender=external_sender,
        sender_address=sender_address,
        inbound_message_id=inbound_message_id,
        html=html,
        awaiting_pipeline=True,
        # The SMTP reply waits for this: one prepared INSERT (relay/rows.py) instead of a
        # statement the ORM builds for every message and file.
        save=rows.insert,
    )
    if hand_over is not None:
        transaction.on_commit(lambda: hand_over(message.pk))
    else:
        from .tasks import messages_process_task

        enqueue_on_commit(messages_process_task, [message.pk])
    return message


def message_process(*, message_id: int) -> Message | None:
    """Run the pipeline on a message `message_accept` stored; deliver it or stop it.

    Idempotent: the message's `awaiting_pipeline` flag, read under the thread's and the
    message's row locks (in that order, as every writer takes them), makes a second run
    (a redelivered task, the sweep) do nothing. A sender suspended since the relay
    accepted the mail cannot be refused any more: the message is kept as blocked, for
    staff. Returns the message, or None when there was nothing to do.
    """
    thread_id = (
        Message.objects.filter(pk=message_id, awaiting_pipeline=True)
        .values_list("thread_id", flat=True)
        .first()
    )
    if thread_id is None:
        return None
    with transaction.atomic():
        thread = (
            Thread.objects.select_for_update(of=("self",))
            .select_related("buyer", "seller")
            .get(pk=thread_id)
        )
        message = Message.objects.select_for_update().get(pk=message_id)
        if not message.awaiting_pipeline:
            return None
        message.thread = thread
        message.awaiting_pipeline = False
        try:
            with transaction.atomic():
                result = _pipeline_run(thread=thread, message=message)
        except DomainError as refusal:
            message.state = MessageState.BLOCKED
            message.save(update_fields=["state", "awaiting_pipeline"])
            result = pipeline.StageResult(MessageState.BLOCKED, refusal.message)
    message.pipeline_result = result
    return message


def _checked_text(text: str, *, author: User | None, external_sender: str) -> str:
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
    return text


def _save(instance) -> None:
    instance.save(force_insert=True)


def _message_create(
    *,
    thread: Thread,
    author: User | None,
    text: str,
    channel: str,
    attachments: Sequence[CheckedUpload],
    external_sender: str,
    sender_address: str,
    inbound_message_id: str,
    html: str,
    awaiting_pipeline: bool = False,
    save: Callable[[Model], object] = _save,
) -> Message:
    if author is not None and author.pk not in (thread.buyer_id, thread.seller_id):
        raise DomainError(_("You are not part of this conversation."), code="not_party")
    now = timezone.now()
    # An external sender writes to the buyer: the seller has nothing unread.
    side = thread.side_of(author) if author is not None else Side.SELLER
    message = Message(
        thread=thread,
        author=author,
        text=text,
        html=html,
        channel=Channel(channel),
        sender_address=sender_address or external_sender,
        inbound_message_id=inbound_message_id,
        state=MessageState.RECEIVED,
        awaiting_pipeline=awaiting_pipeline,
        created_at=now,
        buyer_read_at=now if side == Side.BUYER else None,
        seller_read_at=now if side == Side.SELLER else None,
    )
    save(message)
    for upload in attachments:
        _attachment_store(message=message, upload=upload, save=save)
    return message


def _pipeline_run(*, thread: Thread, message: Message) -> "pipeline.StageResult":
    """The stages, then delivery or the stopping stage's state (thread locked)."""
    result = pipeline.run(message)
    if result.state == MessageState.DELIVERED:
        _deliver(thread=thread, message=message)
    else:
        message.state = result.state
        message.save(update_fields=["state", "awaiting_pipeline"])
    return result


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
    message.awaiting_pipeline = False
    message.save(update_fields=["state", "delivered_at", "awaiting_pipeline"])
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
    from .notifications import message_notification_enqueue

    requested = translation_services.message_translation_request(message=message)
    # A pending translation sends the e-mail when it is done (or overdue); else it goes now.
    if requested is None or requested.status != "pending":
        message_notification_enqueue(message=message)


def _attachment_store(*, message: Message, upload: CheckedUpload, save=_save) -> Attachment:
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
    save(attachment)
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


def messages_awaiting_pipeline(*, older_than_seconds: int = 60) -> list[int]:
    """Relayed mail stored but not through the pipeline yet (the broker was down when
    the relay accepted it, or a worker was lost), oldest first."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Message.objects.filter(awaiting_pipeline=True, created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:1000]
    )


def messages_pending_notification(
    *, older_than_seconds: int = 900, within_days: int = 3
) -> list[int]:
    """Delivered messages that have no e-mail yet although they should have by now.

    The e-mail is written with the delivery, or by the translation app when a pending
    translation is finished or overdue (TRANSLATION_EMAIL_WAIT_SECONDS); this safety net
    finds any the translation app did not write. Older ones are left alone: a first
    deployment must not mail about every old message.
    """
    now = timezone.now()
    return list(
        Message.objects.filter(
            state=MessageState.DELIVERED,
            email_status="",
            delivered_at__lt=now - timedelta(seconds=older_than_seconds),
            delivered_at__gte=now - timedelta(days=within_days),
        )
        .order_by("delivered_at")
        .values_list("pk", flat=True)[:1000]
    )


def thread_subject(thread: Thread) -> str:
    if thread.order_id:
        return _("Order %(number)s") % {"number": thread.order.transaction_id}
    return thread.offer.title
