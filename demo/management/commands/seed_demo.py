"""`python manage.py seed_demo`: demo data on all four marketplaces, and the demo logins.

What it creates (all through the services, in one transaction):

- a staff superuser for Django admin, and a seller and a buyer on each of pl, cz, sk, hu,
  with names, cities, postcodes and phone numbers of their country;
- buyers with two delivery addresses each; two orders go to the buyer's second
  (non-default) address, so the order's snapshot differs from the default address;
- sellers with three addresses in My email addresses (primary, verified secondary,
  unverified); the Czech seller made a later-added address primary; the Slovak seller
  has Allina switched off;
- offers in each marketplace's currency with delivery options (courier, parcel locker,
  pickup point, personal pickup) and structured attributes;
- orders in every status, some with an invoice requested, some across marketplaces
  (e.g. a Czech buyer buying from the Polish seller): a failed payment attempt with its
  reason, a retried payment, shipments with carrier tracking events and expected dates;
- threads about orders and about offers, each side writing in its own language.

Idempotence: the demo is identified by its logins (`DEMO_USERNAMES`). When all of them
exist, the command creates nothing and prints the logins again; when none exists, it
creates the whole demo; when only some exist (say, an account made by hand with a demo
login), it stops with an error instead of guessing, and changes nothing.

The services stamp rows with the current time, so orders and messages are dated "now";
tracking events and expected delivery dates are spread over the past weeks.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.marketplaces import Country, MarketplaceCode, marketplace_get
from accounts.models import DeliveryAddress, User
from accounts.services import (
    communication_settings_update,
    delivery_address_create,
    seller_email_add,
    seller_email_set_primary,
    user_create,
)
from accounts.team import team_invitation_accept, team_member_invite
from messaging.assignment import thread_assign
from messaging.models import Thread
from messaging.services import message_submit, thread_get_or_create
from orders.models import (
    AttemptStatus,
    Carrier,
    DeliveryMethod,
    Offer,
    Order,
    Payment,
    PaymentAttempt,
    Shipment,
    ShipmentStatus,
)
from orders.services import (
    offer_create,
    offer_photo_set,
    order_cancel,
    order_place,
    payment_attempt_complete,
    payment_attempt_start,
    shipment_create,
    tracking_event_record,
)

# One password for every demo account; it passes Django's password validators.
DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 (a published demo password, not a secret)

STAFF, SELLER, BUYER, TEAM = "staff", "seller", "buyer", "team"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    role: str
    marketplace: str
    first_name: str
    last_name: str
    email: str
    note: str = ""


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        "demo-admin", STAFF, MarketplaceCode.PL, "Marta", "Lewandowska", "admin@example.com",
        note="Django admin",
    ),
    DemoAccount(
        "demo-seller-pl", SELLER, MarketplaceCode.PL, "Katarzyna", "Wiśniewska",
        "katarzyna.wisniewska@example.com", note="shop Lniany Kram, Kraków",
    ),
    DemoAccount(
        "demo-seller-cz", SELLER, MarketplaceCode.CZ, "Petr", "Dvořák",
        "petr.dvorak@example.com", note="wooden toys, Jihlava",
    ),
    DemoAccount(
        "demo-seller-sk", SELLER, MarketplaceCode.SK, "Zuzana", "Horváthová",
        "zuzana.horvathova@example.com", note="outdoor clothing; Allina switched off",
    ),
    DemoAccount(
        "demo-seller-hu", SELLER, MarketplaceCode.HU, "László", "Nagy",
        "nagy.laszlo@example.com", note="kitchenware, Budapest",
    ),
    DemoAccount(
        "demo-team-pl", TEAM, MarketplaceCode.PL, "Ewa", "Kowalska",
        "ewa.kowalska@example.com",
        note="works for demo-seller-pl: Message Center and Orders; assigned a conversation",
    ),
    DemoAccount(
        "demo-buyer-pl", BUYER, MarketplaceCode.PL, "Tomasz", "Zieliński",
        "tomasz.zielinski@example.com", note="2 delivery addresses; buys from cz",
    ),
    DemoAccount(
        "demo-buyer-cz", BUYER, MarketplaceCode.CZ, "Jana", "Nováková",
        "jana.novakova@example.com", note="2 delivery addresses; buys from pl",
    ),
    DemoAccount(
        "demo-buyer-sk", BUYER, MarketplaceCode.SK, "Martin", "Kováč",
        "martin.kovac@example.com", note="2 delivery addresses",
    ),
    DemoAccount(
        "demo-buyer-hu", BUYER, MarketplaceCode.HU, "Eszter", "Kovács",
        "kovacs.eszter@example.com", note="2 delivery addresses; buys from sk",
    ),
)  # fmt: skip
DEMO_USERNAMES: tuple[str, ...] = tuple(account.username for account in DEMO_ACCOUNTS)


def _address(
    first_name: str,
    last_name: str,
    street: str,
    building_number: str,
    apartment_number: str,
    postcode: str,
    city: str,
    country: str,
    phone: str,
) -> dict[str, str]:
    return {
        "first_name": first_name,
        "last_name": last_name,
        "street": street,
        "building_number": building_number,
        "apartment_number": apartment_number,
        "postcode": postcode,
        "city": city,
        "country": country,
        "phone": phone,
    }


# Each buyer's addresses; the first one is the default.
DEMO_ADDRESSES: dict[str, tuple[dict[str, str], ...]] = {
    "demo-buyer-pl": (
        _address("Tomasz", "Zieliński", "ul. Długa", "12", "4", "31-147", "Kraków",
                 Country.PL, "+48 601 234 567"),
        _address("Tomasz", "Zieliński", "Aleje Jerozolimskie", "123A", "", "02-017",
                 "Warszawa", Country.PL, "+48 512 345 678"),
    ),
    "demo-buyer-cz": (
        _address("Jana", "Nováková", "Vinohradská", "1511/230", "12", "100 00", "Praha 10",
                 Country.CZ, "+420 603 123 456"),
        _address("Jana", "Nováková", "Masarykova", "31", "", "602 00", "Brno",
                 Country.CZ, "+420 731 234 567"),
    ),
    "demo-buyer-sk": (
        _address("Martin", "Kováč", "Obchodná", "25", "7", "811 06", "Bratislava",
                 Country.SK, "+421 905 123 456"),
        _address("Martin", "Kováč", "Hlavná", "68", "", "040 01", "Košice",
                 Country.SK, "+421 911 654 321"),
    ),
    "demo-buyer-hu": (
        _address("Eszter", "Kovács", "Október 6. utca", "7", "2/5", "1051", "Budapest",
                 Country.HU, "+36 30 123 4567"),
        _address("Eszter", "Kovács", "Piac utca", "42", "", "4025", "Debrecen",
                 Country.HU, "+36 20 987 6543"),
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoMailboxes:
    """A seller's further My email addresses besides the registration one."""

    verified: str
    unverified: str
    verified_is_primary: bool = False


