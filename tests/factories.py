"""Test data through the services, so factories obey the same rules as the product."""

from decimal import Decimal

import factory

from accounts import services as account_services
from accounts.marketplaces import Country, MarketplaceCode
from accounts.models import DeliveryAddress, User
from messaging import services as messaging_services
from messaging.models import Message, Thread
from orders import services as order_services
from orders.models import Carrier, DeliveryMethod, Offer, Order
from orders.pickup_points import DEMO_POINTS, PICKUP_METHODS

PASSWORD = "correct-horse-battery"

COUNTRY_OF = {
    MarketplaceCode.PL: Country.PL,
    MarketplaceCode.CZ: Country.CZ,
    MarketplaceCode.SK: Country.SK,
    MarketplaceCode.HU: Country.HU,
}
POSTCODE_OF = {
    Country.PL: "00-950",
    Country.CZ: "110 00",
    Country.SK: "811 01",
    Country.HU: "1051",
}
PHONE_OF = {
    Country.PL: "+48601234567",
    Country.CZ: "+420601234567",
    Country.SK: "+421901234567",
    Country.HU: "+36301234567",
}


class UserFactory(factory.Factory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    first_name = "Anna"
    last_name = "Nowak"
    registration_marketplace = MarketplaceCode.PL
    is_seller = False
    password = PASSWORD
    # The UI language the account chose. Tests read English pages unless they say
    # otherwise; language="" leaves the registration marketplace's language (SPEC §1).
    language = "en"

    @classmethod
    def _create(cls, model_class, **kwargs):
        language = kwargs.pop("language")
        user = account_services.user_create(**kwargs)
        if language:
            account_services.user_set_language(user=user, language=language)
        return user


# Sellers made here have Allina switched off in their Communication settings, so that
# a buyer's web message reaches them at once; the message path and its stages are the
# production ones (Allina's stage runs and records the question she did not see). The
# `allina_on` fixture (tests/conftest.py) switches her on, as a seller would.
ALLINA_ENABLED = {"default": False}


class SellerFactory(UserFactory):
    username = factory.Sequence(lambda n: f"seller{n}")
    is_seller = True

    @classmethod
    def _create(cls, model_class, **kwargs):
        seller = super()._create(model_class, **kwargs)
        account_services.communication_settings_update(
            user=seller, allina_enabled=ALLINA_ENABLED["default"]
        )
        return seller


class DeliveryAddressFactory(factory.Factory):
    class Meta:
        model = DeliveryAddress

    buyer = factory.SubFactory(UserFactory)
    first_name = "Anna"
    last_name = "Nowak"
    street = "Marszałkowska"
    building_number = "10"
    apartment_number = "5"
    country = factory.LazyAttribute(lambda o: COUNTRY_OF[o.buyer.registration_marketplace])
    postcode = factory.LazyAttribute(lambda o: POSTCODE_OF[o.country])
    city = "Warszawa"
    phone = factory.LazyAttribute(lambda o: PHONE_OF[o.country])

    @classmethod
    def _create(cls, model_class, **kwargs):
        return account_services.delivery_address_create(**kwargs)


class OfferFactory(factory.Factory):
    class Meta:
        model = Offer

    seller = factory.SubFactory(SellerFactory)
    title = factory.Sequence(lambda n: f"Linen shirt {n}")
    price = Decimal("129.00")
    marketplace = factory.LazyAttribute(lambda o: o.seller.registration_marketplace)
    attributes = factory.LazyFunction(lambda: {"size": "M", "material": "linen"})
    stock = 100
    delivery_options = factory.LazyFunction(
        lambda: [
            {"method": DeliveryMethod.COURIER, "carrier": Carrier.DPD, "price": Decimal("15")},
            {"method": DeliveryMethod.PARCEL_LOCKER, "carrier": Carrier.INPOST, "price": 9},
        ]
    )

    @classmethod
    def _create(cls, model_class, **kwargs):
        return order_services.offer_create(**kwargs)


class OrderFactory(factory.Factory):
    class Meta:
        model = Order

    offer = factory.SubFactory(OfferFactory)
    buyer = factory.SubFactory(UserFactory)
    address = factory.LazyAttribute(lambda o: DeliveryAddressFactory(buyer=o.buyer))
    delivery_option = factory.LazyAttribute(lambda o: o.offer.delivery_options.first())
    quantity = 1
    # The demo set's point for a parcel-locker or pickup-point option (orders/data).
    pickup_point_id = factory.LazyAttribute(
        lambda o: (
            DEMO_POINTS.get(o.delivery_option.carrier, "")
            if o.delivery_option.method in PICKUP_METHODS
            else ""
        )
    )

    @classmethod
    def _create(cls, model_class, **kwargs):
        return order_services.order_place(**kwargs)


class ThreadFactory(factory.Factory):
    """A thread about an offer (pass `order=` for one about an order)."""

    class Meta:
        model = Thread

    buyer = factory.SubFactory(UserFactory)
    offer = factory.SubFactory(OfferFactory)
    order = None

    @classmethod
    def _create(cls, model_class, **kwargs):
        if kwargs["order"] is not None:
            kwargs["offer"] = None
        return messaging_services.thread_get_or_create(**kwargs)


class MessageFactory(factory.Factory):
    class Meta:
        model = Message

    thread = factory.SubFactory(ThreadFactory)
    author = factory.LazyAttribute(lambda o: o.thread.buyer)
    text = "Is it available in size L?"

    @classmethod
    def _create(cls, model_class, **kwargs):
        return messaging_services.message_submit(**kwargs)


def order_pay(order: Order, *, succeeded: bool = True, failure_reason: str = "") -> Order:
    """One payment attempt on `order` with the operator's verdict; the order, fresh."""
    attempt = order_services.payment_attempt_start(order=order)
    order_services.payment_attempt_complete(
        attempt=attempt, succeeded=succeeded, failure_reason=failure_reason
    )
    order.refresh_from_db()
    return order


def order_ship(
    order: Order,
    *,
    carrier: str = Carrier.INPOST,
    tracking_number: str = "620000000000000000000001",
    expected_delivery=None,
    events=(),
):
    """Ship a paid order; `events` are (status, occurred_at, description, location) pushed
    by the carrier in order. Returns the shipment."""
    shipment = order_services.shipment_create(
        order=order,
        carrier=carrier,
        tracking_number=tracking_number,
        expected_delivery=expected_delivery,
    )
    for number, (status, occurred_at, description, location) in enumerate(events, start=1):
        order_services.tracking_event_record(
            shipment=shipment,
            event_id=f"evt-{shipment.pk}-{number}",
            status=status,
            occurred_at=occurred_at,
            description=description,
            location=location,
        )
    shipment.refresh_from_db()
    order.refresh_from_db()
    return shipment


def message_at(
    thread: Thread,
    author: User,
    *,
    created_at,
    delivered_at=None,
    state: str = "delivered",
    text: str = "Is it available in size L?",
) -> Message:
    """A message with fixed timestamps, for figures over time (metrics tests).

    Stored directly: the pipeline stamps the current time. A delivered message is
    delivered at `delivered_at` (default: when it was written).
    """
    delivered = state == "delivered"
    return Message.objects.create(
        thread=thread,
        author=author,
        text=text,
        state=state,
        created_at=created_at,
        delivered_at=(delivered_at or created_at) if delivered else None,
    )


def question_at(message: Message, **fields):
    """Allina's record of a buyer's message, with the given status, topic, choice and
    timestamps (defaults: created with the message, nothing decided yet)."""
    from allina.models import Question

    thread = message.thread
    fields.setdefault("created_at", message.created_at)
    return Question.objects.create(
        message=message,
        thread=thread,
        seller_id=thread.seller_id,
        buyer_id=thread.buyer_id,
        **fields,
    )
