"""Bulk seeding for the Message Center benchmark: one seller, many buyers, threads, messages.

Rows go in with PostgreSQL COPY (psycopg 3), in one transaction, so a database is either
fully seeded or not at all. Every row respects the models' constraints (identifier shapes,
currencies of the marketplace, one default address per buyer, one thread per order and per
buyer and offer), and each thread's denormalised fields (`last_message`, `last_message_at`,
`last_author_side`, the unread counters) are computed from its messages exactly as
`messaging.services` maintains them.
"""

import random
import string
import time
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone
from psycopg.types.json import Jsonb

from accounts.identifiers import SENDER_ID_LENGTH, TRANSACTION_ID_LENGTH
from accounts.marketplaces import MARKETPLACES
from accounts.models import CommunicationSettings, DeliveryAddress, User
from accounts.services import user_create
from messaging.models import Message, MessageState, Side, Thread
from orders.models import Offer, Order, OrderLine

from .message_center_texts import LANGUAGE_OF_MARKETPLACE, message_text

SELLER_USERNAME = "bench-seller"
ALPHABET = string.ascii_lowercase + string.digits
MARKETPLACE_WEIGHTS = {"pl": 55, "cz": 20, "sk": 10, "hu": 15}
HISTORY_DAYS = 730

FIRST_NAMES = {
    "pl": ["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka"],
    "cz": ["Jana", "Petr", "Lucie", "Martin", "Tereza", "Jakub", "Eva"],
    "sk": ["Zuzana", "Marek", "Lenka", "Peter", "Katarína", "Tomáš", "Mária"],
    "hu": ["Anna", "Bence", "Eszter", "Gábor", "Zsófia", "Dániel", "Réka"],
}
LAST_NAMES = {
    "pl": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski"],
    "cz": ["Nováková", "Svoboda", "Dvořáková", "Černý", "Procházková", "Kučera"],
    "sk": ["Horváthová", "Kováč", "Varga", "Tóthová", "Nagy", "Baláž"],
    "hu": ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"],
}
CITIES = {
    "pl": [("Warszawa", "Marszałkowska"), ("Kraków", "Długa"), ("Gdańsk", "Grunwaldzka")],
    "cz": [("Praha", "Vinohradská"), ("Brno", "Masarykova"), ("Ostrava", "Nádražní")],
    "sk": [("Bratislava", "Obchodná"), ("Košice", "Hlavná"), ("Žilina", "Národná")],
    "hu": [("Budapest", "Andrássy út"), ("Debrecen", "Piac utca"), ("Szeged", "Kárász utca")],
}
PHONE_PREFIX = {"pl": "+48", "cz": "+420", "sk": "+421", "hu": "+36"}
PRODUCTS = {
    "pl": ["Kurtka zimowa", "Buty trekkingowe", "Pościel bawełniana", "Lampka biurkowa"],
    "cz": ["Zimní bunda", "Trekové boty", "Bavlněné povlečení", "Stolní lampa"],
    "sk": ["Zimná bunda", "Trekové topánky", "Bavlnené obliečky", "Stolová lampa"],
    "hu": ["Téli kabát", "Túracipő", "Pamut ágynemű", "Asztali lámpa"],
}
DELIVERY = [
    ("courier", "dpd"),
    ("courier", "dhl"),
    ("parcel_locker", "inpost"),
    ("pickup_point", ""),
]


def _postcode(rng: random.Random, marketplace: str) -> str:
    if marketplace == "pl":
        return f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
    if marketplace == "hu":
        return f"{rng.randint(1000, 9999)}"
    return f"{rng.randint(100, 999)} {rng.randint(0, 99):02d}"


def _unique_ids(rng: random.Random, count: int, length: int, taken: set[str]) -> list[str]:
    result: list[str] = []
    while len(result) < count:
        value = "".join(rng.choices(ALPHABET, k=length))
        if value not in taken:
            taken.add(value)
            result.append(value)
    return result