DEMO_SELLER_MAILBOXES: dict[str, DemoMailboxes] = {
    "demo-seller-pl": DemoMailboxes("zamowienia@lniany-kram.example",
                                    "ksiegowosc@lniany-kram.example"),
    "demo-seller-cz": DemoMailboxes("obchod@hracky-dvorak.example",
                                    "faktury@hracky-dvorak.example", verified_is_primary=True),
    "demo-seller-sk": DemoMailboxes("objednavky@horske-oblecenie.example",
                                    "sklad@horske-oblecenie.example"),
    "demo-seller-hu": DemoMailboxes("rendeles@nagy-konyha.example",
                                    "szamla@nagy-konyha.example"),
}  # fmt: skip
SELLER_WITHOUT_ALLINA = "demo-seller-sk"


def _option(
    method: str, carrier: str, price: str, min_days: int = 1, max_days: int = 3
) -> dict[str, object]:
    return {
        "method": method,
        "carrier": carrier,
        "price": Decimal(price),
        "min_days": min_days,
        "max_days": max_days,
    }


COURIER, LOCKER = DeliveryMethod.COURIER, DeliveryMethod.PARCEL_LOCKER
PICKUP_POINT, PERSONAL_PICKUP = DeliveryMethod.PICKUP_POINT, DeliveryMethod.PERSONAL_PICKUP

