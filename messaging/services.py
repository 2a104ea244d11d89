"""Messaging services: threads, the one path of every message (SPEC §9), read state.

Messaging owns every change of a message's state and of its thread's counters: the
plug-in apps call `message_release`, `message_resolve`, `message_answer_by_bot` and
`message_hide`, never write these rows themselves.
"""

import secrets
from collections.abc import Callable, Sequence
from datetime import timedelta

from django.core.files.base import File
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from core import events
from core.exceptions import DomainError
from core.queue import enqueue_on_commit
from core.text import as_seen, visible
from orders.models import Offer, Order

from . import pipeline
from .attachments import CheckedUpload
from .models import Attachment, Channel, Message, MessageState, Side, Thread
from .notifications import blocked_notice_enqueue, message_notification_enqueue
from .relay import rows
from .threads import thread_message_delivered, thread_message_withdrawn

MAX_MESSAGE_LENGTH = 10_000
# A relayed e-mail keeps its whole text (a long letter, a quoted order); the web view
# folds what is beyond a screen.
MAX_EMAIL_TEXT_LENGTH = 200_000


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
    """A message written on the web (reply, HTMX, Ask a question) or by a tool of ours:
    stored as `queued` and taken along the path at once, in one transaction.

    Returns the message in the state the stages left it in (`delivered`, `held` by Allina,
    or `blocked`, with the reason for the writer in `stop_reason`). A failure stores
    nothing, so the writer keeps the draft.
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
        _run(thread=thread, message=message, past=frozenset())
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
    automatic: str = "",
    hand_over: Callable[[int], None] | None = None,
) -> Message:
    """A relayed e-mail, stored in its thread as `queued`; `message_process` takes it
    along the path in a task after the relay's 250.

    The mail relay answers 250 once this is committed; until the task (or the sweep behind
    it) has run, the other side sees nothing of it. No row lock is taken here: storing a
    queued message changes nothing on the thread, which `message_process` updates under
    its lock. Run inside the caller's transaction; the unique Message-ID per thread raises
    IntegrityError for a retried delivery.

    `hand_over(message_id)`, if given, is called on commit instead of enqueueing the task
    for this message alone (the relay server publishes the ids it accepted in batches).
    """
    text = _checked_text(
        text, author=author, external_sender=external_sender, limit=MAX_EMAIL_TEXT_LENGTH
    )
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
        automatic=automatic,
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


def message_process(*, message_id: int, past: frozenset[str] = frozenset()) -> Message | None:
    """Take a `queued` message along the path: the stages, then delivered, held or blocked.

    Idempotent: the state, read under the thread's and the message's row locks (in that
    order, as every writer takes them), makes a second run (a redelivered task, the
    sweep) do nothing. Returns the message, or None when there was nothing to do.
    """
    thread_id = (
        Message.objects.filter(pk=message_id, state=MessageState.QUEUED)
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
        if message.state != MessageState.QUEUED:
            return None
        message.thread = thread
        _run(thread=thread, message=message, past=past)
    return message


def message_release(*, message: Message, past: frozenset[str] = frozenset()) -> Message:
    """A held or blocked message takes the path again, from `queued`, past the stages in
    `past`: the buyer's [yes, send it] and Allina passing a question on go past
    "allina", a staff release past "message_rules". Every other stage (a suspension
    first) applies again. Returns the message in its new state."""
    with transaction.atomic():
        thread = (
            Thread.objects.select_for_update(of=("self",))
            .select_related("buyer", "seller")
            .get(pk=message.thread_id)
        )
        message = Message.objects.select_for_update().get(pk=message.pk)
        message.thread = thread
        _transition(message, MessageState.QUEUED, stopped_by="", stop_reason="")
        _run(thread=thread, message=message, past=past, again=True)
    return message


def message_answer_by_bot(*, message: Message, note: str) -> Message:
    """Allina answered a held question: it stays held (the buyer decides), and the writer's
    view says why it has not reached the seller yet."""
    with transaction.atomic():
        message = Message.objects.select_for_update().get(pk=message.pk)
        if message.state != MessageState.HELD:
            raise pipeline.IllegalTransition(
                f"only a held message is answered by the bot: {message.state}"
            )
        message.stop_reason = note
        message.save(update_fields=["stop_reason"])
    return message


def message_resolve(*, message: Message) -> Message:
    """The buyer's [no thanks]: a held question is done and never reaches the seller."""
    with transaction.atomic():
        message = Message.objects.select_for_update().get(pk=message.pk)
        if message.state != MessageState.RESOLVED:
            _transition(message, MessageState.RESOLVED)
    return message


def message_hide(*, message: Message) -> Message:
    """Staff upheld a report: the recipient no longer sees the message (its author sees it
    as blocked) and the thread follows (messaging/threads.py). A message that is not
    delivered (any more) is left as it is. Locks the thread, then the message."""
    with transaction.atomic():
        thread = Thread.objects.select_for_update().get(pk=message.thread_id)
        message = Message.objects.select_for_update().get(pk=message.pk)
        if message.state == MessageState.DELIVERED:
            _transition(message, MessageState.BLOCKED, stopped_by="staff")
            thread_message_withdrawn(thread=thread, message=message)
    return message


