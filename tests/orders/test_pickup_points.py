"""Parcel lockers and pickup points chosen at checkout: the chooser, the re-check at
submit, the order's snapshot, and where the seller and the buyer see the point."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from orders import pickup_points
from orders.models import Order
from orders.pickup_points import InPostSource, PointsUnavailable
from outbox import tasks as outbox_tasks
from outbox.models import OutboundEmail
from tests.orders.shipx_server import ShipXServer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def shipx():
    with ShipXServer() as server:
        yield server


@pytest.fixture
def inpost(settings, shipx):
    settings.PICKUP_POINTS_SOURCE = "inpost"
    settings.INPOST_POINTS_API_URL = shipx.url
    settings.PICKUP_POINTS_TIMEOUT_SECONDS = 0.5
    return shipx


def checkout_url(offer) -> str:
    return reverse("orders:checkout", args=[offer.pk])


def locker(offer):
    return offer.delivery_options.get(method="parcel_locker")


def courier(offer):
    return offer.delivery_options.get(method="courier")


def form(offer, address, option, **extra) -> dict:
    data = {"quantity": "1", "delivery": str(option.pk), "address": str(address.pk)}
    return {**data, "new-country": "PL", **extra}


# The ShipX adapter against a loopback server ---------------------------------------


def test_shipx_points_near_a_postcode_come_with_name_address_hours_and_type(inpost):
    source = InPostSource(base_url=inpost.url, timeout=1)
    points = source.search(carrier="inpost", query="31 128")
    # the request is the documented one: collection points near the postcode, nearest
    # first, a page of ten
    request = inpost.requests[-1]
    assert request["path"] == "/v1/points"
    assert request["relative_post_code"] == "31-128"
    assert request["sort_by"] == "distance_to_relative_point" and request["sort_order"] == "asc"
    assert request["functions"] == "parcel_collect"
    assert (request["per_page"], request["page"]) == ("10", "1")
    assert request["authorization"] == ""  # no token configured: none sent
    # a disabled locker is not offered; the others read as the buyer sees them
    assert [p.id for p in points] == ["KRA01M", "KRA77P"]
    first = points[0]
    assert first.name == "Paczkomat KRA01M" and first.type_label == "Parcel locker"
    assert (first.street, first.postcode, first.city) == ("Karmelicka 24", "31-128", "Kraków")
    assert first.hours == "24/7" and first.description == "Przy sklepie Żabka"
    assert points[1].type_label == "Pickup point"


def test_shipx_finds_a_point_by_its_code_or_city(inpost):
    source = InPostSource(base_url=inpost.url, timeout=1)
    assert [p.id for p in source.search(carrier="inpost", query="waw14m")] == ["WAW14M"]
    assert inpost.requests[-1]["name"] == "WAW14M"
    # a "parcel_locker_only" point is a locker too
    assert source.search(carrier="inpost", query="Warszawa")[0].type == "parcel_locker"
    assert inpost.requests[-1]["city"] == "Warszawa"


def test_shipx_reads_one_point_by_its_name(inpost):
    source = InPostSource(base_url=inpost.url, timeout=1)
    assert source.get(carrier="inpost", point_id="KRA01M").city == "Kraków"
    assert inpost.requests[-1]["path"] == "/v1/points/KRA01M"
    # 404 resource_not_found: no such point
    assert source.get(carrier="inpost", point_id="KRA00X") is None
    # a point that exists but where a parcel cannot be collected, or a disabled one
    assert source.get(carrier="inpost", point_id="KRA50S") is None
    assert source.get(carrier="inpost", point_id="KRA99X") is None


def test_shipx_sends_the_configured_token(inpost, settings):
    settings.INPOST_API_TOKEN = "secret-token"
    pickup_points.points_search(carrier="inpost", query="31-128")
    assert inpost.requests[-1]["authorization"] == "Bearer secret-token"


FAILURES = [400, 401, 403, 404, 500, 503, "timeout", "garbage", "no_items", "truncated"]


@pytest.mark.parametrize("failure", FAILURES)
def test_shipx_failures_are_reported_as_unavailable(inpost, failure):
    inpost.failures.append(failure)
    source = InPostSource(base_url=inpost.url, timeout=0.5)
    with pytest.raises(PointsUnavailable):
        source.search(carrier="inpost", query="31-128")


@pytest.mark.parametrize("failure", [400, 401, 500, "timeout", "garbage", "truncated"])
def test_shipx_failures_reading_one_point_are_unavailable_not_missing(inpost, failure):
    inpost.failures.append(failure)
    source = InPostSource(base_url=inpost.url, timeout=0.5)
    with pytest.raises(PointsUnavailable):
        source.get(carrier="inpost", point_id="KRA01M")


def test_shipx_error_body_names_the_documented_error(inpost):
    inpost.failures.append(400)
    source = InPostSource(base_url=inpost.url, timeout=0.5)
    with pytest.raises(PointsUnavailable, match="validation_failed"):
        source.search(carrier="inpost", query="Kraków")


def test_shipx_look_ups_are_cached_briefly(inpost):
    pickup_points.points_search(carrier="inpost", query="31-128")
    pickup_points.points_search(carrier="inpost", query="31-128")
    assert len(inpost.requests) == 1


@pytest.mark.parametrize("failure", [500, "timeout", "garbage"])
def test_when_points_cannot_load_the_buyer_is_told_and_can_still_buy_by_courier(
    buyer_client, offer, address, inpost, failure
):
    inpost.failures.append(failure)
    # the chooser says it cannot load the points now
    page = buyer_client.get(checkout_url(offer) + f"?delivery={locker(offer).pk}").text
    assert "We can&#x27;t load pickup points right now. Try again in a moment." in page
    # and the courier still places an order
    response = buyer_client.post(checkout_url(offer), form(offer, address, courier(offer)))
    assert response.status_code == 302
    assert Order.objects.get().pickup_point == {}


# The chooser and the checkout -------------------------------------------------------


def test_choosing_the_locker_method_lists_points_near_the_buyers_postcode(
    buyer_client, offer, address
):
    # given a buyer in Kraków (31-…), when they choose the parcel locker delivery
    address.postcode = "31-100"
    address.save()
    response = buyer_client.get(
        checkout_url(offer),
        {"delivery": locker(offer).pk, "part": "points"},
        headers={"HX-Request": "true"},
    )
    page = response.text
    # then the chooser lists Kraków's lockers with address, hours and type, no home delivery
    assert response.status_code == 200 and page.startswith('<div id="pickup-chooser"')
    assert 'name="point_query" value="31-100"' in page
    assert "Paczkomat KRA01M" in page and "ul. Karmelicka 24, 31-128 Kraków" in page
    assert "Opening hours: 24/7" in page
    assert 'type="radio" name="pickup_point" id="point-KRA01M" value="KRA01M"' in page
    assert "Paczkomat WAW14M" not in page


def test_the_search_finds_points_by_city_without_accents_or_by_code(buyer_client, offer, address):
    url = checkout_url(offer)
    params = {"delivery": locker(offer).pk, "part": "points"}
    headers = {"HX-Request": "true"}
    page = buyer_client.get(url, {**params, "point_query": "krakow"}, headers=headers).text
    assert "KRA01M" in page and "KRA05A" in page and "WAW14M" not in page
    page = buyer_client.get(url, {**params, "point_query": "waw14m"}, headers=headers).text
    assert "1 point found" in page and "Paczkomat WAW14M" in page
    page = buyer_client.get(url, {**params, "point_query": "Nowhere"}, headers=headers).text
    assert "No points found." in page


def test_a_courier_delivery_shows_no_chooser(buyer_client, offer, address):
    page = buyer_client.get(checkout_url(offer), {"delivery": courier(offer).pk}).text
    assert 'id="pickup-chooser"' in page and 'name="point_query"' not in page


def test_a_locker_order_without_a_point_is_refused_and_the_form_keeps_everything(
    buyer_client, offer, address
):
    data = form(offer, address, locker(offer), quantity="3", invoice_requested="on")
    data |= {"invoice_company_name": "Nowak", "invoice_tax_id": "1", "invoice_address": "X 1"}
    response = buyer_client.post(checkout_url(offer), data)
    assert response.status_code == 422
    page = response.text
    assert "Choose a parcel locker or pickup point for this delivery method." in page
    assert 'name="quantity" value="3"' in page and 'value="Nowak"' in page
    assert not Order.objects.exists()


def test_a_forged_point_id_is_refused_and_no_order_is_placed(buyer_client, offer, address):
    for forged in ("KRA00X", "CZ1001", "<script>", "x" * 500):  # made up, another carrier's
        data = form(offer, address, locker(offer), pickup_point=forged)
        response = buyer_client.post(checkout_url(offer), data)
        assert response.status_code == 422
        assert (
            "This pickup point does not exist at this carrier: choose one from the list."
            in response.text
            or "Ensure this value has at most 32 characters" in response.text
        )
        assert "<script>" not in response.text.split('id="pickup-chooser"')[0][-2000:]
    assert not Order.objects.exists()


def test_the_chosen_locker_is_kept_in_the_order_and_shown_to_seller_and_buyer(
    buyer_client, client, offer, address, seller
):
    # when the buyer buys with the locker KRA01M
    data = form(offer, address, locker(offer), pickup_point="KRA01M")
    assert buyer_client.post(checkout_url(offer), data).status_code == 302
    order = Order.objects.get()
    # then the order keeps the point as it was chosen
    assert order.pickup_point == {
        "id": "KRA01M",
        "carrier": "inpost",
        "country": "PL",
        "type": "parcel_locker",
        "name": "Paczkomat KRA01M",
        "street": "ul. Karmelicka 24",
        "postcode": "31-128",
        "city": "Kraków",
        "hours": "24/7",
        "description": "Przy sklepie spożywczym",
        "method": "parcel_locker",
    }
    # and the buyer's order page shows it
    page = buyer_client.get(reverse("orders:order_detail", args=[order.pk])).text
    ship_to = page.split('id="ship-to"')[1].split("</section>")[0]
    assert "Parcel locker KRA01M" in ship_to and "ul. Karmelicka 24, 31-128 Kraków" in ship_to
    # and the seller is told to ship to the locker, not to the home address
    client.force_login(seller)
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    ship_to = page.split('id="ship-to"')[1].split("</section>")[0]
    assert "Parcel locker KRA01M" in ship_to and "ship the parcel to it" in ship_to
    assert "Ship to this point, not to the buyer's address." in ship_to


def test_the_sellers_email_names_the_locker(buyer_client, offer, address, settings):
    from tests.smtp_sink import run_sink

    sinks = run_sink(settings)
    sink = next(sinks)
    try:
        data = form(offer, address, locker(offer), pickup_point="KRA01M")
        assert buyer_client.post(checkout_url(offer), data).status_code == 302
        email = OutboundEmail.objects.get(kind="order_seller")
        outbox_tasks.outbox_send.apply(args=[email.pk]).get()
        [message] = sink.messages
        text = message.get_body(("plain",)).get_content()
        assert "Parcel locker KRA01M (Paczkomat KRA01M)" in text
        assert "ul. Karmelicka 24, 31-128 Kraków" in text
        assert "Ship to this point, not to the buyer's address." in text
        html = message.get_body(("html",)).get_content()
        assert "Parcel locker KRA01M" in html
    finally:
        sinks.close()


def test_a_courier_order_keeps_no_point_even_if_one_is_sent(buyer_client, offer, address):
    data = form(offer, address, courier(offer), pickup_point="KRA01M")
    assert buyer_client.post(checkout_url(offer), data).status_code == 302
    assert Order.objects.get().pickup_point == {}


def test_the_demo_has_locker_and_pickup_point_orders_its_sellers_see(client):
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_demo", stdout=StringIO())
    points = {o.pickup_point.get("id") for o in Order.objects.all()}
    assert {"WAW14M", "PL5001", "HU5001", "HU4001"} <= points
    order = Order.objects.get(pickup_point__id="WAW14M")
    assert order.delivery_method == "parcel_locker"
    client.force_login(order.seller)
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    ship_to = page.split('id="ship-to"')[1].split("</section>")[0]
    assert "Paczkomat WAW14M" in ship_to and "ul. Marszałkowska 104, 00-017 Warszawa" in ship_to


def test_point_searches_are_rate_limited_with_a_translated_wait(
    buyer_client, offer, address, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "pickup_points": "2/m"}
    params = {"delivery": locker(offer).pk, "part": "points", "point_query": "krakow"}
    headers = {"HX-Request": "true"}
    for _ in range(2):
        page = buyer_client.get(checkout_url(offer), params, headers=headers).text
        assert "Paczkomat KRA01M" in page
    page = buyer_client.get(checkout_url(offer), params, headers=headers).text
    assert "You are doing this too often." in page and "Paczkomat KRA01M" not in page


def test_a_timeout_at_submit_says_so_in_the_buyers_language_and_keeps_the_form(
    buyer_client, buyer, offer, address, inpost
):
    from accounts import services as account_services

    account_services.user_set_language(user=buyer, language="pl")
    # ShipX does not answer while the chosen locker is checked at submit
    inpost.failures.append("timeout")
    data = form(offer, address, locker(offer), quantity="3", pickup_point="KRA01M")
    data |= {"invoice_requested": "on", "invoice_company_name": "Nowak sp. z o.o."}
    data |= {"invoice_tax_id": "5260250274", "invoice_address": "ul. Polna 1, Kraków"}
    data |= {"point_query": "31-128"}
    response = buyer_client.post(checkout_url(offer), data)
    assert response.status_code == 422
    page = response.text
    # then the buyer reads why, in Polish, and nothing they typed or chose is lost
    assert "Nie możemy teraz wczytać punktów odbioru. Spróbuj ponownie za chwilę." in page
    assert 'name="quantity" value="3"' in page
    assert 'value="Nowak sp. z o.o."' in page and 'value="5260250274"' in page
    assert "ul. Polna 1, Kraków" in page
    assert 'name="point_query" value="31-128"' in page
    assert 'id="point-KRA01M" value="KRA01M" checked' in page
    assert not Order.objects.exists()
    # and the same form sent again once ShipX answers places the order
    assert buyer_client.post(checkout_url(offer), data).status_code == 302
    assert Order.objects.get().pickup_point["id"] == "KRA01M"