# Offers by a key the orders and threads below refer to; the marketplace (and so the
# currency) is the seller's registration marketplace.
DEMO_OFFERS: dict[str, dict] = {
    "pl-bedding": {
        "seller": "demo-seller-pl",
        "title": "Pościel lniana 160×200 z dwiema poszewkami 70×80, szara",
        "description": "Stonowany len, prany kamieniami: miękki od pierwszego użycia. "
        "Zapięcie na drewniane guziki. Szyte w Krakowie.",
        "price": Decimal("289.00"),
        "stock": 12,
        "attributes": {
            "size": "160×200",
            "material": "100% len",
            "color": "szary",
            "dimensions": {
                "duvet_cover_cm": {"width": 160, "length": 200},
                "pillowcase_cm": {"width": 70, "length": 80},
            },
        },
        "delivery_options": [
            _option(COURIER, Carrier.DPD, "16.99", 1, 2),
            _option(LOCKER, Carrier.INPOST, "12.99", 1, 2),
            _option(PICKUP_POINT, Carrier.POCZTA_POLSKA, "11.50", 2, 4),
            _option(PERSONAL_PICKUP, "", "0.00", 1, 1),
        ],
    },
    "pl-apron": {
        "seller": "demo-seller-pl",
        "title": "Fartuch kuchenny lniany z kieszenią, oliwkowy",
        "description": "Regulowany pasek na szyję, długie wiązanie, duża kieszeń z przodu.",
        "price": Decimal("79.00"),
        "stock": 30,
        "attributes": {
            "size": "uniwersalny",
            "material": "100% len",
            "color": "oliwkowy",
            "dimensions": {"width_cm": 70, "length_cm": 90},
        },
        "delivery_options": [
            _option(LOCKER, Carrier.INPOST, "10.99", 1, 2),
            _option(COURIER, Carrier.DPD, "14.99", 1, 2),
        ],
    },
    "pl-towels": {
        "seller": "demo-seller-pl",
        "title": "Ręczniki lniane waflowe, komplet 3 szt.",
        "description": "Szybkoschnące ręczniki z lnu z bawełną, do kuchni i łazienki.",
        "price": Decimal("119.00"),
        "stock": 20,
        "attributes": {
            "size": "50×70",
            "material": "70% len, 30% bawełna",
            "pieces": 3,
            "dimensions": {"width_cm": 50, "length_cm": 70},
        },
        "delivery_options": [
            _option(LOCKER, Carrier.INPOST, "10.99", 1, 2),
            _option(PICKUP_POINT, Carrier.POCZTA_POLSKA, "9.90", 2, 4),
        ],
    },
    "cz-railway": {
        "seller": "demo-seller-cz",
        "title": "Dřevěná vláčkodráha s mostem, 45 dílů",
        "description": "Kolejnice z bukového dřeva, kompatibilní s běžnými dřevěnými "
        "vláčkodrahami. Vyrobeno v Jihlavě.",
        "price": Decimal("1290.00"),
        "stock": 8,
        "attributes": {
            "size": "sada 45 dílů",
            "material": "bukové dřevo, vodou ředitelné barvy",
            "age": "3+",
            "dimensions": {"width_cm": 90, "length_cm": 60},
        },
        "delivery_options": [
            _option(COURIER, Carrier.PPL, "129.00", 1, 2),
            _option(PICKUP_POINT, Carrier.PACKETA, "79.00", 1, 3),
            _option(PERSONAL_PICKUP, "", "0.00", 1, 1),
        ],
    },
    "cz-blocks": {
        "seller": "demo-seller-cz",
        "title": "Dřevěné kostky v plátěném pytlíku, 50 ks",
        "description": "Javorové kostky ošetřené včelím voskem, barvy s atestem EN 71-3.",
        "price": Decimal("490.00"),
        "stock": 25,
        "attributes": {
            "size": "kostka 4 × 4 cm",
            "material": "javorové dřevo, včelí vosk",
            "pieces": 50,
            "dimensions": {"edge_cm": 4, "bag_cm": {"width": 30, "height": 35}},
        },
        "delivery_options": [
            _option(PICKUP_POINT, Carrier.PACKETA, "79.00", 1, 3),
            _option(COURIER, Carrier.PPL, "129.00", 1, 2),
        ],
    },
    "sk-jacket": {
        "seller": "demo-seller-sk",
        "title": "Dámska softshellová bunda, vodoodolná, petrolejová",
        "description": "Priedušná bunda s kapucňou a reflexnými prvkami na turistiku.",
        "price": Decimal("89.00"),
        "stock": 15,
        "attributes": {
            "size": "M",
            "sizes_available": ["S", "M", "L", "XL"],
            "material": "94 % polyester, 6 % elastan",
            "color": "petrolejová",
            "dimensions": {"back_length_cm": 68, "chest_width_cm": 52},
        },
        "delivery_options": [
            _option(COURIER, Carrier.SPS, "4.50", 1, 2),
            _option(PICKUP_POINT, Carrier.PACKETA, "2.90", 2, 3),
            _option(PERSONAL_PICKUP, "", "0.00", 1, 1),
        ],
    },
    "sk-beanie": {
        "seller": "demo-seller-sk",
        "title": "Čiapka z merino vlny, antracitová",
        "description": "Tenká pletená čiapka, nehreje a nedráždi ani pri behu.",
        "price": Decimal("24.90"),
        "stock": 40,
        "attributes": {
            "size": "univerzálna",
            "material": "100 % merino vlna",
            "color": "antracitová",
            "dimensions": {"height_cm": 22, "width_cm": 21},
        },
        "delivery_options": [
            _option(PICKUP_POINT, Carrier.PACKETA, "2.90", 2, 3),
            _option(COURIER, Carrier.SPS, "4.50", 1, 2),
            _option(PERSONAL_PICKUP, "", "0.00", 1, 1),
        ],
    },
    "hu-pan": {
        "seller": "demo-seller-hu",
        "title": "Öntöttvas serpenyő, 28 cm",
        "description": "Előkezelt öntöttvas serpenyő, gáz-, kerámia- és indukciós főzőlapra.",
        "price": Decimal("14990.00"),
        "stock": 10,
        "attributes": {
            "size": "28 cm",
            "material": "öntöttvas",
            "dimensions": {"diameter_cm": 28, "height_cm": 5, "weight_kg": 2.6},
        },
        "delivery_options": [
            _option(COURIER, Carrier.MPL, "1990.00", 1, 3),
            _option(COURIER, Carrier.GLS, "2290.00", 1, 2),
            _option(PICKUP_POINT, Carrier.MPL, "1190.00", 2, 4),
            _option(PERSONAL_PICKUP, "", "0.00", 1, 1),
        ],
    },
    "hu-tablecloth": {
        "seller": "demo-seller-hu",
        "title": "Kalocsai hímzett terítő, 80 × 80 cm",
        "description": "Kézzel hímzett kalocsai mintás pamut terítő, 40 °C-on mosható.",
        "price": Decimal("8500.00"),
        "stock": 6,
        "attributes": {
            "size": "80 × 80 cm",
            "material": "pamut, kézi hímzés",
            "dimensions": {"width_cm": 80, "length_cm": 80},
        },
        "delivery_options": [
            _option(PICKUP_POINT, Carrier.MPL, "1190.00", 2, 4),
            _option(COURIER, Carrier.MPL, "1990.00", 1, 3),
        ],
    },
}