def _transition(message: Message, state: str, **fields) -> None:
    """The one place a message's state changes (checked against pipeline.TRANSITIONS)."""
    pipeline.transition_check(current=message.state, new=state)
    message.state = state
    for name, value in fields.items():
        setattr(message, name, value)
    message.save(update_fields=["state", *fields])


def _checked_text(
    text: str, *, author: User | None, external_sender: str, limit: int = MAX_MESSAGE_LENGTH
) -> str:
    # As it is read (right-to-left overrides resolved), and something must show: the API
    # and every other caller, as the web form (messaging.forms.MessageForm).
    text = as_seen(text).strip()
    if not visible(text):
        raise DomainError(_("Write a message before sending."), code="empty")
    if len(text) > limit:
        raise DomainError(
            _("A message can be at most %(limit)s characters long.") % {"limit": limit},
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
    automatic: str = "",
    save: Callable[[Model], object] = _save,
) -> Message:
    staff_notice = channel == Channel.STAFF
    if staff_notice and (author is None or not author.is_staff):
        raise DomainError(_("Only staff write notices."), code="not_staff")
    if (
        not staff_notice
        and author is not None
        and not any(author.pk == getattr(thread, f"{side}_id") for side in author.sides)
    ):
        raise DomainError(_("You are not part of this conversation."), code="not_party")
    now = timezone.now()
    # An external sender writes to the buyer: the seller has nothing unread. A staff
    # notice is unread for both sides.
    side = thread.side_of(author) if author is not None else Side.SELLER
    if staff_notice:
        side = None
    message = Message(
        thread=thread,
        author=author,
        # A team member writing for the shop (their seat's `person`), for the shop's eyes.
        sent_by=author.person if author is not None and author.person.pk != author.pk else None,
        text=text,
        html=html,
        channel=Channel(channel),
        sender_address=sender_address or external_sender,
        inbound_message_id=inbound_message_id,
        automatic=automatic,
        state=MessageState.QUEUED,
        created_at=now,
        buyer_read_at=now if side == Side.BUYER else None,
        seller_read_at=now if side == Side.SELLER else None,
    )
    save(message)
    for upload in attachments:
        _attachment_store(message=message, upload=upload, save=save)
    return message


def _run(
    *, thread: Thread, message: Message, past: frozenset[str], again: bool = False
) -> pipeline.Decision:
    """The stages on a queued message (thread locked), then its one new state."""
    context = pipeline.StageContext(thread=thread, past=past, again=again)
    decision = pipeline.run(message=message, context=context)
    if decision.outcome == pipeline.Outcome.CONTINUE:
        _deliver(thread=thread, message=message)
    else:
        _transition(
            message, decision.state, stopped_by=decision.stage, stop_reason=decision.reason
        )
        if decision.outcome == pipeline.Outcome.BLOCK:
            blocked_notice_enqueue(message=message)  # an e-mail's writer learns why
            if message.author_id is not None and message.author_id == thread.seller_id:
                # Only its author sees a blocked message: the seller's own, for their tools.
                events.announce(
                    "message.blocked",
                    user_id=thread.seller_id,
                    thread_id=thread.pk,
                    message_id=message.pk,
                    stopped_by=decision.stage,
                )
    return decision


def _locked(thread: Thread) -> Thread:
    """The thread re-read under a row lock, keeping the parties the caller had loaded
    (the stages and delivery read them; they do not change)."""
    locked = Thread.objects.select_for_update().get(pk=thread.pk)
    for relation in (Thread.buyer, Thread.seller):
        field = relation.field
        if relation.is_cached(thread) and getattr(thread, field.attname) == getattr(
            locked, field.attname
        ):
            field.set_cached_value(locked, field.get_cached_value(thread))
    return locked


def _deliver(*, thread: Thread, message: Message) -> None:
    """Make the message visible to the other side; the thread list and counters follow,
    then the after-delivery hooks (translation) and the recipient's e-mail."""
    now = timezone.now()
    _transition(message, MessageState.DELIVERED, delivered_at=now, stopped_by="", stop_reason="")
    # Counters, last message, turn and search document (messaging/threads.py).
    thread_message_delivered(thread=thread, message=message)
    delivery = pipeline.Delivery(thread=thread)
    for _name, hook in pipeline.after_delivery_hooks():
        hook(message=message, delivery=delivery)
    # The recipient's e-mail, an outbox row in this transaction, unless a hook sends it
    # later (a translation on its way). A staff notice is shown in the Message Center
    # only (it has no masked sender).
    if not delivery.notification_deferred and message.channel != Channel.STAFF:
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
        if side == Side.SELLER:
            events.announce("thread.read", user_id=user.pk, thread_id=thread.pk)
    return marked


# The pipeline sweep leaves a queued message alone this long: its task (handed over in
# the relay's 0.2 s batches) may still be in the queue. With the sweep every 15 s, mail
# whose worker died is processed again within 45 s (config/settings/base.py).
PIPELINE_GRACE_SECONDS = 30


def messages_awaiting_pipeline(
    *, older_than_seconds: int = PIPELINE_GRACE_SECONDS, limit: int = 1000, after_id: int = 0
) -> list[int]:
    """Relayed mail stored but still queued (the broker was down when the relay accepted
    it, or a worker was lost), in id order from `after_id`. A web message is never
    committed queued."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Message.objects.filter(state=MessageState.QUEUED, created_at__lt=cutoff, pk__gt=after_id)
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
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
