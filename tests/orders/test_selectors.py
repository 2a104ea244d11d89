import pytest
from django.http import Http404

from orders import selectors
from orders.models import Offer

pytestmark = pytest.mark.django_db


def test_an_order_opens_for_its_buyer_and_seller_only(order, other_user):
    assert selectors.order_get_for_user(user=order.buyer, order_id=order.pk) == order
    assert selectors.order_get_for_user(user=order.seller, order_id=order.pk) == order
    with pytest.raises(Http404):
        selectors.order_get_for_user(user=other_user, order_id=order.pk)


def test_an_inactive_offer_is_not_found(offer):
    assert selectors.offer_get_public(offer_id=offer.pk) == offer
    Offer.objects.filter(pk=offer.pk).update(is_active=False)
    with pytest.raises(Http404):
        selectors.offer_get_public(offer_id=offer.pk)


def test_sellers_and_buyers_list_only_their_own_orders(order, other_user):
    assert list(selectors.orders_for_seller(seller=order.seller)) == [order]
    assert list(selectors.orders_for_buyer(buyer=order.buyer)) == [order]
    assert not selectors.orders_for_seller(seller=other_user).exists()
    assert not selectors.orders_for_buyer(buyer=order.seller).exists()