@dataclass(frozen=True, slots=True)
class DemoAttempt:
    """One try at paying: `succeeded` None means the operator has not answered yet."""

    succeeded: bool | None
    failure_reason: str = ""


PAID = DemoAttempt(succeeded=True)
PENDING = DemoAttempt(succeeded=None)


@dataclass(frozen=True, slots=True)
class DemoEvent:
    ago: timedelta
    status: str
    description: str
    location: str


@dataclass(frozen=True, slots=True)
class DemoShipment:
    carrier: str
    tracking_number: str
    expected_in_days: int  # from today; negative for parcels already delivered
    events: tuple[DemoEvent, ...]


@dataclass(frozen=True, slots=True)
class DemoOrder:
    buyer: str
    offer: str
    method: str
    placed_ago: timedelta  # before its payment, and before the parcel's first event
    carrier: str = ""
    address: int = 0  # index into the buyer's DEMO_ADDRESSES; 0 is the default one
    quantity: int = 1
    invoice: dict[str, str] = field(default_factory=dict)
    attempts: tuple[DemoAttempt, ...] = ()
    shipment: DemoShipment | None = None
    cancel: bool = False
    point: str = ""  # the parcel locker or pickup point (orders/data/pickup_points.json)


def _ago(days: int = 0, hours: int = 0) -> timedelta:
    return timedelta(days=days, hours=hours)


LABEL, TRANSIT = ShipmentStatus.LABEL_CREATED, ShipmentStatus.IN_TRANSIT
OUT, READY, DELIVERED = (
    ShipmentStatus.OUT_FOR_DELIVERY,
    ShipmentStatus.READY_FOR_PICKUP,
    ShipmentStatus.DELIVERED,
)

