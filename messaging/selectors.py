"""Permission-scoped reads of threads and messages."""

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from marketplace.models import User

from .models import Message, Thread


def threads_for_user(*, user: User) -> QuerySet[Thread]:
    """Threads the user is a party to, newest activity first."""
    return Thread.objects.filter(Q(buyer=user) | Q(seller=user)).select_related(
        "buyer", "seller", "order", "offer"
    )


def thread_get_for_user(*, user: User, thread_id: int) -> Thread:
    """A thread its buyer or seller may open; anyone else gets 404."""
    return get_object_or_404(threads_for_user(user=user), pk=thread_id)


def message_get_for_user(*, user: User, message_id: int) -> Message:
    return get_object_or_404(
        Message.objects.select_related("thread", "author").filter(
            Q(thread__buyer=user) | Q(thread__seller=user)
        ),
        pk=message_id,
    )
