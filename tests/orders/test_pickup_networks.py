"""The pickup networks of the other marketplaces: Packeta (Zásilkovna) and Foxpost, whose
feeds an hourly task downloads from a loopback server speaking their documented format,
and the network each marketplace's pickup methods use."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from orders import tasks
from orders.models import Carrier, DeliveryMethod, FeedPickupPoint, Order
from orders.pickup_feeds import pickup_feed_import
from tests.factories import DeliveryAddressFactory, OfferFactory, SellerFactory, UserFactory
from tests.orders.feed_server import API_KEY, FeedServer
from tests.orders.shipx_server import ShipXServer

pytestmark = pytest.mark.django_db

UNAVAILABLE = "We can&#x27;t load pickup points right now. Try again in a moment."


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def feeds(settings):
    with FeedServer() as server:
        settings.PICKUP_POINTS_SOURCE = "packeta,foxpost"
        settings.PACKETA_FEED_URL = f"{server.url}/v5"
        settings.PACKETA_API_KEY = API_KEY
        settings.FOXPOST_FEED_URL = f"{server.url}/foxplus.json"
        settings.PICKUP_FEED_TIMEOUT_SECONDS = 0.5
        yield server


def points(carrier: str) -> dict:
    return {p.point_id: p for p in FeedPickupPoint.objects.filter(carrier=carrier)}


def czech_offer():
    seller = SellerFactory(registration_marketplace="cz")
    return OfferFactory(
        seller=seller,
        marketplace="cz",
        price=Decimal("490"),
        delivery_options=[
            {"method": DeliveryMethod.COURIER, "carrier": Carrier.PPL, "price": Decimal("99")},
            # no carrier named: the marketplace's network (Packeta in Czechia)
            {"method": DeliveryMethod.PICKUP_POINT, "carrier": "", "price": Decimal("69")},
        ],
    )


def hungarian_offer():
    seller = SellerFactory(registration_marketplace="hu")
    return OfferFactory(
        seller=seller,
        marketplace="hu",
        price=Decimal("9900"),
        delivery_options=[
            {"method": DeliveryMethod.COURIER, "carrier": Carrier.MPL, "price": Decimal("1990")},
            {"method": DeliveryMethod.PARCEL_LOCKER, "carrier": "", "price": Decimal("990")},
            {"method": DeliveryMethod.PICKUP_POINT, "carrier": "", "price": Decimal("890")},
        ],
    )


def chooser(client, offer, method: str, query: str):
    option = offer.delivery_options.get(method=method)
    return client.get(
        reverse("orders:checkout", args=[offer.pk]),
        {"delivery": option.pk, "part": "points", "point_query": query},
        headers={"HX-Request": "true"},
    )


# The feeds ------------------------------------------------------------------------


def test_the_hourly_task_downloads_packetas_points_and_boxes_in_operation(feeds):
    result = tasks.pickup_feeds_refresh.apply().get()
    # both documented feeds were read with the key and a language
    paths = {(r["path"], r.get("lang")) for r in feeds.requests}
    assert (f"/v5/{API_KEY}/branch.json", "en") in paths
    assert (f"/v5/{API_KEY}/box.json", "en") in paths
    # points in operation and shown to customers, in the marketplaces' countries
    found = points("packeta")
    assert set(found) == {"4307", "4311", "5120", "8801", "9901", "17001"}
    assert result == {"foxpost": 2, "packeta": 6}
    branch = found["4307"]
    assert (branch.name, branch.street, branch.postcode, branch.city, branch.country) == (
        "Praha 1, Vodičkova 30",
        "Vodičkova 30",
        "110 00",
        "Praha",
        "CZ",
    )
    assert branch.type == "pickup_point" and branch.hours == "Po–Pá 8:00–19:00"
    assert branch.description == "Vchod z pasáže Světozor."
    assert found["17001"].type == "parcel_locker"  # a Z-BOX from the box feed


def test_foxpost_points_use_the_operator_id_and_packetas_the_place_id(feeds):
    assert pickup_feed_import(carrier="foxpost").imported == 2
    found = points("foxpost")
    assert set(found) == {"hu5844", "2001"}  # the dispatch-only automat is not offered
    allee = found["hu5844"]
    assert (allee.name, allee.postcode, allee.city, allee.hours, allee.type) == (
        "Foxpost Budapest Allee",
        "1117",
        "Budapest",
        "24/7",
        "parcel_locker",
    )
    assert allee.description == "A bevásárlóközpont földszintjén, a posta mellett."
    assert found["2001"].type == "pickup_point"  # a Packeta Z-Pont in Foxpost's list


@pytest.mark.parametrize("failure", [500, 503, "timeout", "garbage", "object"])
def test_a_failing_feed_keeps_the_last_good_list(feeds, failure):
    assert pickup_feed_import(carrier="foxpost").imported == 2
    feeds.failures.append(failure)
    result = pickup_feed_import(carrier="foxpost")
    assert result.imported == 0 and result.error
    assert set(points("foxpost")) == {"hu5844", "2001"}


def test_a_wrong_packeta_key_imports_nothing_and_says_why(feeds, settings):
    settings.PACKETA_API_KEY = "wrong"
    result = pickup_feed_import(carrier="packeta")
    assert result.error == "status 401" and not points("packeta")


def test_a_point_gone_from_the_feed_is_no_longer_offered(feeds):
    pickup_feed_import(carrier="packeta")
    feeds.packeta_branches = [b for b in feeds.packeta_branches if b["id"] != "4311"]
    pickup_feed_import(carrier="packeta")
    assert "4311" not in points("packeta") and "4307" in points("packeta")


# A Czech buyer and Zásilkovna -------------------------------------------------------


def test_a_czech_buyer_chooses_a_zasilkovna_point_that_the_order_and_the_seller_show(
    client, feeds
):
    tasks.pickup_feeds_refresh.apply().get()
    offer = czech_offer()
    buyer = UserFactory(registration_marketplace="cz")
    address = DeliveryAddressFactory(buyer=buyer, city="Praha")
    client.force_login(buyer)
    # the chooser searches Packeta's points in Czechia, accents ignored
    page = chooser(client, offer, "pickup_point", "vodickova").text
    assert "Pickup point · Packeta (Zásilkovna)" in page
    assert "Praha 1, Vodičkova 30" in page and "Vodičkova 30, 110 00 Praha" in page
    assert "Opening hours: Po–Pá 8:00–19:00" in page
    page = chooser(client, offer, "pickup_point", "Praha").text
    assert "Praha 2, Náměstí Míru 9" in page and "Brno" not in page
    assert "Zavřená" not in page and "Skrytá" not in page  # closed, hidden
    assert "Budapest" not in page  # Packeta's Hungarian points are not Czech ones
    # when the buyer buys with the point 4307
    option = offer.delivery_options.get(method="pickup_point")
    data = {"quantity": "1", "delivery": str(option.pk), "address": str(address.pk)}
    data |= {"pickup_point": "4307", "new-country": "CZ"}
    response = client.post(reverse("orders:checkout", args=[offer.pk]), data)
    assert response.status_code == 302
    order = Order.objects.get()
    # the order keeps the point and the network it ships with
    assert order.delivery_carrier == "packeta"
    assert order.pickup_point["id"] == "4307" and order.pickup_point["carrier"] == "packeta"
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    ship_to = page.split('id="ship-to"')[1].split("</section>")[0]
    assert "Pickup point 4307</strong> (Praha 1, Vodičkova 30)" in ship_to
    # and the seller's order page tells them to ship there, with Packeta
    client.force_login(order.seller)
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    ship_to = page.split('id="ship-to"')[1].split("</section>")[0]
    assert "Pickup point 4307</strong> (Praha 1, Vodičkova 30)" in ship_to
    assert "Vodičkova 30, 110 00 Praha" in ship_to
    assert "Packeta (Zásilkovna)" in ship_to
    assert "Ship to this point, not to the buyer's address." in ship_to


def test_another_networks_point_is_refused_for_a_zasilkovna_order(client, feeds):
    tasks.pickup_feeds_refresh.apply().get()
    offer = czech_offer()
    buyer = UserFactory(registration_marketplace="cz")
    address = DeliveryAddressFactory(buyer=buyer)
    client.force_login(buyer)
    option = offer.delivery_options.get(method="pickup_point")
    for forged in ("hu5844", "KRA01M", "4399", "424242"):  # Foxpost's, InPost's, closed, none
        data = {"quantity": "1", "delivery": str(option.pk), "address": str(address.pk)}
        data |= {"pickup_point": forged, "new-country": "CZ"}
        response = client.post(reverse("orders:checkout", args=[offer.pk]), data)
        assert response.status_code == 422
        assert "This pickup point does not exist at this carrier" in response.text
    assert not Order.objects.exists()


def test_hungarian_lockers_are_foxposts_and_pickup_points_packetas(client, feeds):
    tasks.pickup_feeds_refresh.apply().get()
    offer = hungarian_offer()
    client.force_login(UserFactory(registration_marketplace="hu"))
    page = chooser(client, offer, "parcel_locker", "budapest").text
    assert "Parcel locker · Foxpost" in page and "Foxpost Budapest Allee" in page
    assert "Király utca" not in page
    page = chooser(client, offer, "pickup_point", "budapest").text
    assert "Pickup point · Packeta (Zásilkovna)" in page and "Király utca 20" in page
    assert "Foxpost Budapest Allee" not in page


def test_before_the_first_download_the_buyer_is_told_and_can_buy_by_courier(client, feeds):
    offer = czech_offer()
    buyer = UserFactory(registration_marketplace="cz")
    address = DeliveryAddressFactory(buyer=buyer)
    client.force_login(buyer)
    assert UNAVAILABLE in chooser(client, offer, "pickup_point", "Praha").text
    courier = offer.delivery_options.get(method="courier")
    data = {"quantity": "1", "delivery": str(courier.pk), "address": str(address.pk)}
    response = client.post(
        reverse("orders:checkout", args=[offer.pk]), data | {"new-country": "CZ"}
    )
    assert response.status_code == 302 and Order.objects.get().delivery_carrier == "ppl"


def test_the_demo_source_serves_every_marketplace_without_network(client, settings):
    settings.PICKUP_POINTS_SOURCE = "local"
    offer = hungarian_offer()
    client.force_login(UserFactory(registration_marketplace="hu"))
    page = chooser(client, offer, "parcel_locker", "budapest").text
    assert "Foxpost Budapest Westend" in page
    offer = czech_offer()
    page = chooser(client, offer, "pickup_point", "praha").text
    assert "Zásilkovna Praha 1, Národní" in page


# Whatever is typed into the search -------------------------------------------------

QUERIES = st.one_of(
    st.text(max_size=200),
    st.text(alphabet="0123456789- %_\\'\"<>&", max_size=12),
    st.sampled_from(["31-128", "110 00", "KRA01M", "praha", "Győr", "1117", "%", "_", "\x00"]),
)
EXAMPLES = hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _search_never_fails(client, offer, method: str, query: str) -> None:
    response = chooser(client, offer, method, query)
    assert response.status_code == 200
    page = response.text
    assert page.startswith('<div id="pickup-chooser"')
    assert "point found" in page or "points found" in page or "No points found." in page


@pytest.fixture
def searcher(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "pickup_points": "100000/m"}
    client.force_login(UserFactory(registration_marketplace="cz"))
    return client


@EXAMPLES
@given(query=QUERIES)
def test_any_search_of_the_feeds_answers_the_chooser(searcher, feeds, query):
    if not FeedPickupPoint.objects.exists():
        tasks.pickup_feeds_refresh.apply().get()
    _search_never_fails(searcher, _offer_once("cz"), "pickup_point", query)


@pytest.fixture
def shipx(settings):
    with ShipXServer() as server:
        settings.PICKUP_POINTS_SOURCE = "inpost"
        settings.INPOST_POINTS_API_URL = server.url
        yield server


@EXAMPLES
@given(query=QUERIES)
def test_any_search_of_shipx_answers_the_chooser(searcher, shipx, query):
    _search_never_fails(searcher, _offer_once("pl"), "parcel_locker", query)


@EXAMPLES
@given(query=QUERIES)
def test_any_search_of_the_demo_set_answers_the_chooser(searcher, settings, query):
    settings.PICKUP_POINTS_SOURCE = "local"
    _search_never_fails(searcher, _offer_once("hu"), "parcel_locker", query)


def _offer_once(marketplace: str):
    """One offer per marketplace for all of a test's examples (they share the database)."""
    from orders.models import Offer

    offer = Offer.objects.filter(marketplace=marketplace, title="Search me").first()
    if offer is not None:
        return offer
    seller = SellerFactory(registration_marketplace=marketplace)
    return OfferFactory(
        seller=seller,
        marketplace=marketplace,
        title="Search me",
        delivery_options=[
            {"method": DeliveryMethod.PARCEL_LOCKER, "carrier": "", "price": Decimal("9")},
            {"method": DeliveryMethod.PICKUP_POINT, "carrier": "", "price": Decimal("9")},
        ],
    )


def test_staff_see_the_downloaded_points_and_cannot_edit_them(admin_client, feeds):
    tasks.pickup_feeds_refresh.apply().get()
    url = reverse("admin:orders_feedpickuppoint_changelist")
    page = admin_client.get(url, {"carrier__exact": "packeta", "q": "Vodičkova"}).text
    assert "Praha 1, Vodičkova 30" in page and "Foxpost Budapest Allee" not in page
    row = FeedPickupPoint.objects.get(carrier="packeta", point_id="4307")
    change = reverse("admin:orders_feedpickuppoint_change", args=[row.pk])
    admin_client.post(change, {"name": "Changed"})
    row.refresh_from_db()
    assert row.name == "Praha 1, Vodičkova 30"


def test_the_feeds_are_refreshed_every_hour_by_a_registered_task(settings):
    from config.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["orders-pickup-feeds-refresh"]
    assert entry["schedule"] == 3600.0
    assert entry["task"] in app.tasks
