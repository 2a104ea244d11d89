"""Permission-scoped reads for moderation.

A user reaches only what is theirs: a message they received (to report it), their own
notices. Anyone else's id is a 404, as if it did not exist. Staff-only reads check the
staff member's permission and answer 404 to everybody else, so nothing tells a private
file from a missing one.
"""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User
from messaging.models import Message, MessageState
from messaging.selectors import party_condition
from orders.models import Order

from .models import (
    BuyerDetailsReport,
    MessagingSuspension,
    ModerationCase,
    Notice,
    ReportScreenshot,
)

STAFF_PERMISSION = "moderation.view_moderationcase"
NOTICES_SHOWN = 10


def buyer_details_report_latest(*, order: Order, user: User) -> BuyerDetailsReport | None:
    """The newest report on an order's buyer details, for the order's seller (else None)."""
    if user.pk != order.seller_id:
        return None
    return (
        BuyerDetailsReport.objects.filter(order=order, reporter=user)
        .order_by("-created_at", "-id")
        .first()
    )


def message_get_for_report(*, user: User, message_id: int) -> Message:
    """A delivered message `user` received (never one they wrote), or 404.

    Received means: in a thread the user is a party to and written by the other party;
    mail from a courier or payment sender (no author) is received by the buyer.
    """
    received = party_condition(user, "thread__") & ~Q(author=user)
    not_theirs_external = Q(author__isnull=True) & ~Q(thread__buyer=user)
    return get_object_or_404(
        Message.objects.select_related("thread__order", "thread__offer", "author")
        .filter(received, state=MessageState.DELIVERED)
        .exclude(not_theirs_external),
        pk=message_id,
    )


def is_moderator(user: User) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and user.has_perm(STAFF_PERMISSION)
    )


def screenshot_get_for_staff(*, user: User, screenshot_id: int) -> ReportScreenshot:
    """A report's screenshot, for staff who may review the queue; everyone else 404."""
    if not is_moderator(user):
        raise Http404
    return get_object_or_404(ReportScreenshot, pk=screenshot_id)


def messaging_suspension_active(*, user_id: int) -> MessagingSuspension | None:
    """The suspension that ends last among those still running, if any."""
    return (
        MessagingSuspension.objects.filter(user_id=user_id, until__gt=timezone.now())
        .order_by("-until")
        .first()
    )


def notices_for_user(*, user: User) -> QuerySet[Notice]:
    """The user's notices from staff that they have not dismissed, newest first."""
    return (
        Notice.objects.filter(user=user, dismissed_at__isnull=True)
        .select_related(
            "user",
            "case__message_report__message__thread",
            "case__buyer_details_report__order",
            "case__message__thread",
        )
        .order_by("-created_at", "-id")
    )


def notice_get_for_user(*, user: User, notice_id: int) -> Notice:
    return get_object_or_404(Notice.objects.filter(user=user), pk=notice_id)


CONVERSATION_AROUND = 6  # messages shown before and after the one in question
SENDER_HISTORY_LENGTH = 5


def case_conversation(*, case: ModerationCase) -> list[Message]:
    """The conversation around the entry's message, for staff: the messages just before and
    after it in its thread, whatever their state, with their translations (for each
    recipient) and authors, oldest first."""
    if case.message_id is None:
        return []
    message = case.message
    around = (
        Message.objects.filter(thread_id=message.thread_id)
        .select_related("author")
        .prefetch_related("translations")
    )
    before = list(around.filter(pk__lt=message.pk).order_by("-pk")[:CONVERSATION_AROUND])
    after = list(around.filter(pk__gte=message.pk).order_by("pk")[: CONVERSATION_AROUND + 1])
    return [*reversed(before), *after]


def sender_history(*, case: ModerationCase) -> tuple[list[ModerationCase], int]:
    """Other queue entries about messages of the same sender (their account, or for mail
    without one their address), latest first, and how many there are in all."""
    if case.message_id is None:
        return [], 0
    message = case.message
    if message.author_id:
        same_sender = Q(message__author_id=message.author_id)
    elif message.sender_address:
        same_sender = Q(message__sender_address__iexact=message.sender_address)
    else:
        return [], 0
    others = (
        ModerationCase.objects.filter(same_sender)
        .exclude(pk=case.pk)
        .select_related("message", "decision")
        .order_by("-created_at", "-id")
    )
    latest = list(others[: SENDER_HISTORY_LENGTH + 1])
    if len(latest) <= SENDER_HISTORY_LENGTH:
        return latest, len(latest)
    return latest[:SENDER_HISTORY_LENGTH], others.count()