def _next_id(model: type[models.Model]) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {model._meta.db_table}")  # noqa: S608
        return cursor.fetchone()[0]


def copy_rows(model: type[models.Model], columns: str, rows: Iterable[tuple]) -> int:
    """COPY rows (tuples of values for `columns`, attnames with spaces between) into the table.

    Fields the caller does not give (a field someone adds later) get what a new model
    instance would have: their default, "" for a blank text field, NULL if nullable; a
    field with a database default is left to the database.
    """
    given = columns.split()
    fields = {field.attname: field for field in model._meta.concrete_fields}
    extra_columns, extra_values = [], []
    for attname, field in fields.items():
        if attname in given or field.primary_key or field.generated:
            continue
        if not field.has_default() and (field.null or field.has_db_default()):
            continue
        value = field.get_default()
        if value is None:
            raise RuntimeError(f"bench seeding does not fill {model.__name__}.{attname}")
        extra_columns.append(attname)
        extra_values.append(field.get_db_prep_save(value, connection))
    quote = connection.ops.quote_name
    names = ", ".join(quote(fields[name].column) for name in [*given, *extra_columns])
    sql = f"COPY {quote(model._meta.db_table)} ({names}) FROM STDIN"
    extra = tuple(extra_values)
    count = 0
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row + extra)
            count += 1
    return count


def _reset_sequences(*model_list: type[models.Model]) -> None:
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), list(model_list)):
            cursor.execute(sql)


def _message_indexes() -> list[tuple[str, str]]:
    """Indexes on messaging_message that back no constraint: rebuilt after the COPY."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.relname, pg_get_indexdef(i.oid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indrelid = %s::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            """,
            [Message._meta.db_table],
        )
        return cursor.fetchall()


def is_seeded() -> tuple[int, int] | None:
    """(threads, messages) of the bench seller if the database was seeded, else None."""
    seller = User.objects.filter(username=SELLER_USERNAME).first()
    if seller is None:
        return None
    return (
        Thread.objects.filter(seller=seller).count(),
        Message.objects.filter(thread__seller=seller).count(),
    )


