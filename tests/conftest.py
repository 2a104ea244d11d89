import pytest

from tests.factories import (
    PASSWORD,
    DeliveryAddressFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
)


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def seller(db):
    return SellerFactory()


@pytest.fixture
def other_user(db):
    """Someone who is neither the buyer nor the seller of anything in the test."""
    return UserFactory(username="stranger", registration_marketplace="cz")


@pytest.fixture
def offer(seller):
    return OfferFactory(seller=seller)


@pytest.fixture
def address(buyer):
    return DeliveryAddressFactory(buyer=buyer)


@pytest.fixture
def order(buyer, offer, address):
    return OrderFactory(buyer=buyer, offer=offer, address=address)


@pytest.fixture
def thread(buyer, order):
    return ThreadFactory(buyer=buyer, order=order)


@pytest.fixture
def buyer_client(client, buyer):
    client.force_login(buyer)
    return client


@pytest.fixture
def seller_client(client, seller):
    client.force_login(seller)
    return client