DEMO_ORDERS: dict[str, DemoOrder] = {
    # Awaiting payment: placed, not paid yet.
    "pl-awaiting-payment": DemoOrder(
        placed_ago=_ago(0, 5),
        buyer="demo-buyer-pl", offer="pl-towels", method=LOCKER, carrier=Carrier.INPOST,
        point="WAW14M",
    ),
    # Shipped to the buyer's second (office) address, out for delivery today.
    "pl-shipped-to-office": DemoOrder(
        placed_ago=_ago(1, 20),
        buyer="demo-buyer-pl", offer="pl-apron", method=COURIER, carrier=Carrier.DPD,
        address=1, quantity=2, attempts=(PAID,),
        shipment=DemoShipment(Carrier.DPD, "1000634872915U", 0, (
            DemoEvent(_ago(1, 8), LABEL, "Zarejestrowano dane przesyłki", "Kraków"),
            DemoEvent(_ago(1, 4), TRANSIT, "Przesyłka odebrana przez kuriera", "Kraków"),
            DemoEvent(_ago(0, 22), TRANSIT, "Przyjęcie przesyłki w oddziale DPD", "Kraków"),
            DemoEvent(_ago(0, 8), TRANSIT, "Przesyłka doręczona do oddziału", "Warszawa"),
            DemoEvent(_ago(0, 3), OUT, "Wydanie przesyłki do doręczenia", "Warszawa"),
        )),
    ),
    # Across marketplaces: a Czech buyer buys from the Polish seller, with an invoice.
    "cz-buys-from-pl-delivered": DemoOrder(
        placed_ago=_ago(18, 2),
        buyer="demo-buyer-cz", offer="pl-bedding", method=COURIER, carrier=Carrier.DPD,
        attempts=(PAID,),
        invoice={
            "company_name": "Nováková Design s.r.o.",
            "tax_id": "CZ27082440",
            "address": "Vinohradská 1511/230, 100 00 Praha 10, Česká republika",
        },
        shipment=DemoShipment(Carrier.DPD, "1000634869904U", -14, (
            DemoEvent(_ago(17, 6), LABEL, "Zarejestrowano dane przesyłki", "Kraków"),
            DemoEvent(_ago(17, 1), TRANSIT, "Przesyłka odebrana przez kuriera", "Kraków"),
            DemoEvent(_ago(16, 14), TRANSIT, "Przesyłka w tranzycie do kraju odbiorcy",
                      "Katowice"),
            DemoEvent(_ago(15, 9), TRANSIT, "Zásilka převzata na depu DPD", "Praha"),
            DemoEvent(_ago(14, 7), OUT, "Zásilka předána kurýrovi k doručení", "Praha"),
            DemoEvent(_ago(14, 3), DELIVERED, "Zásilka doručena, převzal(a): Nováková",
                      "Praha 10"),
        )),
    ),
    # Shipped to the buyer's second (Brno) address, expected tomorrow.
    "cz-shipped-to-brno": DemoOrder(
        placed_ago=_ago(2, 20),
        buyer="demo-buyer-cz", offer="cz-railway", method=COURIER, carrier=Carrier.PPL,
        address=1, attempts=(PAID,),
        shipment=DemoShipment(Carrier.PPL, "40512378910", 1, (
            DemoEvent(_ago(2, 2), LABEL, "Data zásilky přijata od odesílatele", "Jihlava"),
            DemoEvent(_ago(1, 19), TRANSIT, "Zásilka převzata od odesílatele", "Jihlava"),
            DemoEvent(_ago(1, 9), TRANSIT, "Zásilka opustila depo", "Depo Jihlava"),
            DemoEvent(_ago(0, 6), TRANSIT, "Zásilka dorazila do depa doručení", "Depo Brno"),
        )),
    ),
    # Paid on the second try, after a failed attempt; a Polish buyer, a Czech seller.
    "pl-buys-from-cz-paid-on-retry": DemoOrder(
        placed_ago=_ago(1, 3),
        buyer="demo-buyer-pl", offer="cz-blocks", method=PICKUP_POINT, carrier=Carrier.PACKETA,
        point="PL5001",
        attempts=(
            DemoAttempt(False, "3-D Secure verification failed: the card issuer did not "
                               "confirm the payment"),
            PAID,
        ),
    ),
    # Paid, waiting to be shipped, invoice for a company.
    "sk-paid-with-invoice": DemoOrder(
        placed_ago=_ago(0, 20),
        buyer="demo-buyer-sk", offer="sk-jacket", method=COURIER, carrier=Carrier.SPS,
        attempts=(PAID,),
        invoice={
            "company_name": "Kováč Outdoor s.r.o.",
            "tax_id": "SK2021234567",
            "address": "Obchodná 25, 811 06 Bratislava, Slovensko",
        },
    ),
    # Cancelled before payment (personal pickup too far from Košice).
    "sk-cancelled": DemoOrder(
        placed_ago=_ago(3, 0),
        buyer="demo-buyer-sk", offer="sk-beanie", method=PERSONAL_PICKUP, address=1,
        cancel=True,
    ),
    # Payment failed: one failed attempt with the operator's reason, not retried yet.
    "hu-payment-failed": DemoOrder(
        placed_ago=_ago(0, 9),
        buyer="demo-buyer-hu", offer="hu-pan", method=COURIER, carrier=Carrier.MPL,
        attempts=(
            DemoAttempt(False, "Insufficient funds: the card was declined by the issuing bank"),
        ),
    ),
    # Delivered to a pickup point and collected.
    "hu-delivered-pickup-point": DemoOrder(
        placed_ago=_ago(10, 1),
        buyer="demo-buyer-hu", offer="hu-tablecloth", method=PICKUP_POINT, carrier=Carrier.MPL,
        point="HU5001",
        attempts=(PAID,),
        shipment=DemoShipment(Carrier.MPL, "RB123456785HU", -7, (
            DemoEvent(_ago(9, 5), LABEL, "A küldemény adatai beérkeztek", "Budapest"),
            DemoEvent(_ago(8, 20), TRANSIT, "A küldemény felvételre került", "Budapest 62 posta"),
            DemoEvent(_ago(8, 9), TRANSIT, "A küldemény a feldolgozó üzembe érkezett",
                      "Budapest, Országos Logisztikai Központ"),
            DemoEvent(_ago(7, 14), READY, "A küldemény átvehető a PostaPonton",
                      "PostaPont, Budapest V. kerület"),
            DemoEvent(_ago(6, 18), DELIVERED, "A küldeményt a címzett átvette",
                      "PostaPont, Budapest V. kerület"),
        )),
    ),
    # Across marketplaces: a Hungarian buyer paying a Slovak seller, the attempt pending.
    "hu-buys-from-sk-awaiting-payment": DemoOrder(
        placed_ago=_ago(0, 1),
        buyer="demo-buyer-hu", offer="sk-beanie", method=PICKUP_POINT, carrier=Carrier.PACKETA,
        point="HU4001",
        attempts=(PENDING,),
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoThread:
    """A conversation about one order or one offer; messages as (author role, text)."""

    buyer: str
    messages: tuple[tuple[str, str], ...]
    order: str = ""
    offer: str = ""


DEMO_THREADS: tuple[DemoThread, ...] = (
    DemoThread(
        buyer="demo-buyer-cz",
        order="cz-buys-from-pl-delivered",
        messages=(
            (BUYER, "Dobrý den, povlečení dorazilo v pořádku, moc děkuji. Potřebovala bych "
                    "ale ještě fakturu na firmu, údaje jsem vyplnila v objednávce. Kdy mi ji "
                    "prosím pošlete?"),
            (SELLER, "Dzień dobry, dziękuję za zakup! Faktura dla Nováková Design s.r.o. jest "
                     "już wystawiona i można ją pobrać w szczegółach zamówienia. "
                     "Pozdrawiam serdecznie, Katarzyna"),
            (BUYER, "Už ji vidím, děkuji za rychlou odpověď!"),
        ),
    ),
    DemoThread(
        buyer="demo-buyer-pl",
        order="pl-shipped-to-office",
        messages=(
            (BUYER, "Dzień dobry, zamówiłem fartuchy na adres biura w Alejach Jerozolimskich. "
                    "Czy kurier zdąży przed 16:00? Później w biurze nikogo nie ma."),
            (SELLER, "Dzień dobry, paczka jest już u kuriera DPD w Warszawie i według "
                     "śledzenia zostanie doręczona dzisiaj. Termin doręczenia można też "
                     "zmienić w powiadomieniu od DPD."),
        ),
    ),
    DemoThread(
        buyer="demo-buyer-sk",
        order="sk-paid-with-invoice",
        messages=(
            (BUYER, "Dobrý deň, pri objednávke som zadal údaje na faktúru pre firmu. Kedy "
                    "bundu odošlete?"),
            (SELLER, "Dobrý deň, bundu pošleme zajtra kuriérom SPS a faktúru nájdete v "
                     "detaile objednávky hneď po odoslaní."),
            (BUYER, "Super, ďakujem pekne!"),
        ),
    ),
    DemoThread(
        buyer="demo-buyer-hu",
        offer="hu-pan",
        messages=(
            (BUYER, "Jó napot! Indukciós főzőlapon is használható a serpenyő? És "
                    "mosogatógépben mosható?"),
            (SELLER, "Jó napot kívánok! Igen, indukciós főzőlapon is működik. Mosogatógépbe "
                     "viszont ne tegye: kézzel mossa el, törölje szárazra, és kenje be "
                     "vékonyan olajjal."),
        ),
    ),
    DemoThread(
        buyer="demo-buyer-pl",
        offer="cz-blocks",
        messages=(
            (BUYER, "Dzień dobry, czy kostki są malowane farbami bezpiecznymi dla dzieci? "
                    "Synek ma dwa lata i wszystko bierze do buzi."),
            (SELLER, "Dobrý den, kostky jsou z javorového dřeva, ošetřené včelím voskem a "
                     "barvami s atestem pro dětské hračky (EN 71-3). Pro dvouleté dítě jsou "
                     "vhodné."),
            (BUYER, "Dziękuję, w takim razie zamawiam."),
        ),
    ),
)  # fmt: skip


class Command(BaseCommand):
    help = "Create demo accounts, offers, orders and threads on all four marketplaces."
    requires_migrations_checks = True

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            existing = set(
                User.objects.filter(username__in=DEMO_USERNAMES).values_list("username", flat=True)
            )
            if not existing:
                _demo_create(now=timezone.now(), today=timezone.localdate())
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Demo data created: {len(DEMO_ACCOUNTS)} accounts, "
                        f"{len(DEMO_OFFERS)} offers, {len(DEMO_ORDERS)} orders, "
                        f"{len(DEMO_THREADS)} threads."
                    )
                )
            elif existing == set(DEMO_USERNAMES):
                self.stdout.write(
                    "Demo data already present (the demo logins exist): nothing created."
                )
            else:
                missing = sorted(set(DEMO_USERNAMES) - existing)
                raise CommandError(
                    f"Only some demo logins exist ({', '.join(sorted(existing))}; missing: "
                    f"{', '.join(missing)}). Rename or remove those accounts and run again. "
                    "Nothing was changed."
                )
        self._logins_print()

    def _logins_print(self) -> None:
        header = ("Role", "Marketplace", "Login", "Password", "Notes")
        rows = [
            (
                "staff (Django admin)" if account.role == STAFF else account.role,
                "all" if account.role == STAFF else _marketplace_label(account.marketplace),
                account.username,
                DEMO_PASSWORD,
                account.note,
            )
            for account in DEMO_ACCOUNTS
        ]
        widths = [max(len(row[column]) for row in (header, *rows)) for column in range(4)]

        def line(row: tuple[str, ...]) -> str:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            return "  ".join([*cells, row[-1]]).rstrip()

        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo logins"))
        self.stdout.write(line(header))
        self.stdout.write(line((*("-" * width for width in widths), "-----")))
        for row in rows:
            self.stdout.write(line(row))
        self.stdout.write(
            f"\nBuyers and sellers sign in at {reverse('login')}, staff at "
            f"{reverse('admin:index')}, on the server you run "
            f"(every account's password: {DEMO_PASSWORD})."
        )


