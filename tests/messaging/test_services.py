"""Threads and the single entry point for messages."""

import pytest
from django.db import IntegrityError, transaction
from django.http import Http404

from core.exceptions import DomainError
from messaging import selectors, services
from messaging.models import Channel, Message, MessageState, Thread
from tests.factories import MessageFactory, OfferFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def test_a_thread_is_about_an_order_or_an_offer_never_both_nor_neither(thread, offer):
    with pytest.raises(IntegrityError), transaction.atomic():
        Thread.objects.filter(pk=thread.pk).update(offer=offer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Thread.objects.filter(pk=thread.pk).update(order=None)


def test_the_service_refuses_a_thread_about_both(buyer, order, offer):
    with pytest.raises(DomainError):
        services.thread_get_or_create(buyer=buyer, order=order, offer=offer)


def test_asking_again_about_the_same_order_continues_the_same_thread(buyer, order, thread):
    assert services.thread_get_or_create(buyer=buyer, order=order) == thread
    assert Thread.objects.count() == 1


def test_a_second_thread_about_one_order_is_refused_by_the_database(thread, order):
    with pytest.raises(IntegrityError), transaction.atomic():
        Thread.objects.create(buyer=thread.buyer, seller=thread.seller, order=order)


def test_questions_about_an_offer_are_one_thread_per_buyer(buyer, other_user, offer):
    mine = services.thread_get_or_create(buyer=buyer, offer=offer)
    theirs = services.thread_get_or_create(buyer=other_user, offer=offer)
    assert mine != theirs
    assert services.thread_get_or_create(buyer=buyer, offer=offer) == mine


def test_only_the_orders_buyer_can_open_a_thread_about_it(other_user, order):
    with pytest.raises(DomainError):
        services.thread_get_or_create(buyer=other_user, order=order)


def test_a_seller_cannot_ask_about_their_own_offer(seller, offer):
    with pytest.raises(DomainError):
        services.thread_get_or_create(buyer=seller, offer=offer)


def test_a_message_is_delivered_unread_for_the_other_side(thread):
    message = MessageFactory(thread=thread, author=thread.buyer, text="  Where is my parcel?  ")
    assert message.text == "Where is my parcel?"
    assert message.state == MessageState.DELIVERED
    assert message.channel == Channel.WEB
    assert message.buyer_read_at is not None and message.seller_read_at is None
    thread.refresh_from_db()
    assert thread.last_message_at == message.created_at


def test_someone_outside_the_thread_cannot_write_in_it(thread, other_user):
    with pytest.raises(DomainError):
        services.message_submit(thread=thread, author=other_user, text="hello")
    assert not thread.messages.exists()


def test_an_empty_message_is_refused(thread):
    with pytest.raises(DomainError, match="Write a message"):
        services.message_submit(thread=thread, author=thread.seller, text="   ")


def test_selectors_show_a_thread_to_its_parties_only(thread, other_user):
    assert selectors.thread_get_for_user(user=thread.buyer, thread_id=thread.pk) == thread
    assert selectors.thread_get_for_user(user=thread.seller, thread_id=thread.pk) == thread
    with pytest.raises(Http404):
        selectors.thread_get_for_user(user=other_user, thread_id=thread.pk)


def test_selectors_show_a_message_to_its_threads_parties_only(thread, other_user):
    message = MessageFactory(thread=thread)
    assert selectors.message_get_for_user(user=thread.seller, message_id=message.pk) == message
    with pytest.raises(Http404):
        selectors.message_get_for_user(user=other_user, message_id=message.pk)


def test_a_user_lists_only_their_own_threads(thread, other_user):
    ThreadFactory(buyer=other_user, offer=OfferFactory())
    assert list(selectors.threads_for_user(user=thread.buyer)) == [thread]
    assert list(selectors.threads_for_user(user=thread.seller)) == [thread]


def test_a_message_delivered_late_does_not_hide_a_newer_one_in_the_thread_list(thread):
    """Staff release a message blocked earlier: the seller gets it unread, but the list
    still shows the newer message and whose turn it is does not go back in time."""
    held = MessageFactory(thread=thread, author=thread.buyer, text="First question")
    Message.objects.filter(pk=held.pk).update(state=MessageState.BLOCKED)
    services.thread_mark_read(thread=Thread.objects.get(pk=thread.pk), user=thread.seller)
    answer = MessageFactory(thread=thread, author=thread.seller, text="A newer reply")

    services.message_release(message=held)

    thread.refresh_from_db()
    assert thread.last_message_id == answer.pk
    assert thread.last_author_side == "seller"
    assert thread.seller_unread_count == 1
