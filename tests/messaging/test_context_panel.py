"""The panel beside a conversation: what it is about, for the one reading it."""

import pytest
from django.urls import reverse

from tests.factories import (
    DeliveryAddressFactory,
    OfferFactory,
    OrderFactory,
    ThreadFactory,
    UserFactory,
    order_pay,
    order_ship,
)

pytestmark = pytest.mark.django_db


def _panel(client, thread):
    return client.get(reverse("messaging:thread_context", args=[thread.pk]))


def test_thread_page_loads_the_panel_for_its_own_conversation(seller_client, thread):
    page = seller_client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert 'id="thread-context"' in page
    assert reverse("messaging:thread_context", args=[thread.pk]) in page
    assert "Order details" in page


def test_seller_sees_items_amount_payment_shipment_and_where_it_goes(seller_client, thread):
    order = order_pay(thread.order)
    order_ship(order, tracking_number="620111222333444555666777")
    panel = _panel(seller_client, thread)
    assert panel.status_code == 200
    text = panel.text
    assert f"Order {order.transaction_id}" in text
    assert order.lines.get().title in text
    assert "Paid" in text
    assert "620111222333444555666777" in text
    address = order.delivery_address
    assert address["city"] in text and address["street"] in text
    assert reverse("orders:order_detail", args=[order.pk]) in text


def test_seller_sees_the_buyers_other_orders_from_them_only(seller_client, thread, seller):
    buyer = thread.buyer
    address = DeliveryAddressFactory(buyer=buyer)
    own = [
        OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller), address=address)
        for _ in range(6)
    ]
    elsewhere = OrderFactory(buyer=buyer, address=address)  # another seller's sale
    other_buyer = OrderFactory(offer=OfferFactory(seller=seller))
    text = _panel(seller_client, thread).text
    assert "This buyer's other orders from you" in text
    shown = [o for o in own if o.transaction_id in text]
    assert len(shown) == 5  # the latest five ...
    assert own[0].transaction_id not in text  # ... the oldest left out
    assert "6 orders in all" in text
    assert elsewhere.transaction_id not in text
    assert other_buyer.transaction_id not in text
    assert thread.order.transaction_id in text  # the conversation's own order, at the top


def test_buyer_sees_the_order_but_not_a_history_of_orders(buyer_client, thread):
    OrderFactory(buyer=thread.buyer, offer=OfferFactory(seller=thread.seller))
    text = _panel(buyer_client, thread).text
    assert f"Order {thread.order.transaction_id}" in text
    assert "other orders from you" not in text
    assert "Not shipped yet." in text


def test_offer_conversation_shows_the_offer_price_stock_and_attributes(client, seller):
    offer = OfferFactory(seller=seller, attributes={"size": ["S", "M"], "material": "linen"})
    thread = ThreadFactory(offer=offer)
    client.force_login(seller)
    text = _panel(client, thread).text
    assert offer.title in text
    assert "129" in text
    assert "100 pieces" in text
    assert "S, M" in text  # attributes as text, not a raw list
    assert "[&#x27;S&#x27;" not in text
    offer.is_active = False
    offer.save()
    assert "No longer listed" in _panel(client, thread).text


def test_another_users_conversation_is_404(client, thread):
    client.force_login(UserFactory())
    assert _panel(client, thread).status_code == 404
    client.logout()
    assert _panel(client, thread).status_code == 302


def test_panel_query_count_does_not_grow_with_history(
    seller_client, thread, seller, django_assert_max_num_queries
):
    buyer = thread.buyer
    address = DeliveryAddressFactory(buyer=buyer)
    for _ in range(12):
        OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller), address=address)
    order_ship(order_pay(thread.order))
    # session, user, thread, order with parties and payment, lines, attempts, shipments,
    # tracking events, history, its count
    with django_assert_max_num_queries(10):
        response = _panel(seller_client, thread)
    assert response.status_code == 200


def test_list_rows_name_what_was_bought(seller_client, thread, seller):
    from messaging.services import message_submit
    from orders.models import OrderLine

    message_submit(thread=thread, author=thread.buyer, text="Where is it?", attachments=[])
    title = thread.order.lines.get().title
    page = seller_client.get(reverse("messaging:thread_list")).text
    assert f"Order {thread.order.transaction_id}" in page
    assert f"· {title}</span>" in page
    OrderLine.objects.create(order=thread.order, title="Wool scarf", unit_price=30, quantity=1)
    OrderLine.objects.create(order=thread.order, title="Cap", unit_price=20, quantity=1)
    page = seller_client.get(reverse("messaging:thread_list")).text
    assert f"· {title} and 2 more items</span>" in page
