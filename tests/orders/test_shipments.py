"""Shipments as sellers and buyers meet them: tracking numbers of each carrier's shape,
statuses set by hand, the shipment box with its timeline, and who may touch what."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core.exceptions import DomainError
from orders import services
from orders.carriers import CARRIERS, tracking_url, validate_tracking_number
from orders.models import (
    Carrier,
    Order,
    OrderStatus,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
    TrackingSource,
)
from tests.factories import OrderFactory, SellerFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def _paid(order: Order) -> Order:
    services.payment_attempt_complete(
        attempt=services.payment_attempt_start(order=order), succeeded=True
    )
    order.refresh_from_db()
    return order


@pytest.fixture
def paid_order(order):
    return _paid(order)


@pytest.fixture
def shipment(paid_order):
    return services.shipment_create(
        order=paid_order, carrier=Carrier.DPD, tracking_number="13245678901234"
    )


# --- tracking number formats -----------------------------------------------------------

GOOD = {
    Carrier.INPOST: ["620000000000000000000001", "6200 0000 0000 0000 0000 0001"],
    Carrier.DPD: ["13245678901234", "1000634872915U", "1000634872915u"],
    Carrier.DHL: ["1234567890", "12345678901", "JJD000390007787878", "00340434161094042557"],
    Carrier.GLS: ["91123456789", "ZX8KXXJB", "ZX8KXXJB1234", "123456789012"],
    Carrier.UPS: ["1Z999AA10123456784", "1z 999 aa1 01 2345 6784"],
    Carrier.POCZTA_POLSKA: ["00659007734210841438", "RR123456789PL"],
    Carrier.PACKETA: ["Z1234567890", "z 123 4567 890"],
    Carrier.PPL: ["40512378910", "4051237891012"],
    Carrier.SPS: ["70301028751101", "703-010-28751101", "7030102875110122"],
    Carrier.MPL: ["RR123456789HU", "RB123456785HU", "1234567890123", "1234567890123456"],
}
BAD = {
    Carrier.INPOST: ["62000000000000000000000", "62000000000000000000000A"],
    Carrier.DPD: ["1324567890123", "1000634872915UU", "ABCDEFGHIJKLMN"],
    Carrier.DHL: ["123456789", "JJD12", "1234567890123"],
    Carrier.GLS: ["GLS1", "1234567890"],
    Carrier.UPS: ["1Z999AA1012345678", "2Z999AA10123456784"],
    Carrier.POCZTA_POLSKA: ["0065900773421084143", "RR12345678PL"],
    Carrier.PACKETA: ["1234567890", "Z123456789"],
    Carrier.PPL: ["4051237891", "405123789101"],
    Carrier.SPS: ["7030102875110", "703-010-2875110A"],
    Carrier.MPL: ["RR123456789", "12345678901234"],
}


def test_every_carrier_has_formats_with_examples_that_pass_and_a_tracking_page():
    assert set(CARRIERS) == set(Carrier.values)
    for carrier, info in CARRIERS.items():
        assert info.formats, carrier
        for tracking_format in info.formats:
            assert validate_tracking_number(carrier, tracking_format.example)
        url = tracking_url(carrier, validate_tracking_number(carrier, info.examples[0]))
        assert url.startswith("https://"), carrier


@pytest.mark.parametrize(
    ("carrier", "number"), [(c, n) for c, numbers in GOOD.items() for n in numbers]
)
def test_a_number_of_the_carriers_shape_is_accepted_and_normalised(carrier, number):
    normalised = validate_tracking_number(carrier, number)
    assert normalised == number.replace(" ", "").replace("-", "").upper()


@pytest.mark.parametrize(
    ("carrier", "number"), [(c, n) for c, numbers in BAD.items() for n in numbers]
)
def test_a_number_of_another_shape_is_refused_with_an_example(carrier, number):
    with pytest.raises(ValidationError) as caught:
        validate_tracking_number(carrier, number)
    message = caught.value.messages[0]
    assert f"This is not a {Carrier(carrier).label} tracking number" in message
    assert CARRIERS[carrier].examples[0] in message


def test_an_unknown_carrier_or_an_empty_number_is_refused():
    with pytest.raises(ValidationError, match="carrier"):
        validate_tracking_number("pigeon", "123")
    with pytest.raises(ValidationError, match="tracking number"):
        validate_tracking_number(Carrier.DPD, "  ")


def test_digits_of_other_scripts_are_not_digits():
    with pytest.raises(ValidationError):
        validate_tracking_number(Carrier.DPD, "١٣٢٤٥٦٧٨٩٠١٢٣٤")  # Arabic-Indic digits


def test_tracking_links_go_to_the_carriers_public_pages():
    assert tracking_url(Carrier.INPOST, "620000000000000000000001") == (
        "https://inpost.pl/sledzenie-przesylek?number=620000000000000000000001"
    )
    assert tracking_url(Carrier.UPS, "1Z999AA10123456784") == (
        "https://www.ups.com/track?tracknum=1Z999AA10123456784"
    )
    # SPS's page takes the number in its three printed parts.
    assert tracking_url(Carrier.SPS, "70301028751101").endswith(
        "sdg_landnr=703&sdg_mandnr=010&sdg_lfdnr=28751101"
    )
    # Whatever an old row holds cannot break out of the query string.
    assert tracking_url(Carrier.DHL, 'X"&a=<b>') == (
        "https://www.dhl.com/global-en/home/tracking.html?tracking-id=X%22%26a%3D%3Cb%3E&submit=1"
    )
    assert tracking_url(Carrier.SPS, "NOT-SPS") == ""
    assert tracking_url("pigeon", "123") == ""


# --- services ------------------------------------------------------------------------------


def test_shipment_create_checks_and_normalises_the_number(paid_order):
    shipment = services.shipment_create(
        order=paid_order, carrier=Carrier.UPS, tracking_number="1z 999 aa1 01 2345 6784"
    )
    assert shipment.tracking_number == "1Z999AA10123456784"
    with pytest.raises(DomainError, match="UPS numbers are") as caught:
        services.shipment_create(order=paid_order, carrier=Carrier.UPS, tracking_number="1Z1")
    assert caught.value.code == "invalid_tracking_number"
    assert paid_order.shipments.count() == 1


def test_one_parcel_cannot_be_on_two_shipments(shipment, offer, buyer, address):
    other = _paid(OrderFactory(offer=offer, buyer=buyer, address=address))
    with pytest.raises(DomainError, match="already on another shipment"):
        services.shipment_create(
            order=other, carrier=Carrier.DPD, tracking_number="1324 5678 9012 34"
        )
    # the same number with another carrier is another parcel
    services.shipment_create(order=other, carrier=Carrier.GLS, tracking_number="13245678901")


def test_shipment_create_keeps_the_expected_delivery(paid_order):
    day = timezone.localdate() + timedelta(days=2)
    shipment = services.shipment_create(
        order=paid_order,
        carrier=Carrier.INPOST,
        tracking_number="620000000000000000000001",
        expected_delivery=day,
    )
    shipment.refresh_from_db()
    assert shipment.expected_delivery == day
    paid_order.refresh_from_db()
    assert paid_order.status == OrderStatus.SHIPPED


def test_the_seller_sets_the_status_by_hand(shipment, seller):
    # when the seller says the parcel is out for delivery, with a note
    event = services.shipment_set_status(
        shipment=shipment, status=ShipmentStatus.OUT_FOR_DELIVERY, seller=seller, note="Today"
    )
    # then it is a tracking event from the seller and the shipment's status
    assert event.source == TrackingSource.SELLER
    assert event.description == "Today"
    assert event.event_id.startswith("seller-")
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.OUT_FOR_DELIVERY
    # and delivered completes the order
    services.shipment_set_status(shipment=shipment, status=ShipmentStatus.DELIVERED, seller=seller)
    assert Order.objects.get(pk=shipment.order_id).status == OrderStatus.DELIVERED
    assert shipment.events.count() == 2


def test_a_seller_correction_away_from_delivered_reopens_the_order(shipment, seller):
    services.shipment_set_status(shipment=shipment, status="delivered", seller=seller)
    services.shipment_set_status(shipment=shipment, status="in_transit", seller=seller)
    assert Order.objects.get(pk=shipment.order_id).status == OrderStatus.SHIPPED


def test_an_order_with_two_parcels_is_delivered_when_both_are(shipment, seller):
    second = services.shipment_create(
        order=shipment.order, carrier=Carrier.DPD, tracking_number="1000634872915U"
    )
    services.shipment_set_status(shipment=shipment, status="delivered", seller=seller)
    assert Order.objects.get(pk=shipment.order_id).status == OrderStatus.SHIPPED
    services.shipment_set_status(shipment=second, status="delivered", seller=seller)
    assert Order.objects.get(pk=shipment.order_id).status == OrderStatus.DELIVERED


def test_only_the_orders_seller_sets_its_status(shipment, buyer):
    for someone in (buyer, SellerFactory()):
        with pytest.raises(DomainError) as caught:
            services.shipment_set_status(shipment=shipment, status="delivered", seller=someone)
        assert caught.value.code == "not_seller"
    assert not shipment.events.exists()


def test_a_status_outside_the_list_or_in_the_future_is_refused(shipment, seller):
    with pytest.raises(DomainError, match="status"):
        services.shipment_set_status(shipment=shipment, status="teleported", seller=seller)
    with pytest.raises(DomainError, match="future"):
        services.shipment_set_status(
            shipment=shipment,
            status="delivered",
            seller=seller,
            occurred_at=timezone.now() + timedelta(days=1),
        )
    assert not shipment.events.exists()


def test_the_seller_updates_the_expected_delivery(shipment, seller, buyer):
    day = timezone.localdate() + timedelta(days=3)
    services.shipment_update_expected_delivery(
        shipment=shipment, expected_delivery=day, seller=seller
    )
    shipment.refresh_from_db()
    assert shipment.expected_delivery == day
    with pytest.raises(DomainError):
        services.shipment_update_expected_delivery(
            shipment=shipment, expected_delivery=None, seller=buyer
        )


# --- seller UI -------------------------------------------------------------------------


def _create_url(order):
    return reverse("orders:shipment_create", args=[order.pk])


def _status_url(shipment):
    return reverse("orders:shipment_status", args=[shipment.pk])


def test_the_seller_adds_a_shipment_with_htmx_and_gets_the_box(seller_client, paid_order):
    day = timezone.localdate() + timedelta(days=2)
    response = seller_client.post(
        _create_url(paid_order),
        {"carrier": "inpost", "tracking_number": "6200 0000 0000 0000 0000 0001",
         "expected_delivery": day.isoformat()},
        headers=HTMX,
    )  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="shipment-box"')
    assert "620000000000000000000001" in html
    assert 'href="https://inpost.pl/sledzenie-przesylek?number=620000000000000000000001"' in html
    assert 'rel="noopener noreferrer"' in html and 'target="_blank"' in html
    shipment = paid_order.shipments.get()
    assert shipment.expected_delivery == day
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_the_seller_adds_a_shipment_without_htmx_and_lands_on_the_order(seller_client, paid_order):
    response = seller_client.post(
        _create_url(paid_order), {"carrier": "dpd", "tracking_number": "1000634872915U"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("orders:order_detail", args=[paid_order.pk])
    assert paid_order.shipments.get().tracking_number == "1000634872915U"


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_a_bad_number_is_shown_next_to_the_field_and_the_input_is_kept(
    seller_client, paid_order, headers
):
    response = seller_client.post(
        _create_url(paid_order),
        {"carrier": "ups", "tracking_number": "1Z-NOPE", "expected_delivery": ""},
        headers=headers,
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "This is not a UPS tracking number" in html
    assert "1Z999AA10123456784" in html  # the example
    assert 'value="1Z-NOPE"' in html
    assert '<option value="ups" selected>' in html
    assert not Shipment.objects.exists()


def test_an_unpaid_order_cannot_get_a_shipment(seller_client, order):
    response = seller_client.post(
        _create_url(order), {"carrier": "dpd", "tracking_number": "1000634872915U"}, headers=HTMX
    )
    assert response.status_code == 422
    assert "Only paid orders can be shipped." in response.content.decode()
    assert not Shipment.objects.exists()


def test_an_expected_delivery_in_the_past_is_refused(seller_client, paid_order):
    yesterday = timezone.localdate() - timedelta(days=1)
    response = seller_client.post(
        _create_url(paid_order),
        {"carrier": "dpd", "tracking_number": "1000634872915U",
         "expected_delivery": yesterday.isoformat()},
        headers=HTMX,
    )  # fmt: skip
    assert response.status_code == 422
    assert "cannot be in the past" in response.content.decode()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_the_seller_sets_a_status_with_a_note(seller_client, shipment, headers):
    day = timezone.localdate() + timedelta(days=1)
    response = seller_client.post(
        _status_url(shipment),
        {"status": "ready_for_pickup", "note": "At the Żabka on Długa",
         "expected_delivery": day.isoformat()},
        headers=headers,
    )  # fmt: skip
    assert response.status_code == (200 if headers else 302)
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.READY_FOR_PICKUP
    assert shipment.expected_delivery == day
    event = shipment.events.get()
    assert (event.source, event.description) == (TrackingSource.SELLER, "At the Żabka on Długa")
    if headers:
        assert "At the Żabka on Długa" in response.content.decode()


def test_a_status_form_without_the_date_leaves_the_date_alone(seller_client, shipment):
    day = timezone.localdate() + timedelta(days=4)
    Shipment.objects.filter(pk=shipment.pk).update(expected_delivery=day)
    seller_client.post(_status_url(shipment), {"status": "in_transit"}, headers=HTMX)
    shipment.refresh_from_db()
    assert shipment.expected_delivery == day


def test_an_unknown_status_is_refused_with_422(seller_client, shipment):
    response = seller_client.post(
        _status_url(shipment), {"status": "teleported", "note": "x"}, headers=HTMX
    )
    assert response.status_code == 422
    assert 'value="x"' in response.content.decode()
    assert not shipment.events.exists()


@pytest.mark.parametrize("who", ["other_seller", "buyer"])  # only the seller ships
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_someone_elses_order_or_shipment_is_404_on_every_url(
    client, shipment, buyer, who, method, headers
):
    client.force_login(SellerFactory() if who == "other_seller" else buyer)
    data = {"carrier": "dpd", "tracking_number": "1000634872915U", "status": "delivered"}
    for url in (_create_url(shipment.order), _status_url(shipment)):
        response = getattr(client, method)(url, data, headers=headers)
        assert response.status_code == 404, (url, method)
    assert Shipment.objects.count() == 1
    assert not TrackingEvent.objects.exists()


def test_a_missing_id_is_the_same_404(seller_client):
    assert seller_client.post(_create_url(Order(pk=999999)), {}).status_code == 404
    assert seller_client.post(_status_url(Shipment(pk=999999)), {}).status_code == 404


def test_the_seller_urls_take_only_post(seller_client, shipment):
    assert seller_client.get(_create_url(shipment.order)).status_code == 405
    assert seller_client.get(_status_url(shipment)).status_code == 405


def test_signed_out_visitors_are_sent_to_log_in(client, shipment):
    response = client.post(_status_url(shipment), {"status": "delivered"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not shipment.events.exists()


# --- the shipment box ------------------------------------------------------------------


def _box(order: Order, *, is_seller: bool) -> str:
    order = Order.objects.prefetch_related("shipments__events").get(pk=order.pk)
    return render_to_string("orders/_shipment_box.html", {"order": order, "is_seller": is_seller})


def test_the_timeline_is_newest_first_and_carrier_text_is_escaped(shipment, seller):
    now = timezone.now()
    services.tracking_event_record(
        shipment=shipment,
        event_id="e1",
        status="in_transit",
        occurred_at=now - timedelta(hours=5),
        description="<script>alert('x')</script>",
        location="Kraków <b>depot</b>",
    )
    services.tracking_event_record(
        shipment=shipment,
        event_id="e3",
        status="out_for_delivery",
        occurred_at=now - timedelta(hours=1),
        description="Wydanie do doręczenia",
    )
    # an event that arrives late, between the two
    services.tracking_event_record(
        shipment=shipment,
        event_id="e2",
        status="in_transit",
        occurred_at=now - timedelta(hours=3),
        description="Przyjęcie w oddziale",
    )
    html = _box(shipment.order, is_seller=False)
    positions = [
        html.index("Wydanie do doręczenia"),
        html.index("Przyjęcie w oddziale"),
        html.index("&lt;script&gt;"),
    ]
    assert positions == sorted(positions)
    assert "<script>" not in html and "<b>depot</b>" not in html
    assert "Kraków &lt;b&gt;depot&lt;/b&gt;" in html
    assert "from DPD" in html
    # the buyer sees no forms
    assert "<form" not in html


def test_the_seller_sees_the_forms_and_the_source_of_each_event(shipment, seller):
    services.shipment_set_status(shipment=shipment, status="in_transit", seller=seller)
    html = _box(shipment.order, is_seller=True)
    assert reverse("orders:shipment_status", args=[shipment.pk]) in html
    assert reverse("orders:shipment_create", args=[shipment.order_id]) in html
    assert "set by the seller" in html
    assert 'id="shipment-box"' in html


def test_no_add_form_once_the_order_is_delivered(shipment, seller):
    services.shipment_set_status(shipment=shipment, status="delivered", seller=seller)
    html = _box(shipment.order, is_seller=True)
    assert reverse("orders:shipment_create", args=[shipment.order_id]) not in html
    assert reverse("orders:shipment_status", args=[shipment.pk]) in html


def test_an_order_without_shipments_says_so(paid_order):
    assert "No shipment yet." in _box(paid_order, is_seller=False)


def test_the_box_costs_the_same_queries_with_more_events(
    shipment, seller, django_assert_max_num_queries
):
    for number in range(20):
        services.tracking_event_record(
            shipment=shipment,
            event_id=f"e{number}",
            status="in_transit",
            occurred_at=timezone.now() - timedelta(minutes=number),
        )
    order = Order.objects.prefetch_related("shipments__events").get(pk=shipment.order_id)
    with django_assert_max_num_queries(0):
        render_to_string("orders/_shipment_box.html", {"order": order, "is_seller": True})