def _marketplace_label(code: str) -> str:
    return f"{code} ({marketplace_get(code).site})"


def _demo_create(*, now: datetime, today: date) -> None:
    users = _accounts_create()
    addresses = _addresses_create(users=users)
    _seller_mailboxes_create(users=users)
    communication_settings_update(user=users[SELLER_WITHOUT_ALLINA], allina_enabled=False)
    offers = _offers_create(users=users)
    orders = {
        key: _order_create(
            spec=spec, users=users, addresses=addresses, offers=offers, now=now, today=today
        )
        for key, spec in DEMO_ORDERS.items()
    }
    for spec in DEMO_THREADS:
        _thread_create(spec=spec, users=users, orders=orders, offers=offers)
    _allina_case_create(users=users, orders=orders)
    _team_create(users=users)


def _team_create(*, users: dict[str, User]) -> None:
    """The Polish shop's team member joins from her invitation, and the shop's latest
    conversation is hers to answer."""
    seller = users["demo-seller-pl"]
    for account in DEMO_ACCOUNTS:
        if account.role != TEAM:
            continue
        invited = team_member_invite(
            seller=seller,
            name=f"{account.first_name} {account.last_name}",
            email=account.email,
            can_messages=True,
            can_orders=True,
        )
        users[account.username] = team_invitation_accept(
            token=invited.invitation_token,
            username=account.username,
            password=DEMO_PASSWORD,
            language="",
        )
        latest = Thread.objects.filter(seller=seller).order_by("-last_message_at").first()
        if latest is not None:
            thread_assign(thread=latest, account=seller, assignee_id=users[account.username].pk)


