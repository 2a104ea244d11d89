"""Staff admin: every model has working pages, searches find the right rows, user text
stays escaped, and the order list costs the same number of queries however many orders."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import CommunicationSettings, DeliveryAddress, SellerEmailAddress, User
from accounts.services import masked_email_address
from messaging.models import Attachment, Message, Thread
from orders import services as order_services
from orders.models import (
    Carrier,
    DeliveryOption,
    Offer,
    Order,
    OrderLine,
    Payment,
    PaymentAttempt,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
)
from tests.factories import (
    DeliveryAddressFactory,
    MessageFactory,
    OrderFactory,
    ThreadFactory,
)

pytestmark = pytest.mark.django_db

ADMIN_MODELS = [
    User,
    SellerEmailAddress,
    DeliveryAddress,
    CommunicationSettings,
    Offer,
    DeliveryOption,
    Order,
    OrderLine,
    Payment,
    PaymentAttempt,
    Shipment,
    TrackingEvent,
    Thread,
    Message,
    Attachment,
]

# Session, staff user, one COUNT, one page of orders joined with buyer, seller and
# payment, and two for the date hierarchy: the same for 3 orders and for 10.
ORDER_CHANGELIST_QUERIES = 6


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def staff_client(client, django_user_model):
    staff = django_user_model.objects.create_superuser(
        username="staff", email="staff@example.com", password="staff-password", language="en"
    )
    client.force_login(staff)
    return client


def make_shipped_order(*, order: Order, thread: Thread) -> Order:
    """Pay and ship `order`, with a tracking event, a message and an attachment."""
    attempt = order_services.payment_attempt_start(order=order)
    order_services.payment_attempt_complete(attempt=attempt, succeeded=True)
    shipment = order_services.shipment_create(
        order=order, carrier=Carrier.INPOST, tracking_number=f"62001{order.pk:019d}"
    )
    order_services.tracking_event_record(
        shipment=shipment,
        event_id="evt-1",
        status=ShipmentStatus.IN_TRANSIT,
        occurred_at=timezone.now() - timedelta(hours=1),
        location="Kraków",
    )
    message = MessageFactory(thread=thread, author=order.buyer, text="Where is my parcel?")
    # No upload service exists yet; the row is what the upload flow would store.
    Attachment.objects.create(
        message=message,
        storage_name=f"{message.pk:016d}.pdf",
        file=ContentFile(b"%PDF-1.4", name="label.pdf"),
        original_name="label.pdf",
        content_type="application/pdf",
        size=8,
    )
    return order


def make_everything() -> Order:
    """One of every model, with a buyer and a seller of its own."""
    order = OrderFactory()
    return make_shipped_order(order=order, thread=ThreadFactory(buyer=order.buyer, order=order))


@pytest.fixture
def shipped_order(order, thread):
    return make_shipped_order(order=order, thread=thread)


def test_every_model_is_registered():
    assert all(admin.site.is_registered(model) for model in ADMIN_MODELS)


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model.__name__)
def test_changelist_and_change_page_open(staff_client, shipped_order, model):
    # given one of everything
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None

    # when staff open the list and the object
    changelist = staff_client.get(admin_url(model, "changelist"))
    change = staff_client.get(admin_url(model, "change", obj.pk))

    # then both pages work
    assert changelist.status_code == 200
    assert change.status_code == 200


def test_order_search_by_transaction_id_finds_only_that_order(staff_client, order, buyer, offer):
    other = OrderFactory(buyer=buyer, offer=offer)

    response = staff_client.get(admin_url(Order, "changelist"), {"q": order.transaction_id})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [order]
    assert order.transaction_id in response.text
    assert other.transaction_id not in response.text


def test_order_search_by_buyer_email(staff_client, order):
    other = OrderFactory()

    response = staff_client.get(admin_url(Order, "changelist"), {"q": order.buyer.email})

    assert list(response.context["cl"].result_list) == [order]
    assert other.transaction_id not in response.text


def test_thread_search_by_order_transaction_id(staff_client, thread, order):
    other = MessageFactory().thread

    response = staff_client.get(admin_url(Thread, "changelist"), {"q": order.transaction_id})

    assert list(response.context["cl"].result_list) == [thread]
    assert other not in response.context["cl"].result_list


def test_message_search_by_text(staff_client, thread):
    wanted = MessageFactory(thread=thread, text="Does the parcel locker in Gdynia work?")
    MessageFactory(thread=thread, text="Thank you, all good.")

    response = staff_client.get(admin_url(Message, "changelist"), {"q": "parcel locker"})

    assert list(response.context["cl"].result_list) == [wanted]


def test_message_text_is_shown_escaped(staff_client, thread):
    # given a message with markup in it
    message = MessageFactory(thread=thread, text="Hi <script>alert(1)</script>")

    # when staff read the thread and the message list
    pages = [
        staff_client.get(admin_url(Thread, "change", thread.pk)),
        staff_client.get(admin_url(Message, "changelist")),
        staff_client.get(admin_url(Message, "change", message.pk)),
    ]

    # then the markup is shown as text, never run
    for page in pages:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
        assert "<script>alert(1)</script>" not in page.text


def test_thread_page_lists_messages_newest_last(staff_client, thread):
    MessageFactory(thread=thread, text="First question")
    MessageFactory(thread=thread, author=thread.seller, text="Second, the answer")

    page = staff_client.get(admin_url(Thread, "change", thread.pk)).text

    assert page.index("First question") < page.index("Second, the answer")


def test_order_page_shows_the_delivery_address_snapshot(staff_client, buyer, offer):
    # given an order to an address with markup in the name
    address = DeliveryAddressFactory(buyer=buyer, last_name="<b>Nowak</b>", city="Zakopane")
    order = OrderFactory(buyer=buyer, offer=offer, address=address)

    # when staff open the order
    page = staff_client.get(admin_url(Order, "change", order.pk)).text

    # then the snapshot reads as an address, with the name escaped
    assert "Zakopane" in page
    assert "Marszałkowska 10/5" in page
    assert "Anna &lt;b&gt;Nowak&lt;/b&gt;" in page
    assert "<b>Nowak</b>" not in page


def test_order_page_shows_transaction_id_read_only(staff_client, order):
    response = staff_client.get(admin_url(Order, "change", order.pk))

    assert order.transaction_id in response.text
    assert "transaction_id" not in response.context["adminform"].form.fields
    assert "delivery_address" not in response.context["adminform"].form.fields


def test_user_page_shows_masked_address_and_sender_id_read_only(staff_client, seller):
    response = staff_client.get(admin_url(User, "change", seller.pk))

    assert masked_email_address(account=seller) in response.text
    assert "sender_id" not in response.context["adminform"].form.fields


def test_user_search_by_sender_id(staff_client, seller, buyer):
    response = staff_client.get(admin_url(User, "changelist"), {"q": seller.sender_id})

    assert list(response.context["cl"].result_list) == [seller]


def test_order_changelist_query_count_does_not_grow(staff_client, django_assert_num_queries):
    # every order has its own buyer and seller, so a query per row would show
    OrderFactory.create_batch(3)
    with django_assert_num_queries(ORDER_CHANGELIST_QUERIES):
        response = staff_client.get(admin_url(Order, "changelist"))
    assert len(response.context["cl"].result_list) == 3

    OrderFactory.create_batch(7)
    with django_assert_num_queries(ORDER_CHANGELIST_QUERIES):
        response = staff_client.get(admin_url(Order, "changelist"))
    assert len(response.context["cl"].result_list) == 10


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model.__name__)
def test_changelist_queries_do_not_grow_with_rows(staff_client, model):
    # given one of everything, then a second set with other buyers and sellers
    make_everything()
    with CaptureQueriesContext(connection) as few:
        staff_client.get(admin_url(model, "changelist"))
    make_everything()
    make_everything()

    # when the list shows three times the rows
    with CaptureQueriesContext(connection) as more:
        response = staff_client.get(admin_url(model, "changelist"))

    # then it costs the same queries
    assert response.status_code == 200
    assert len(more) == len(few), [query["sql"] for query in more.captured_queries]


def test_staff_add_an_account_with_its_marketplace(staff_client):
    # when staff add an account on the add page
    response = staff_client.post(
        admin_url(User, "add"),
        {
            "username": "kovac",
            "usable_password": "true",
            "password1": "a-long-Password-42",
            "password2": "a-long-Password-42",
            "email": "kovac@example.sk",
            "registration_marketplace": "sk",
            "is_seller": "on",
            "language": "",
        },
    )

    # then it is stored with the marketplace fields and a sender id of its own
    assert response.status_code == 302
    user = User.objects.get(username="kovac")
    assert (user.registration_marketplace, user.is_seller, user.language) == ("sk", True, "")
    assert masked_email_address(account=user) == f"{user.sender_id}@allegromail.com"
