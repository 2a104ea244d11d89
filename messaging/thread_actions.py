"""What a party does to a thread besides writing: mark it read or unread, archive it, say
the buyer's last message needs no response. The Message Center's bulk actions and the
thread page's buttons call these, on threads a selector has checked."""

from django.db import transaction
from django.utils import timezone

from accounts.models import User

from .listversion import list_changed
from .models import Message, MessageState, Side, Thread
from .services import thread_mark_read


class Action:
    READ = "read"
    UNREAD = "unread"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    NO_RESPONSE = "no_response"
    CHOICES = (READ, UNREAD, ARCHIVE, UNARCHIVE, NO_RESPONSE)


def thread_mark_unread(*, thread: Thread, user: User) -> bool:
    """The latest message the other side delivered to `user` is unread again (the thread
    shows one unread message); False when there is none."""
    side = thread.side_of(user)
    read_field = f"{side}_read_at"
    unread_field = f"{side}_unread_count"
    with transaction.atomic():
        Thread.objects.select_for_update().filter(pk=thread.pk).values_list("pk").first()
        latest = (
            Message.objects.filter(thread=thread, state=MessageState.DELIVERED)
            .exclude(author=user)
            .order_by("-created_at", "-id")
            .only("pk", read_field)
            .first()
        )
        if latest is None:
            return False
        if getattr(latest, read_field) is not None:
            Message.objects.filter(pk=latest.pk).update(**{read_field: None})
            current = Thread.objects.filter(pk=thread.pk).values_list(unread_field, flat=True)
            Thread.objects.filter(pk=thread.pk).update(**{unread_field: current[0] + 1})
    return True


def thread_set_archived(*, thread: Thread, user: User, archived: bool) -> bool:
    """Archive (or bring back) the thread for `user`'s side only; True if it changed."""
    field = f"{thread.side_of(user)}_archived"
    return bool(
        Thread.objects.filter(pk=thread.pk)
        .exclude(**{field: archived})
        .update(**{field: archived})
    )


def thread_mark_no_response_needed(*, thread: Thread, user: User) -> bool:
    """The seller says the buyer's last message needs no answer: the thread leaves
    "Awaiting my reply" and My Sales Quality counts that question as needing no response
    (allina.metrics). Only the thread's seller, only while the turn is theirs; True if
    something changed."""
    if thread.side_of(user) != Side.SELLER:
        return False
    with transaction.atomic():
        locked = (
            Thread.objects.select_for_update()
            .filter(pk=thread.pk)
            .values("last_author_side", "reply_not_needed")
            .first()
        )
        if locked is None or locked["reply_not_needed"]:
            return False
        if locked["last_author_side"] != Side.BUYER:
            return False
        last = (
            Message.objects.filter(
                thread=thread, state=MessageState.DELIVERED, author_id=thread.buyer_id
            )
            .order_by("-created_at", "-id")
            .values_list("pk", flat=True)
            .first()
        )
        if last is None:
            return False
        now = timezone.now()
        Message.objects.filter(pk=last).update(no_reply_needed_at=now)
        Thread.objects.filter(pk=thread.pk).update(reply_not_needed=True)
        if thread.seller_unread_count:
            thread_mark_read(thread=thread, user=user)
    return True


def thread_apply(*, thread: Thread, user: User, action: str) -> bool:
    """One of `Action.CHOICES` on one thread; True if it changed anything."""
    if action == Action.READ:
        return bool(thread_mark_read(thread=thread, user=user))
    if action == Action.UNREAD:
        return thread_mark_unread(thread=thread, user=user)
    if action in (Action.ARCHIVE, Action.UNARCHIVE):
        changed = thread_set_archived(thread=thread, user=user, archived=action == Action.ARCHIVE)
    elif action == Action.NO_RESPONSE:
        changed = thread_mark_no_response_needed(thread=thread, user=user)
    else:
        raise ValueError(action)
    if changed:  # other tabs (and the rest of the shop's team) see it on their next poll
        list_changed(user.pk)
    return changed