def _allina_case_create(*, users: dict[str, User], orders: dict[str, Order]) -> None:
    """Allina's case: the Polish buyer asks where the DPD parcel is; she answers from the
    tracking data and the question waits for the buyer's [yes, send it] / [no thanks]."""
    from allina.services import question_process

    thread = thread_get_or_create(
        buyer=users["demo-buyer-pl"], order=orders["pl-shipped-to-office"]
    )
    message = message_submit(thread=thread, author=thread.buyer, text="gdzie jest moja paczka?")
    if hasattr(message, "allina_question"):
        question_process(question_id=message.allina_question.pk)


def _accounts_create() -> dict[str, User]:
    users = {}
    for account in DEMO_ACCOUNTS:
        if account.role == TEAM:
            continue  # joins by invitation (_team_create)
        if account.role == STAFF:
            # No account service makes staff: this is what `createsuperuser` does.
            users[account.username] = User.objects.create_superuser(
                username=account.username,
                email=account.email,
                password=DEMO_PASSWORD,
                first_name=account.first_name,
                last_name=account.last_name,
                registration_marketplace=account.marketplace,
            )
            continue
        users[account.username] = user_create(
            username=account.username,
            password=DEMO_PASSWORD,
            email=account.email,
            registration_marketplace=account.marketplace,
            first_name=account.first_name,
            last_name=account.last_name,
            is_seller=account.role == SELLER,
        )
    return users


def _addresses_create(*, users: dict[str, User]) -> dict[str, list[DeliveryAddress]]:
    # The service makes a buyer's first address the default one.
    return {
        username: [delivery_address_create(buyer=users[username], **fields) for fields in rows]
        for username, rows in DEMO_ADDRESSES.items()
    }


def _seller_mailboxes_create(*, users: dict[str, User]) -> None:
    for username, mailboxes in DEMO_SELLER_MAILBOXES.items():
        seller = users[username]
        verified = seller_email_add(seller=seller, email=mailboxes.verified, verified=True)
        seller_email_add(seller=seller, email=mailboxes.unverified)
        if mailboxes.verified_is_primary:
            seller_email_set_primary(address=verified)


def _offers_create(*, users: dict[str, User]) -> dict[str, Offer]:
    offers = {}
    for key, spec in DEMO_OFFERS.items():
        seller = users[spec["seller"]]
        offers[key] = offer_create(
            **{**spec, "seller": seller, "marketplace": seller.registration_marketplace}
        )
        offer_photo_set(offer=offers[key], upload=_demo_photo(key))
    return offers


DEMO_PHOTO_COLOURS = ("#c9b8a4", "#7d8c6a", "#e5dccf", "#b5651d", "#d9a441", "#2f5d62",
                      "#4b4b4b", "#2b2b2b", "#c0392b")  # fmt: skip


