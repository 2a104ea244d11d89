"""The seller's Orders tab, the buyer's My orders and the order page for each role."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.marketplaces import MarketplaceCode
from accounts.models import User
from moderation.models import BuyerDetailsReport, ReportStatus
from orders import services as order_services
from orders.models import Carrier, DeliveryMethod, Order, OrderLine, OrderStatus, ShipmentStatus
from tests.factories import (
    DeliveryAddressFactory,
    MessageFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
SELLER_LIST = reverse("orders:seller_order_list")
BUYER_LIST = reverse("orders:buyer_order_list")


def _login(client, user) -> None:
    """Sign in with an English UI, so texts and amounts read the same in every test."""
    User.objects.filter(pk=user.pk).update(language="en")
    client.force_login(user)


def _detail(order) -> str:
    return reverse("orders:order_detail", args=[order.pk])


def _report_url(order) -> str:
    return reverse("orders:order_buyer_details_report", args=[order.pk])


def _numbers(page: str) -> list[str]:
    """The order numbers listed in the order table, in order."""
    return re.findall(r'href="/orders/\d+/"><code>([a-z0-9]{9})</code>', page)


def _orders_for(offer, count: int, **kwargs) -> list[Order]:
    return [OrderFactory(offer=offer, **kwargs) for _ in range(count)]


def _pay(order, *, succeeded=True):
    attempt = order_services.payment_attempt_start(order=order)
    order_services.payment_attempt_complete(
        attempt=attempt, succeeded=succeeded, failure_reason="" if succeeded else "Declined"
    )


_parcels = iter(range(620000000000000000000001, 620000000000000000099999))


def _ship_with_events(order, events: int):
    shipment = order_services.shipment_create(
        order=order, carrier=Carrier.INPOST, tracking_number=str(next(_parcels))
    )
    start = timezone.now() - timedelta(days=1)
    for number in range(events):
        order_services.tracking_event_record(
            shipment=shipment,
            event_id=f"evt-{shipment.pk}-{number}",
            status=ShipmentStatus.IN_TRANSIT,
            occurred_at=start + timedelta(minutes=number),
            description=f"Sorting centre {number}",
        )
    return shipment


# --- the seller's Orders tab -------------------------------------------------------------


def test_the_orders_tab_shows_each_order_with_its_buyer_items_and_delivery(client, order):
    _login(client, order.seller)
    page = client.get(SELLER_LIST).text
    row = page.split('id="order-list"')[1]
    assert f'<a href="{_detail(order)}"><code>{order.transaction_id}</code></a>' in row
    assert order.buyer.username in row and "Anna Nowak" in row
    assert f"1 × {order.lines.get().title}" in row
    assert f"PLN\xa0{order.total}" in row
    assert "Awaiting payment" in row and "Pending" in row
    assert "Parcel locker" in row and "InPost" in row


def test_the_orders_tab_is_only_for_sellers(client, buyer):
    _login(client, buyer)
    assert client.get(SELLER_LIST).status_code == 404


def test_another_sellers_orders_never_appear(client, order):
    other = OrderFactory()
    _login(client, order.seller)
    page = client.get(SELLER_LIST).text
    assert _numbers(page) == [order.transaction_id]
    searched = client.get(SELLER_LIST, {"q": other.transaction_id}).text
    assert _numbers(searched) == []
    assert other.buyer.username not in searched


def test_an_empty_orders_tab_says_what_will_appear_there(client, seller):
    _login(client, seller)
    page = client.get(SELLER_LIST).text
    assert "No orders yet." in page
    assert "No orders match" not in page


@pytest.fixture
def varied_orders(offer):
    """Six orders of one seller that differ in one property each from the plain one."""
    plain = OrderFactory(offer=offer)
    paid = OrderFactory(offer=offer)
    _pay(paid)
    failed = OrderFactory(offer=offer)
    _pay(failed, succeeded=False)
    courier = OrderFactory(
        offer=offer, delivery_option=offer.delivery_options.get(method="courier")
    )
    czech = OrderFactory(offer=offer)
    Order.objects.filter(pk=czech.pk).update(marketplace=MarketplaceCode.CZ, currency="CZK")
    old = OrderFactory(offer=offer)
    Order.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    old.refresh_from_db()
    return {
        "plain": plain,
        "paid": paid,
        "failed": failed,
        "courier": courier,
        "czech": czech,
        "old": old,
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"plain", "paid", "failed", "courier", "czech", "old"}),
        ({"status": OrderStatus.PAID}, {"paid"}),
        ({"status": OrderStatus.PAYMENT_FAILED}, {"failed"}),
        ({"payment": "paid"}, {"paid"}),
        ({"payment": "failed"}, {"failed"}),
        ({"payment": "pending"}, {"plain", "courier", "czech", "old"}),
        ({"delivery": DeliveryMethod.COURIER}, {"courier"}),
        ({"marketplace": MarketplaceCode.CZ}, {"czech"}),
        ({"date_to": "{old}"}, {"old"}),
        ({"date_from": "{today}"}, {"plain", "paid", "failed", "courier", "czech"}),
        ({"date_from": "{today}", "date_to": "{today}", "payment": "failed"}, {"failed"}),
        ({"status": "no-such-status"}, {"plain", "paid", "failed", "courier", "czech", "old"}),
    ],
)
def test_each_filter_narrows_the_list(client, varied_orders, params, expected):
    days = {
        "{today}": timezone.localdate().isoformat(),
        "{old}": timezone.localdate(varied_orders["old"].created_at).isoformat(),
    }
    params = {key: days.get(value, value) for key, value in params.items()}
    _login(client, varied_orders["plain"].seller)
    page = client.get(SELLER_LIST, params).text
    wanted = {varied_orders[name].transaction_id for name in expected}
    assert set(_numbers(page)) == wanted


def test_a_filter_with_no_match_says_so_and_offers_all_orders(client, order):
    _login(client, order.seller)
    page = client.get(SELLER_LIST, {"status": OrderStatus.DELIVERED}).text
    assert "No orders match these filters." in page
    assert "No orders yet." not in page


def test_search_finds_an_order_by_its_number_exact_or_beginning_in_any_case(client, order):
    OrderFactory(offer=order.lines.get().offer)
    _login(client, order.seller)
    number = order.transaction_id
    for query in (number, number[:4], number.upper(), f"  {number[:5]} "):
        assert _numbers(client.get(SELLER_LIST, {"q": query}).text) == [number], query


def test_search_finds_orders_by_the_buyers_login_and_name(client, offer):
    kasia = UserFactory(username="kasia_k", first_name="Katarzyna", last_name="Wiśniewska")
    theirs = OrderFactory(offer=offer, buyer=kasia)
    zofia = UserFactory(username="zosia", first_name="Zofia", last_name="Zielińska")
    zofias = [OrderFactory(offer=offer, buyer=zofia) for _ in range(2)]
    OrderFactory(offer=offer)  # Anna Nowak, who matches none of these
    _login(client, offer.seller)

    def found(query):
        return set(_numbers(client.get(SELLER_LIST, {"q": query}).text))

    assert found("KASIA") == {theirs.transaction_id}
    assert found("katarzyna") == {theirs.transaction_id}
    assert found("wiśniewska") == {theirs.transaction_id}
    assert found("katarzyna wiś") == {theirs.transaction_id}
    assert found("zielińska") == {o.transaction_id for o in zofias}
    assert found("Zofia Z") == {o.transaction_id for o in zofias}
    assert found("zofia wiś") == set()
    assert found("nobody") == set()
    assert "No orders match “nobody”." in client.get(SELLER_LIST, {"q": "nobody"}).text


def test_keyset_paging_walks_every_order_exactly_once(client, offer):
    orders = _orders_for(offer, 57)
    # A third share one timestamp, so the page boundary falls inside a tie.
    same_moment = timezone.now() - timedelta(hours=1)
    Order.objects.filter(pk__in=[o.pk for o in orders[10:30]]).update(created_at=same_moment)
    _login(client, offer.seller)
    seen, url, pages = [], SELLER_LIST, 0
    while url:
        page = client.get(url).text
        seen += _numbers(page)
        pages += 1
        link = re.search(r'href="\?(after=[^"]+)"', page)
        url = f"{SELLER_LIST}?{link.group(1).replace('&amp;', '&')}" if link else ""
    assert pages == 3
    assert len(seen) == len(set(seen)) == 57
    newest_first = Order.objects.filter(seller=offer.seller).order_by("-created_at", "-id")
    assert seen == [o.transaction_id for o in newest_first]


def test_paging_keeps_the_filters(client, offer):
    _orders_for(offer, 27, delivery_option=offer.delivery_options.get(method="courier"))
    _orders_for(offer, 3)
    _login(client, offer.seller)
    first = client.get(SELLER_LIST, {"delivery": "courier"}).text
    link = re.search(r'href="\?([^"]*after=[^"]+)"', first).group(1).replace("&amp;", "&")
    assert "delivery=courier" in link
    second = client.get(f"{SELLER_LIST}?{link}").text
    assert len(_numbers(first)) == 25 and len(_numbers(second)) == 2


def test_filters_and_search_answer_htmx_with_the_list_fragment_only(client, order):
    _login(client, order.seller)
    response = client.get(SELLER_LIST, {"q": order.transaction_id}, headers=HTMX)
    assert response.text.lstrip().startswith('<div id="order-list">')
    assert "<html" not in response.text and order.transaction_id in response.text
    assert "HX-Request" in response["Vary"]
    full = client.get(SELLER_LIST).text
    assert 'hx-get="/sales/"' in full and 'hx-push-url="true"' in full
    assert 'action="/sales/"' in full  # the form works without JavaScript too


def test_the_orders_tab_costs_the_same_queries_however_many_orders(
    client, offer, django_assert_num_queries
):
    _orders_for(offer, 2)
    _login(client, offer.seller)
    # session, user, one page of orders with buyers and payments, their lines
    with django_assert_num_queries(4):
        client.get(SELLER_LIST)
    many = _orders_for(offer, 30)
    for order in many[:5]:
        OrderLine.objects.create(order=order, title="Extra", unit_price=Decimal(1), quantity=2)
        _pay(order, succeeded=False)
    with django_assert_num_queries(4):
        page = client.get(SELLER_LIST).text
    assert len(_numbers(page)) == 25
    with django_assert_num_queries(4):
        client.get(SELLER_LIST, {"q": "anna", "status": "payment_failed", "payment": "failed"})


# --- the buyer's My orders ----------------------------------------------------------------


def test_my_orders_lists_the_buyers_orders_newest_first(client, buyer, address):
    first = OrderFactory(buyer=buyer, address=address)
    second = OrderFactory(buyer=buyer, address=address)
    _pay(second)
    OrderFactory()  # someone else's
    _login(client, buyer)
    page = client.get(BUYER_LIST).text
    assert _numbers(page) == [second.transaction_id, first.transaction_id]
    assert second.seller.username in page
    assert "Paid" in page and f"PLN\xa0{second.total}" in page


def test_my_orders_empty_state(client, buyer):
    _login(client, buyer)
    assert "You have not bought anything yet." in client.get(BUYER_LIST).text


def test_my_orders_pages_by_keyset_and_costs_the_same_queries(
    client, buyer, address, django_assert_num_queries
):
    for _ in range(3):
        OrderFactory(buyer=buyer, address=address)
    _login(client, buyer)
    with django_assert_num_queries(4):  # session, user, one page of orders, their lines
        client.get(BUYER_LIST)
    for _ in range(25):
        OrderFactory(buyer=buyer, address=address)
    with django_assert_num_queries(4):
        first = client.get(BUYER_LIST).text
    link = re.search(r'href="\?(after=[^"]+)"', first).group(1)
    second = client.get(f"{BUYER_LIST}?{link}", headers=HTMX).text
    assert second.lstrip().startswith('<div id="order-list">')
    assert len(_numbers(first)) == 25 and len(_numbers(second)) == 3
    assert not set(_numbers(first)) & set(_numbers(second))


# --- the order page: the seller's view ---------------------------------------------------


@pytest.fixture
def two_address_order(buyer, offer):
    """The buyer keeps two addresses and chose the second (not the default) at checkout."""
    DeliveryAddressFactory(buyer=buyer, street="Domyślna", city="Kraków", postcode="30-001")
    chosen = DeliveryAddressFactory(
        buyer=buyer,
        street="Wybrana",
        building_number="7",
        apartment_number="12",
        city="Gdańsk",
        postcode="80-001",
        phone="+48 501 222 333",
    )
    assert not chosen.is_default
    courier = offer.delivery_options.get(method="courier")
    return OrderFactory(buyer=buyer, offer=offer, address=chosen, delivery_option=courier)


def test_the_seller_sees_the_address_the_buyer_chose_not_their_default(client, two_address_order):
    _login(client, two_address_order.seller)
    page = client.get(_detail(two_address_order)).text
    ship_to = page.split('id="ship-to"')[1].split("</section>")[0]
    assert "Ship to" in ship_to and "The address the buyer chose for this order." in ship_to
    assert "Wybrana 7/12" in ship_to and "80-001 Gdańsk" in ship_to
    assert "Domyślna" not in page and "Kraków" not in page


def test_the_seller_sees_the_buyers_details_with_a_masked_email_only(client, two_address_order):
    buyer = two_address_order.buyer
    _login(client, two_address_order.seller)
    page = client.get(_detail(two_address_order)).text
    details = page.split('id="buyer"')[1].split("</section>")[0]
    assert buyer.username in details and "Anna Nowak" in details
    assert "+48501222333" in details
    assert f"{buyer.sender_id}+{two_address_order.transaction_id}@allegromail.pl" in details
    assert buyer.email not in page


def test_the_seller_page_shows_delivery_invoice_items_and_messages(client, offer, buyer, address):
    order = order_services.order_place(
        buyer=buyer,
        offer=offer,
        delivery_option=offer.delivery_options.get(method="courier"),
        address=address,
        quantity=2,
        invoice={"company_name": "Nowak Sp. z o.o.", "tax_id": "PL5260250274", "address": "X 1"},
    )
    thread = ThreadFactory(buyer=buyer, order=order)
    for number in range(5):
        MessageFactory(thread=thread, text=f"question number {number}")
    _login(client, offer.seller)
    page = client.get(_detail(order)).text
    assert "Courier" in page and "DPD" in page
    assert "Nowak Sp. z o.o." in page and "PL5260250274" in page
    assert offer.title in page
    assert reverse("messaging:thread_detail", args=[thread.pk]) in page
    assert "question number 4" in page and "question number 2" in page
    assert "question number 1" not in page  # only the last few
    assert 'id="ask-form"' not in page


def test_an_order_without_an_invoice_says_so(client, order):
    _login(client, order.seller)
    assert "No invoice requested." in client.get(_detail(order)).text


def test_the_buyers_name_is_escaped_on_the_list_and_the_page(client, offer):
    mallory = UserFactory(first_name="<script>alert(1)</script>", last_name="X")
    order = OrderFactory(offer=offer, buyer=mallory)
    _login(client, offer.seller)
    for page in (client.get(SELLER_LIST).text, client.get(_detail(order)).text):
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_seller_page_costs_the_same_queries_however_much_the_order_holds(
    client, offer, buyer, address, django_assert_num_queries
):
    order = OrderFactory(offer=offer, buyer=buyer, address=address)
    _pay(order)
    _ship_with_events(order, events=1)
    thread = ThreadFactory(buyer=buyer, order=order)
    MessageFactory(thread=thread)
    _login(client, offer.seller)
    # session, user, order (+buyer, seller, payment), lines, attempts, shipments, their
    # events, the thread, its last messages, the latest report, a failed order e-mail
    with django_assert_num_queries(11):
        client.get(_detail(order))
    for _ in range(4):
        OrderLine.objects.create(order=order, title="Extra", unit_price=Decimal(1), quantity=1)
    _ship_with_events(order, events=5)
    for _ in range(6):
        MessageFactory(thread=thread)
    with django_assert_num_queries(11):
        page = client.get(_detail(order)).text
    assert page.count("Extra") == 4


# --- the order page: the buyer's view ----------------------------------------------------


def test_the_buyer_sees_status_items_total_address_and_can_ask(client, two_address_order):
    order = two_address_order
    _login(client, order.buyer)
    page = client.get(_detail(order)).text
    assert "Awaiting payment" in page
    assert order.lines.get().title in page and f"PLN\xa0{order.total}" in page
    assert "Wybrana 7/12" in page and "Domyślna" not in page
    assert reverse("messaging:ask_order", args=[order.pk]) in page
    assert 'id="ask-form"' in page
    assert "Report problem with buyer details" not in page
    assert f"{order.seller.sender_id}+{order.transaction_id}@allegromail.pl" in page


def test_the_buyer_page_links_an_existing_conversation(client, thread):
    MessageFactory(thread=thread)
    _login(client, thread.buyer)
    page = client.get(_detail(thread.order)).text
    assert reverse("messaging:thread_detail", args=[thread.pk]) in page


# --- access ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_someone_elses_order_is_not_found(client, order, method, headers):
    other_seller = SellerFactory()
    OrderFactory(offer=OfferFactory(seller=other_seller))
    other_buyer = UserFactory()
    for outsider in (other_seller, other_buyer):
        _login(client, outsider)
        for url in (_detail(order), _report_url(order)):
            response = getattr(client, method)(url, headers=headers)
            assert response.status_code == 404, (outsider, url)


def test_the_order_page_allows_get_only(client, order):
    _login(client, order.seller)
    assert client.post(_detail(order)).status_code == 405


def test_a_signed_out_visitor_is_sent_to_log_in(client, order):
    for url in (SELLER_LIST, BUYER_LIST, _detail(order)):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/")


# --- reporting buyer details from the order page ----------------------------------------


def test_the_seller_reports_buyer_details_and_sees_the_report_status(client, order):
    _login(client, order.seller)
    page = client.get(_detail(order)).text
    assert "Report problem with buyer details" in page
    assert 'value="missing_apartment_number"' in page and 'value="email_unreachable"' in page
    response = client.post(
        _report_url(order),
        {"reasons": ["missing_phone", "address_does_not_exist"], "comment": "Street unknown"},
    )
    assert response.status_code == 302
    report = BuyerDetailsReport.objects.get()
    assert (report.order, report.reporter, report.status) == (order, order.seller, "open")
    assert report.reasons == ["missing_phone", "address_does_not_exist"]
    assert report.comment == "Street unknown"
    page = client.get(response["Location"]).text
    assert "Your report was sent." in page
    assert "You reported this buyer's details" in page
    assert 'status-report-open">Open<' in page
    assert 'name="reasons"' not in page  # no second report while this one is open


def test_reporting_through_htmx_swaps_the_report_box(client, order):
    _login(client, order.seller)
    response = client.post(_report_url(order), {"reasons": ["missing_last_name"]}, headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section class="card" id="buyer-details-report">')
    assert "Your report was sent." in response.text and "Missing last name" in response.text


def test_a_report_without_a_reason_is_refused_with_the_reason(client, order):
    _login(client, order.seller)
    response = client.post(_report_url(order), {"comment": "?"}, headers=HTMX)
    assert response.status_code == 422
    assert "Choose at least one problem" in response.text
    plain = client.post(_report_url(order), {"comment": "?"})
    assert plain.status_code == 422 and "<html" in plain.text
    assert not BuyerDetailsReport.objects.exists()


def test_a_second_report_while_one_is_open_is_refused_clearly(client, order):
    _login(client, order.seller)
    client.post(_report_url(order), {"reasons": ["missing_phone"]})
    response = client.post(_report_url(order), {"reasons": ["missing_last_name"]}, headers=HTMX)
    assert response.status_code == 422
    assert "You have already reported this order" in response.text
    assert BuyerDetailsReport.objects.count() == 1


def test_the_buyer_cannot_report_their_own_details(client, order):
    _login(client, order.buyer)
    response = client.post(_report_url(order), {"reasons": ["missing_phone"]})
    assert response.status_code == 404
    assert not BuyerDetailsReport.objects.exists()


def test_the_seller_sees_the_outcome_and_can_report_again(client, order, django_user_model):
    from moderation import services

    staff = django_user_model.objects.create_user(username="staffer", is_staff=True)
    _login(client, order.seller)
    client.post(_report_url(order), {"reasons": ["missing_phone"]})
    services.buyer_details_report_resolve(
        report=BuyerDetailsReport.objects.get(),
        staff=staff,
        outcome=ReportStatus.RESOLVED,
        note="We asked the buyer to add a phone number.",
    )
    page = client.get(_detail(order)).text
    assert "Resolved" in page and "We asked the buyer to add a phone number." in page
    assert 'name="reasons"' in page


def test_offer_details_read_as_text_in_the_readers_language(client, seller, buyer):
    """#18: the page printed {'width_cm': 50, ...} and ['S', 'M', 'L', 'XL'], and "age 3+"
    was translated as a waiting time."""
    from tests.factories import OfferFactory

    offer = OfferFactory(
        seller=seller,
        attributes={
            "size": "M",
            "sizes_available": ["S", "M", "L", "XL"],
            "age": "3+",
            "dimensions": {
                "duvet_cover_cm": {"width": 160, "length": 200},
                "pillowcase_cm": {"width": 70, "length": 80},
            },
            "weight_kg": 1.5,
        },
    )
    buyer.language = "pl"
    buyer.save(update_fields=["language"])
    client.force_login(buyer)
    page = client.get(reverse("orders:offer_detail", args=[offer.pk])).text
    details = page[page.index('class="facts"') :]
    details = details[: details.index("</dl>")]
    assert "{" not in details and "[" not in details and "_cm" not in details
    assert "S, M, L, XL" in details
    assert "160 × 200 cm" in details and "70 × 80 cm" in details
    assert "1,5 kg" in details  # a Polish decimal comma
    assert "Zalecany wiek" in details