def seed(*, threads: int, messages: int, log=print, seed_value: int = 2026) -> None:
    rng = random.Random(seed_value)
    now = timezone.now().replace(microsecond=0)
    started = time.monotonic()

    def step(label: str) -> None:
        log(f"  {time.monotonic() - started:6.1f}s  {label}")

    with transaction.atomic():
        seller = user_create(
            username=SELLER_USERNAME,
            password=None,
            email="bench-seller@example.com",
            registration_marketplace="pl",
            first_name="Bench",
            last_name="Seller",
            is_seller=True,
        )
        taken_sender_ids = set(User.objects.values_list("sender_id", flat=True))

        # Buyers, each with a default delivery address and communication settings.
        buyer_count = max(50, threads // 5)
        first_buyer = _next_id(User)
        buyer_ids = list(range(first_buyer, first_buyer + buyer_count))
        buyer_market = rng.choices(
            list(MARKETPLACE_WEIGHTS), list(MARKETPLACE_WEIGHTS.values()), k=buyer_count
        )
        sender_ids = _unique_ids(rng, buyer_count, SENDER_ID_LENGTH, taken_sender_ids)
        buyer_names = [
            (rng.choice(FIRST_NAMES[m]), rng.choice(LAST_NAMES[m])) for m in buyer_market
        ]
        copy_rows(
            User,
            (
                "id password username first_name last_name email is_staff is_active "
                "is_superuser date_joined registration_marketplace sender_id is_seller "
                "language"
            ),
            (
                (
                    pk,
                    "!",
                    f"bench-buyer-{n:06d}",
                    first,
                    last,
                    f"bench-buyer-{n:06d}@example.com",
                    False,
                    True,
                    False,
                    now - timedelta(days=HISTORY_DAYS + rng.randint(1, 900)),
                    buyer_market[n],
                    sender_ids[n],
                    False,
                    "",
                )
                for n, (pk, (first, last)) in enumerate(zip(buyer_ids, buyer_names, strict=True))
            ),
        )
        copy_rows(
            CommunicationSettings,
            "user_id allina_enabled updated_at",
            ((pk, True, now) for pk in buyer_ids),
        )
        addresses = []
        for n, market in enumerate(buyer_market):
            city, street = rng.choice(CITIES[market])
            addresses.append(
                {
                    "first_name": buyer_names[n][0],
                    "last_name": buyer_names[n][1],
                    "street": street,
                    "building_number": str(rng.randint(1, 120)),
                    "apartment_number": str(rng.randint(1, 60)) if rng.random() < 0.6 else "",
                    "postcode": _postcode(rng, market),
                    "city": city,
                    "country": MARKETPLACES[market].country,
                    "phone": f"{PHONE_PREFIX[market]}{rng.randint(10**8, 10**9 - 1)}",
                }
            )
        address_fields = list(addresses[0])
        copy_rows(
            DeliveryAddress,
            f"buyer_id {' '.join(address_fields)} is_default created_at updated_at",
            (
                (pk, *address.values(), True, now, now)
                for pk, address in zip(buyer_ids, addresses, strict=True)
            ),
        )
        step(f"{buyer_count} buyers with addresses")

        # The seller's offers on the four marketplaces.
        offer_count = max(20, threads // 60)
        first_offer = _next_id(Offer)
        offers_by_market: dict[str, list[tuple[int, str, Decimal]]] = {m: [] for m in MARKETPLACES}
        offer_rows = []
        for n in range(offer_count):
            market = list(MARKETPLACES)[n % 4]
            language = LANGUAGE_OF_MARKETPLACE[market]
            title = f"{rng.choice(PRODUCTS[market])} {rng.choice('ABCDEFGH')}{n}"
            price = Decimal(rng.randint(1000, 90000)) / 100
            offer_rows.append(
                (
                    first_offer + n,
                    seller.pk,
                    title,
                    f"{title} ({language})",
                    price,
                    MARKETPLACES[market].currency,
                    market,
                    Jsonb({"size": rng.choice(["S", "M", "L"]), "lang": language}),
                    rng.randint(0, 500),
                    True,
                    now - timedelta(days=HISTORY_DAYS + 30),
                    now,
                )
            )
            offers_by_market[market].append((first_offer + n, title, price))
        copy_rows(
            Offer,
            (
                "id seller_id title description price currency marketplace attributes "
                "stock is_active created_at updated_at"
            ),
            offer_rows,
        )
        step(f"{offer_count} offers")

        # Threads: a third about orders (one thread per order), the rest about offers
        # (one per buyer and offer). Each starts at a random moment of the last two years.
        order_threads = threads // 3
        specs = []  # (start, buyer index, offer (id, title, price), is_order)
        asked: set[tuple[int, int]] = set()
        for n in range(threads):
            buyer = rng.randrange(buyer_count)
            market = buyer_market[buyer]
            offer = rng.choice(offers_by_market[market])
            if n >= order_threads:
                while (buyer, offer[0]) in asked:
                    buyer = rng.randrange(buyer_count)
                    offer = rng.choice(offers_by_market[buyer_market[buyer]])
                asked.add((buyer, offer[0]))
            start = now - timedelta(seconds=rng.uniform(3 * 86400, HISTORY_DAYS * 86400))
            specs.append((start, buyer, offer, n < order_threads))
        specs.sort(key=lambda spec: spec[0])

        # How many messages each thread has: at least one, the rest spread unevenly
        # (most threads short, a few long ones), `messages` in all.
        counts = [1] * threads
        weights = [rng.expovariate(1.0) for _ in range(threads)]
        for index in rng.choices(range(threads), weights, k=max(0, messages - threads)):
            counts[index] += 1

        # Messages, thread by thread; then numbered in time order across all threads.
        rows: list[list] = []  # [created_at, thread index, author, text, channel, state, ...]
        thread_unread = []
        for index, (start, buyer, _offer, is_order) in enumerate(specs):
            language = LANGUAGE_OF_MARKETPLACE[buyer_market[buyer]]
            if rng.random() < 0.1:
                language = "en"
            at = start
            side = Side.SELLER if is_order and rng.random() < 0.15 else Side.BUYER
            thread_rows = []
            for k in range(counts[index]):
                if k:
                    at += timedelta(seconds=max(60, rng.expovariate(1 / 14400)))
                    if rng.random() < 0.8:  # mostly a reply, sometimes a second message
                        side = Side.SELLER if side == Side.BUYER else Side.BUYER
                blocked = k > 0 and side == Side.BUYER and rng.random() < 0.003
                is_seller = side == Side.SELLER
                own_read = at
                other_read = None if blocked else at + timedelta(minutes=rng.randint(1, 600))
                thread_rows.append(
                    [
                        at,
                        index,
                        seller.pk if is_seller else buyer_ids[buyer],
                        message_text(rng, language=language, seller=is_seller, first=k == 0),
                        "email" if rng.random() < 0.15 else "web",
                        MessageState.BLOCKED if blocked else MessageState.DELIVERED,
                        other_read if is_seller else own_read,  # buyer_read_at
                        own_read if is_seller else other_read,  # seller_read_at
                        None if blocked else at,  # delivered_at
                        None if blocked else at + timedelta(seconds=30),  # notified_at
                    ]
                )
            # The reader of the trailing delivered messages may not have opened them yet.
            delivered = [row for row in thread_rows if row[5] == MessageState.DELIVERED]
            last_side = Side.SELLER if delivered[-1][2] == seller.pk else Side.BUYER
            reader_col = 7 if last_side == Side.BUYER else 6  # the other side's read_at
            unread = 0
            if rng.random() < (0.12 if last_side == Side.BUYER else 0.25):
                for row in reversed(delivered):
                    if (row[2] == seller.pk) != (last_side == Side.SELLER):
                        break
                    row[reader_col] = None
                    unread += 1
            thread_unread.append((last_side, unread))
            rows.extend(thread_rows)
        # Nothing is in the future: shift a thread that would end after now back in time.
        rows.sort(key=lambda row: (row[0], row[1]))
        if rows and rows[-1][0] > now:
            latest: dict[int, datetime] = {}
            for row in rows:
                latest[row[1]] = row[0]
            shift = {i: max(timedelta(0), t - now) for i, t in latest.items()}
            for row in rows:
                delta = shift[row[1]]
                if delta:
                    for col in (0, 6, 7, 8, 9):
                        if row[col] is not None:
                            row[col] -= delta
            rows.sort(key=lambda row: (row[0], row[1]))
        for row in rows:
            for col in (6, 7, 9):  # reading and notifying happened by now at the latest
                if row[col] is not None and row[col] > now:
                    row[col] = now
        step(f"{len(rows)} messages generated")
        first_at: dict[int, datetime] = {}
        for row in rows:
            first_at.setdefault(row[1], row[0])

        # Orders (with one line each) for the order threads, created before the first message.
        first_order = _next_id(Order)
        transaction_ids = _unique_ids(
            rng,
            order_threads,
            TRANSACTION_ID_LENGTH,
            set(Order.objects.values_list("transaction_id", flat=True)),
        )
        order_rows, line_rows, thread_order = [], [], {}
        for index, (_start, buyer, (offer_id, title, price), is_order) in enumerate(specs):
            if not is_order:
                continue
            pk = first_order + len(order_rows)
            market = buyer_market[buyer]
            quantity = rng.choice((1, 1, 1, 2, 3))
            method, carrier = rng.choice(DELIVERY)
            created = first_at[index] - timedelta(minutes=rng.randint(30, 3 * 1440))
            invoice = rng.random() < 0.2
            address = addresses[buyer]
            order_rows.append(
                (
                    pk,
                    transaction_ids[len(order_rows)],
                    buyer_ids[buyer],
                    seller.pk,
                    market,
                    rng.choice(("paid", "paid", "shipped", "delivered", "delivered")),
                    MARKETPLACES[market].currency,
                    price * quantity,
                    method,
                    carrier,
                    Decimal("12.99"),
                    Jsonb(addresses[buyer]),
                    invoice,
                    f"{buyer_names[buyer][1]} s.r.o." if invoice else "",
                    f"{rng.randint(10**9, 10**10 - 1)}" if invoice else "",
                    f"{address['street']} 1, {address['city']}" if invoice else "",
                    created,
                    created,
                )
            )
            line_rows.append((pk, offer_id, title, price, quantity))
            thread_order[index] = pk
        copy_rows(
            Order,
            (
                "id transaction_id buyer_id seller_id marketplace status currency "
                "items_total delivery_method delivery_carrier delivery_price "
                "delivery_address invoice_requested invoice_company_name invoice_tax_id "
                "invoice_address created_at updated_at"
            ),
            order_rows,
        )
        copy_rows(OrderLine, "order_id offer_id title unit_price quantity", line_rows)
        step(f"{len(order_rows)} orders")

        first_message = _next_id(Message)
        first_thread = _next_id(Thread)
        last_message: dict[int, tuple[int, datetime]] = {}
        for position, row in enumerate(rows):
            if row[5] == MessageState.DELIVERED:
                last_message[row[1]] = (first_message + position, row[0])

        thread_rows_out = []
        for index, (_start, buyer, offer, _is_order) in enumerate(specs):
            message_id, message_at = last_message[index]
            last_side, unread = thread_unread[index]
            thread_rows_out.append(
                (
                    first_thread + index,
                    buyer_ids[buyer],
                    seller.pk,
                    thread_order.get(index),
                    None if index in thread_order else offer[0],
                    first_at[index],
                    message_at,
                    message_id,
                    last_side,
                    unread if last_side == Side.SELLER else 0,
                    unread if last_side == Side.BUYER else 0,
                )
            )
        copy_rows(
            Thread,
            (
                "id buyer_id seller_id order_id offer_id created_at last_message_at "
                "last_message_id last_author_side buyer_unread_count "
                "seller_unread_count"
            ),
            thread_rows_out,
        )
        step(f"{threads} threads")

        indexes = _message_indexes()
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for name, _definition in indexes:
                cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
        copy_rows(
            Message,
            (
                "id created_at thread_id author_id text channel state buyer_read_at "
                "seller_read_at delivered_at notified_at"
            ),
            (
                (first_message + position, row[0], first_thread + row[1], *row[2:])
                for position, row in enumerate(rows)
            ),
        )
        step(f"{len(rows)} messages copied")
        with connection.cursor() as cursor:
            # Each thread's search document (messaging migration 0006 fills it for rows
            # that exist when it runs, messaging.threads for new messages): here, as 0006.
            cursor.execute(
                "UPDATE messaging_thread AS t SET search_document = d.document FROM ("
                " SELECT thread_id,"
                "  strip(to_tsvector('simple'::regconfig, string_agg(text, ' '))) AS document"
                " FROM messaging_message WHERE state = 'delivered' AND thread_id >= %s"
                " GROUP BY thread_id"
                ") AS d WHERE d.thread_id = t.id",
                [first_thread],
            )
        step("thread search documents")
        with connection.cursor() as cursor:
            # Check the deferred foreign keys now: an index cannot be built while they wait.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            step("foreign keys checked")
            for name, definition in indexes:
                cursor.execute(definition)
                step(f"index {name} rebuilt")
        _reset_sequences(User, DeliveryAddress, Offer, Order, OrderLine, Thread, Message)
    step("committed")