def _demo_photo(key: str):
    """A drawn stand-in for a product photo (the demo ships no photos): a tile in a colour
    of its own with the product's initials, as a PNG upload."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image, ImageDraw

    number = list(DEMO_OFFERS).index(key)
    image = Image.new("RGB", (400, 400), DEMO_PHOTO_COLOURS[number % len(DEMO_PHOTO_COLOURS)])
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((70, 70, 330, 330), radius=40, outline="white", width=12)
    initials = "".join(word[0] for word in DEMO_OFFERS[key]["title"].split()[:2]).upper()
    draw.text((200, 200), initials, fill="white", anchor="mm", font_size=120)
    out = io.BytesIO()
    image.save(out, "PNG")
    return SimpleUploadedFile(f"{key}.png", out.getvalue(), content_type="image/png")


def _order_create(
    *,
    spec: DemoOrder,
    users: dict[str, User],
    addresses: dict[str, list[DeliveryAddress]],
    offers: dict[str, Offer],
    now: datetime,
    today: date,
) -> Order:
    offer = offers[spec.offer]
    order = order_place(
        buyer=users[spec.buyer],
        offer=offer,
        delivery_option=offer.delivery_options.get(method=spec.method, carrier=spec.carrier),
        address=addresses[spec.buyer][spec.address],
        quantity=spec.quantity,
        invoice=spec.invoice or None,
        pickup_point_id=spec.point,
    )
    for attempt_spec in spec.attempts:
        attempt = payment_attempt_start(order=order)
        if attempt_spec.succeeded is not None:
            payment_attempt_complete(
                attempt=attempt,
                succeeded=attempt_spec.succeeded,
                failure_reason=attempt_spec.failure_reason,
            )
    if spec.cancel:
        order = order_cancel(order=order)
    if spec.shipment is not None:
        shipment = shipment_create(
            order=order,
            carrier=spec.shipment.carrier,
            tracking_number=spec.shipment.tracking_number,
            expected_delivery=today + timedelta(days=spec.shipment.expected_in_days),
        )
        for number, event in enumerate(spec.shipment.events, start=1):
            tracking_event_record(
                shipment=shipment,
                event_id=f"{shipment.tracking_number}-{number:02d}",
                status=event.status,
                occurred_at=now - event.ago,
                description=event.description,
                location=event.location,
            )
    _history_backdate(order=order, placed_at=now - spec.placed_ago)
    return order


ATTEMPT_EVERY = timedelta(minutes=4)  # between placing the order and each payment attempt
ATTEMPT_TAKES = timedelta(minutes=1)


def _history_backdate(*, order: Order, placed_at: datetime) -> None:
    """Move the order's own timestamps to when the demo's story has it placed and paid.

    The services stamp everything with the present moment, while the demo's parcels were
    handed to the carrier and delivered days ago; an order must not read as delivered
    before it was placed. No service changes history, so the demo (the composition root,
    creating data nobody has seen yet) writes these timestamps itself.
    """
    Order.objects.filter(pk=order.pk).update(created_at=placed_at)
    Payment.objects.filter(order=order).update(created_at=placed_at)
    paid_at = None
    attempts = PaymentAttempt.objects.filter(payment__order=order).order_by("pk")
    for number, (pk, status) in enumerate(attempts.values_list("pk", "status"), start=1):
        started = placed_at + number * ATTEMPT_EVERY
        completed = None if status == AttemptStatus.PENDING else started + ATTEMPT_TAKES
        PaymentAttempt.objects.filter(pk=pk).update(created_at=started, completed_at=completed)
        if status == AttemptStatus.SUCCEEDED:
            paid_at = completed
    if paid_at is not None:
        Payment.objects.filter(order=order).update(paid_at=paid_at)
    for shipment in Shipment.objects.filter(order=order):
        first_event = shipment.events.order_by("occurred_at").first()
        handed_over = first_event.occurred_at if first_event else (paid_at or placed_at)
        Shipment.objects.filter(pk=shipment.pk).update(created_at=handed_over)


def _thread_create(
    *,
    spec: DemoThread,
    users: dict[str, User],
    orders: dict[str, Order],
    offers: dict[str, Offer],
) -> None:
    buyer = users[spec.buyer]
    thread = thread_get_or_create(
        buyer=buyer,
        order=orders[spec.order] if spec.order else None,
        offer=offers[spec.offer] if spec.offer else None,
    )
    seller = thread.seller
    for role, text in spec.messages:
        message = message_submit(
            thread=thread, author=buyer if role == BUYER else seller, text=text
        )
        if hasattr(message, "allina_question"):
            # These conversations happened as written: the seller got the buyer's words.
            from allina.services import question_process

            question_process(
                question_id=message.allina_question.pk, deliver_only=True, reason="seeded"
            )
