"""Allina's answers, composed from live data in the buyer's language (SPEC §5).

`compose()` takes the topic the classifier found and the thread the question was asked in,
and returns an `Answer` or None. None means Allina abstains: the question goes to the
seller and the buyer sees no bot. She abstains whenever the data an answer needs is
missing (a shipped order without a shipment, a parcel without an expected date, a product
question the offer's attributes do not answer) rather than guess.

What she may read is what the buyer may see: the order of this thread (its buyer is the
thread's buyer, checked again here), its payment and shipments, and the public offer. A
question about an offer has no order in context, so only the topics that need none are
answered there (delivery options, product questions, the return, complaint and
cancellation processes).

Every answer ends with where its facts come from and how fresh they were when she
answered ("InPost, updated 2 hours ago"); the same is kept as data (`Answer.facts()`).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from anyascii import anyascii
from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from accounts.formats.money import format_money
from messaging.models import Thread
from orders.attributes import LABELS as ATTRIBUTE_LABEL_TEXTS
from orders.attributes import label as attribute_label
from orders.attributes import value_text as attribute_value_text
from orders.carriers import tracking_url
from orders.models import (
    DeliveryOption,
    Offer,
    Order,
    OrderStatus,
    PaymentStatus,
    Shipment,
    ShipmentStatus,
    TrackingSource,
)

ANSWER_LANGUAGES = ("pl", "cs", "sk", "hu", "en")

# Topics that need the buyer's order; the others can be answered about an offer too.
ORDER_INTENTS = frozenset(
    {
        "delivery_status",
        "delivery_eta",
        "payment_status",
        "payment_retry",
        "invoice",
        "invoice_data_change",
    }
)
NO_ORDER_INTENTS = frozenset(
    {"delivery_options", "product_question", "return", "complaint", "cancellation"}
)
ANSWERABLE_INTENTS = ORDER_INTENTS | NO_ORDER_INTENTS

PAYABLE = (OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED)
NOT_SENT = (OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED, OrderStatus.PAID)
SENT = (OrderStatus.SHIPPED, OrderStatus.DELIVERED)


@dataclass(frozen=True)
class Source:
    """Where facts come from (a carrier, the order, the offer) and when they last changed."""

    kind: str
    name: str
    updated_at: datetime | None


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    external: bool = False


@dataclass(frozen=True)
class Answer:
    intent: str
    language: str
    text: str
    sources: tuple[Source, ...]
    links: tuple[Link, ...] = ()
    facts_extra: dict = field(default_factory=dict)

    def facts(self) -> dict:
        """JSON for `Question.answer_facts`: sources with their freshness, links, context."""
        return {
            "sources": [
                {
                    "kind": source.kind,
                    "name": source.name,
                    "updated_at": source.updated_at.isoformat() if source.updated_at else None,
                }
                for source in self.sources
            ],
            "links": [
                {"label": link.label, "url": link.url, "external": link.external}
                for link in self.links
            ],
            **self.facts_extra,
        }


@dataclass
class Context:
    """What Allina may read for one question: the thread's order or offer."""

    thread: Thread
    order: Order | None
    offer: Offer | None
    now: datetime


def answer_language(*, detected: str, buyer) -> str:
    """The detected language when Allina speaks it, else the buyer's account language."""
    if detected in ANSWER_LANGUAGES:
        return detected
    language = buyer.ui_language
    return language if language in ANSWER_LANGUAGES else settings.LANGUAGE_CODE


def context_load(*, thread: Thread, now: datetime | None = None) -> Context:
    """The thread's order (with payment, shipments, events, lines) or offer, fetched fresh."""
    now = now or timezone.now()
    order = offer = None
    if thread.order_id:
        order = (
            Order.objects.select_related("payment")
            .prefetch_related(
                "shipments__events", "payment__attempts", "lines__offer__delivery_options"
            )
            .filter(pk=thread.order_id, buyer_id=thread.buyer_id)  # only the buyer's own
            .first()
        )
        lines = list(order.lines.all()) if order else []
        if len(lines) == 1 and lines[0].offer is not None:
            offer = lines[0].offer
    elif thread.offer_id:
        offer = (
            Offer.objects.prefetch_related("delivery_options").filter(pk=thread.offer_id).first()
        )
    return Context(thread=thread, order=order, offer=offer, now=now)


def compose(
    *, intent: str | None, thread: Thread, language: str, text: str = "", now=None
) -> Answer | None:
    """Allina's answer to a question on `intent` in `thread`, or None to abstain."""
    if intent not in ANSWERABLE_INTENTS:
        return None
    context = context_load(thread=thread, now=now)
    if intent in ORDER_INTENTS and context.order is None:
        return None
    composer = COMPOSERS[intent]
    with translation.override(language):
        parts = composer(context, text)
        if parts is None:
            return None
        paragraphs, sources, links = parts
        if not sources:
            return None  # an answer that cannot say where it comes from is not given
        paragraphs = [*paragraphs, _source_line(sources, context.now)]
        return Answer(
            intent=intent,
            language=language,
            text="\n\n".join(str(p) for p in paragraphs),
            sources=tuple(sources),
            links=tuple(links),
            facts_extra={
                "order": context.order.transaction_id if context.order else None,
                "offer": context.offer.pk if context.offer else None,
                "composed_at": context.now.isoformat(),
            },
        )


Parts = tuple[list[str], list[Source], list[Link]] | None


# Formatting, in the active (buyer's) language.


def _date(value) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _datetime(value: datetime) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


def _money(amount: Decimal, currency: str) -> str:
    """As the rest of the UI writes prices in the answer's language (15,00 zł, PLN 15.00)."""
    return format_money(amount, currency)


def _freshness(source: Source, now: datetime) -> str:
    if source.updated_at is None:
        return source.name
    if now - source.updated_at < timedelta(minutes=1):
        return _("%(source)s, updated just now") % {"source": source.name}
    return _("%(source)s, updated %(ago)s ago") % {
        "source": source.name,
        "ago": timesince(source.updated_at, now, depth=1),
    }


def _source_line(sources: list[Source], now: datetime) -> str:
    return _("Source: %(sources)s.") % {
        "sources": "; ".join(_freshness(source, now) for source in sources)
    }


def _order_source(order: Order) -> Source:
    return Source(
        "order", _("your order %(number)s") % {"number": order.transaction_id}, order.updated_at
    )


def _order_link(order: Order, anchor: str = "") -> Link:
    url = reverse("orders:order_detail", args=[order.pk]) + (f"#{anchor}" if anchor else "")
    return Link(_("Open order %(number)s") % {"number": order.transaction_id}, url)


def _send_hint() -> str:
    return _("If you still want to ask the seller, choose “Yes, send it”.")


# Shipments and delivery.


def _shipment_events(shipment: Shipment) -> list:
    return sorted(shipment.events.all(), key=lambda event: (event.occurred_at, event.pk))


def _shipment_source(shipment: Shipment) -> Source:
    """The carrier when its events are the newest word, else the seller who set it."""
    events = _shipment_events(shipment)
    if events:
        latest = events[-1]
        if latest.source == TrackingSource.CARRIER:
            return Source("carrier", shipment.get_carrier_display(), latest.occurred_at)
        return Source("seller", _("the seller"), latest.occurred_at)
    updated = shipment.status_changed_at or shipment.created_at
    return Source("seller", _("the seller"), updated)


def _shipment_paragraph(shipment: Shipment) -> str:
    lines = [
        _("Carrier: %(carrier)s, tracking number %(number)s.")
        % {"carrier": shipment.get_carrier_display(), "number": shipment.tracking_number},
        _("Status: %(status)s.") % {"status": shipment.get_status_display()},
    ]
    events = _shipment_events(shipment)
    if events:
        latest = events[-1]
        what = latest.description or latest.get_status_display()
        if latest.location:
            lines.append(
                _("Latest event (%(when)s): %(what)s, %(where)s.")
                % {"what": what, "where": latest.location, "when": _datetime(latest.occurred_at)}
            )
        else:
            lines.append(
                _("Latest event (%(when)s): %(what)s.")
                % {"what": what, "when": _datetime(latest.occurred_at)}
            )
    if shipment.status != ShipmentStatus.DELIVERED and shipment.expected_delivery:
        lines.append(
            _("Expected delivery: %(date)s.") % {"date": _date(shipment.expected_delivery)}
        )
    return "\n".join(lines)


def _tracking_link(shipment: Shipment) -> Link | None:
    url = tracking_url(shipment.carrier, shipment.tracking_number)
    if not url:
        return None
    return Link(
        _("Track the parcel on the %(carrier)s website")
        % {"carrier": shipment.get_carrier_display()},
        url,
        external=True,
    )


def _not_sent_paragraphs(order: Order) -> tuple[list[str], list[Source], list[Link]] | None:
    """The shared answer for an order that has not left: cancelled, unpaid or paid."""
    number = order.transaction_id
    if order.status == OrderStatus.CANCELLED:
        return (
            [_("Order %(number)s was cancelled, so it will not be sent.") % {"number": number}],
            [_order_source(order)],
            [_order_link(order)],
        )
    payment = getattr(order, "payment", None)
    if order.status in PAYABLE:
        if payment is None:
            return None
        text = (
            _("Order %(number)s has not been paid yet. The seller sends it once it is paid.")
            if order.status == OrderStatus.AWAITING_PAYMENT
            else _(
                "The payment for order %(number)s did not go through, so it has not been sent."
                " You can pay again on the order page; the seller sends it once it is paid."
            )
        )
        return (
            [text % {"number": number}],
            [Source("payment", _("payments"), payment.updated_at)],
            [_order_link(order, "payment")],
        )
    if order.status == OrderStatus.PAID:
        when = payment.paid_at if payment is not None and payment.paid_at else None
        text = _(
            "Order %(number)s is paid and waiting for the seller to send it. As soon as it is"
            " sent, the carrier and the tracking number appear on the order page."
        ) % {"number": number}
        if when:
            text += " " + _("Paid on %(date)s.") % {"date": _date(timezone.localtime(when))}
        return [text], [_order_source(order)], [_order_link(order)]
    return None


def _delivery_status(context: Context, text: str) -> Parts:
    order = context.order
    if order.status not in SENT:
        return _not_sent_paragraphs(order)
    shipments = list(order.shipments.all())
    if not shipments:
        return None  # shipped with nothing to say where: the seller knows, Allina doesn't
    if order.status == OrderStatus.DELIVERED:
        intro = _("Order %(number)s has been delivered.") % {"number": order.transaction_id}
    else:
        intro = _("Order %(number)s is on its way.") % {"number": order.transaction_id}
    paragraphs = [intro, *(_shipment_paragraph(shipment) for shipment in shipments)]
    sources = _unique_sources(_shipment_source(shipment) for shipment in shipments)
    links = [link for link in map(_tracking_link, shipments) if link is not None]
    return paragraphs, sources, [*links, _order_link(order, "shipments")]


def _pickup_point_paragraph(order: Order) -> str | None:
    """Where a parcel-locker or pickup-point order goes: the point, never the home."""
    point = order.pickup_point or {}
    if not point.get("id"):
        return None
    values = {
        "code": point["id"],
        "name": point.get("name", ""),
        "address": f"{point.get('street', '')}, {point.get('postcode', '')}"
        f" {point.get('city', '')}",
    }
    if point.get("type") == "parcel_locker":
        text = _(
            "The parcel goes to the parcel locker %(code)s (%(name)s), %(address)s, which you"
            " chose at checkout, not to your home address."
        )
    else:
        text = _(
            "The parcel goes to the pickup point %(code)s (%(name)s), %(address)s, which you"
            " chose at checkout, not to your home address."
        )
    return text % values


def _naming_the_pickup_point(answer):
    """A delivery answer that also says which locker or pickup point the parcel goes to."""

    def answer_with_point(context: Context, text: str) -> Parts:
        parts = answer(context, text)
        paragraph = _pickup_point_paragraph(context.order)
        if paragraph is None or parts is None:
            return parts  # abstaining stays abstaining: the seller answers
        paragraphs, sources, links = parts
        return [*paragraphs, paragraph], sources, links

    return answer_with_point


def _unique_sources(sources) -> list[Source]:
    seen: dict[tuple[str, str], Source] = {}
    for source in sources:
        key = (source.kind, source.name)
        if key not in seen or (source.updated_at or timezone.now()) > (
            seen[key].updated_at or timezone.now()
        ):
            seen[key] = source
    return list(seen.values())


def _order_delivery_option(context: Context) -> DeliveryOption | None:
    order, offer = context.order, context.offer
    if offer is None:
        return None
    for option in offer.delivery_options.all():
        if option.method == order.delivery_method and option.carrier == order.delivery_carrier:
            return option
    return None


def _delivery_eta(context: Context, text: str) -> Parts:
    order = context.order
    if order.status == OrderStatus.PAID:
        option = _order_delivery_option(context)
        if option is None:
            return None
        paragraphs, sources, links = _not_sent_paragraphs(order)
        paragraphs.append(
            _("Delivery with %(option)s takes %(min)s–%(max)s days after the parcel is sent.")
            % {"option": str(option), "min": option.min_days, "max": option.max_days}
        )
        sources.append(Source("offer", _("the offer"), context.offer.updated_at))
        return paragraphs, sources, links
    if order.status not in SENT:
        return _not_sent_paragraphs(order)
    shipments = list(order.shipments.all())
    if not shipments:
        return None
    paragraphs = []
    for shipment in shipments:
        carrier = shipment.get_carrier_display()
        if shipment.status == ShipmentStatus.DELIVERED:
            events = [
                e for e in _shipment_events(shipment) if e.status == ShipmentStatus.DELIVERED
            ]
            when = events[-1].occurred_at if events else shipment.status_changed_at
            if when is None:
                return None
            paragraphs.append(
                _("%(carrier)s delivered the parcel %(number)s on %(date)s.")
                % {
                    "carrier": carrier,
                    "number": shipment.tracking_number,
                    "date": _datetime(when),
                }
            )
        elif shipment.expected_delivery:
            paragraphs.append(
                _("%(carrier)s expects to deliver the parcel %(number)s on %(date)s.")
                % {
                    "carrier": carrier,
                    "number": shipment.tracking_number,
                    "date": _date(shipment.expected_delivery),
                }
            )
            paragraphs.append(_shipment_paragraph(shipment))
        else:
            return None  # no date to give: the seller or carrier has to answer
    sources = _unique_sources(_shipment_source(shipment) for shipment in shipments)
    links = [link for link in map(_tracking_link, shipments) if link is not None]
    return paragraphs, sources, links


def _delivery_options(context: Context, text: str) -> Parts:
    offer = context.offer
    if offer is None:
        return None
    options = list(offer.delivery_options.all())
    if not options:
        return None
    lines = [_("Delivery options for “%(title)s”:") % {"title": offer.title}]
    for option in options:
        lines.append(
            _("– %(option)s: %(price)s, %(min)s–%(max)s days")
            % {
                "option": str(option),
                "price": _money(option.price, offer.currency),
                "min": option.min_days,
                "max": option.max_days,
            }
        )
    paragraphs = ["\n".join(lines)]
    if context.order is not None:
        paragraphs.append(
            _("Your order %(number)s goes by %(method)s for %(price)s.")
            % {
                "number": context.order.transaction_id,
                "method": context.order.get_delivery_method_display(),
                "price": _money(context.order.delivery_price, context.order.currency),
            }
        )
    link = Link(_("Open the offer"), reverse("orders:offer_detail", args=[offer.pk]))
    return paragraphs, [Source("offer", _("the offer"), offer.updated_at)], [link]


# Payments.


def _payment_status(context: Context, text: str) -> Parts:
    order = context.order
    payment = getattr(order, "payment", None)
    if payment is None:
        return None
    number = order.transaction_id
    amount = _money(payment.amount, payment.currency)
    attempts = sorted(payment.attempts.all(), key=lambda a: (a.created_at, a.pk))
    links = [_order_link(order, "payment")]
    if payment.status == PaymentStatus.PAID:
        text = _("The payment of %(amount)s for order %(number)s was received on %(date)s.") % {
            "amount": amount,
            "number": number,
            "date": _datetime(payment.paid_at),
        }
    elif payment.status == PaymentStatus.REFUNDED:
        text = _("The payment of %(amount)s for order %(number)s was refunded.") % {
            "amount": amount,
            "number": number,
        }
    elif payment.status == PaymentStatus.REFUNDING:
        text = _(
            "The payment of %(amount)s for order %(number)s is being refunded: the payment"
            " operator is returning it to you."
        ) % {"amount": amount, "number": number}
    elif payment.status == PaymentStatus.FAILED:
        reason = attempts[-1].failure_reason if attempts else ""
        text = _("The last payment attempt for order %(number)s failed.") % {"number": number}
        if reason:
            text += " " + _("Reason: %(reason)s.") % {"reason": _(reason)}
        if order.status in PAYABLE:
            text += " " + _("You can pay again on the order page.")
    elif attempts and attempts[-1].completed_at is None:
        text = _(
            "A payment of %(amount)s for order %(number)s was started on %(date)s and is"
            " waiting for the payment operator's confirmation."
        ) % {"amount": amount, "number": number, "date": _datetime(attempts[-1].created_at)}
    else:
        text = _("Order %(number)s has not been paid yet (%(amount)s).") % {
            "number": number,
            "amount": amount,
        }
        if order.status in PAYABLE:
            text += " " + _("You can pay on the order page.")
    return [text], [Source("payment", _("payments"), payment.updated_at)], links


def _payment_retry(context: Context, text: str) -> Parts:
    order = context.order
    payment = getattr(order, "payment", None)
    if payment is None:
        return None
    number = order.transaction_id
    source = Source("payment", _("payments"), payment.updated_at)
    if order.status == OrderStatus.CANCELLED:
        text = _("Order %(number)s was cancelled, so it cannot be paid any more.")
    elif payment.status == PaymentStatus.PAID:
        text = _("Order %(number)s is already paid; there is nothing to pay again.")
    elif order.status in PAYABLE:
        text = _(
            "You can pay for order %(number)s again: open the order and choose"
            " “Retry payment” (or “Pay now”). Every attempt is kept; the order is paid as"
            " soon as one attempt succeeds."
        )
    else:
        return None
    return [text % {"number": number}], [source], [_order_link(order, "payment")]


# Invoices.


def _invoice_data(order: Order) -> str:
    parts = [order.invoice_company_name]
    if order.invoice_tax_id:
        parts.append(_("tax ID %(tax_id)s") % {"tax_id": order.invoice_tax_id})
    parts.append(order.invoice_address.replace("\n", ", "))
    return ", ".join(part for part in parts if part)


def _invoice(context: Context, text: str) -> Parts:
    order = context.order
    if order.invoice_requested:
        text = _(
            "You asked for an invoice for order %(number)s at checkout, with these details:"
            " %(data)s. The seller issues the invoice."
        ) % {"number": order.transaction_id, "data": _invoice_data(order)}
        paragraphs = [
            text,
            _("If it has not reached you, choose “Yes, send it” to ask the seller."),
        ]
    else:
        paragraphs = [
            _("No invoice was requested for order %(number)s at checkout.")
            % {"number": order.transaction_id},
            _(
                "To get one, choose “Yes, send it”: your question goes to the seller; write"
                " your company name, tax ID and address in it."
            ),
        ]
    return paragraphs, [_order_source(order)], [_order_link(order)]


def _invoice_data_change(context: Context, text: str) -> Parts:
    order = context.order
    if order.invoice_requested:
        first = _("The invoice details of order %(number)s are: %(data)s.") % {
            "number": order.transaction_id,
            "data": _invoice_data(order),
        }
    else:
        first = _("No invoice was requested for order %(number)s at checkout.") % {
            "number": order.transaction_id
        }
    paragraphs = [
        first,
        _(
            "Invoice details cannot be changed on the order after checkout; the seller"
            " issues the invoice. Choose “Yes, send it” and write the correct details in"
            " your question, so the seller can use them."
        ),
    ]
    return paragraphs, [_order_source(order)], [_order_link(order)]


# Platform processes: returns, complaints, cancellation.


def _process_source() -> Source:
    return Source("process", _("the marketplace's rules for buyers"), None)


def _return(context: Context, text: str) -> Parts:
    paragraphs = [
        _(
            "When you buy from a business seller, you can withdraw from the purchase within"
            " 14 days of receiving the item, without giving a reason. Tell the seller that you"
            " are returning it (choose “Yes, send it”), send the item back to the return"
            " address the seller gives you, and keep the proof of sending. The seller refunds"
            " the payment within 14 days of your withdrawal."
        )
    ]
    sources, links = [_process_source()], []
    order = context.order
    if order is not None:
        if order.status in NOT_SENT:
            paragraphs.append(
                _(
                    "Order %(number)s has not been sent yet; if you no longer want it, you can"
                    " ask the seller to cancel it instead."
                )
                % {"number": order.transaction_id}
            )
        elif order.status == OrderStatus.CANCELLED:
            paragraphs.append(
                _("Order %(number)s was cancelled, so there is nothing to return.")
                % {"number": order.transaction_id}
            )
        sources.append(_order_source(order))
        links.append(_order_link(order))
    return paragraphs, sources, links


def _complaint(context: Context, text: str) -> Parts:
    paragraphs = [
        _(
            "If the item is faulty or not as described, you can file a complaint with the"
            " seller. Choose “Yes, send it” and describe the problem in your question, attach"
            " photos, and say what you expect: a repair, a replacement, a price reduction or"
            " a refund. The seller has 14 days to respond to a complaint."
        )
    ]
    sources, links = [_process_source()], []
    order = context.order
    if order is not None:
        if order.status in NOT_SENT or order.status == OrderStatus.CANCELLED:
            return None  # nothing received yet: a "complaint" here is something else
        sources.append(_order_source(order))
        links.append(_order_link(order))
    return paragraphs, sources, links


def _cancellation(context: Context, text: str) -> Parts:
    order = context.order
    if order is None:
        paragraphs = [
            _(
                "An order can be cancelled until the seller sends it: ask the seller (choose"
                " “Yes, send it”). A payment already made is refunded. Once the parcel has been"
                " sent, you can return the item after it arrives instead."
            )
        ]
        return paragraphs, [_process_source()], []
    number = order.transaction_id
    if order.status == OrderStatus.CANCELLED:
        text = _("Order %(number)s is already cancelled.") % {"number": number}
        payment = getattr(order, "payment", None)
        if payment is not None and payment.status == PaymentStatus.REFUNDED:
            text += " " + _("The payment was refunded.")
        elif payment is not None and payment.status == PaymentStatus.REFUNDING:
            text += " " + _("The payment is being refunded.")
    elif order.status in NOT_SENT:
        text = _(
            "Order %(number)s has not been sent yet, so it can still be cancelled. Choose"
            " “Yes, send it” to ask the seller to cancel it; a payment already made is refunded."
        ) % {"number": number}
    else:
        text = _(
            "Order %(number)s has already been sent, so it can no longer be cancelled. After it"
            " arrives you can return it within 14 days of receiving it (purchases from business"
            " sellers)."
        ) % {"number": number}
    return [text], [_order_source(order), _process_source()], [_order_link(order)]


# Product questions: only what the offer's own attributes say.

# The offer page's labels (orders/attributes.py): one wording for both.
ATTRIBUTE_LABELS = ATTRIBUTE_LABEL_TEXTS

# Word starts (ASCII, lower case) by which buyers name an attribute in the five languages.
ATTRIBUTE_WORDS: dict[str, tuple[str, ...]] = {
    "size": ("size", "rozmiar", "velikost", "velkost", "meret"),
    "material": ("material", "materia", "sklad", "anyag", "latk", "tkanin", "fabric"),
    "color": ("color", "colour", "kolor", "barv", "farb", "szin"),
    "dimensions": ("dimension", "wymiar", "rozmer", "meretei", "meretek"),
    "weight": ("weight", "weigh", "waga", "wagi", "waz", "hmotnost", "vaha", "suly"),
    "brand": ("brand", "marka", "marki", "znack", "gyart"),
    "model": ("model",),
    "length": ("length", "long", "dlugos", "delk", "dlzk", "hossz"),
    "width": ("width", "wide", "szerokos", "sirk", "szeles"),
    "height": ("height", "tall", "wysokos", "vysk", "magas"),
    "capacity": ("capacity", "pojemnos", "objem", "kapacit", "urtartalom"),
    "condition": ("condition", "stan", "stav", "allapot"),
    "warranty": ("warranty", "guarantee", "gwaranc", "zaruk", "garanc", "jotall"),
}
ATTRIBUTE_WORDS["colour"] = ATTRIBUTE_WORDS["color"]
_WORD = re.compile(r"[a-z0-9]+")


def _normalise(text: str) -> list[str]:
    return _WORD.findall(anyascii(text).lower())


def _attributes_asked(text: str, attributes: dict) -> tuple[list[str], bool]:
    """The offer's attribute keys the question names; and whether it names any it lacks."""
    words = _normalise(text)

    def named(stems) -> bool:
        return any(word.startswith(stem) for word in words for stem in stems)

    found = []
    keys = {_normalise(key)[0] if _normalise(key) else key: key for key in attributes}
    for canonical, key in keys.items():
        stems = (*ATTRIBUTE_WORDS.get(canonical, ()), canonical)
        if named(stems):
            found.append(key)
    missing = any(
        canonical not in keys and named(stems) for canonical, stems in ATTRIBUTE_WORDS.items()
    )
    return found, missing


def _product_question(context: Context, text: str) -> Parts:
    offer = context.offer
    if offer is None or not isinstance(offer.attributes, dict) or not offer.attributes:
        return None
    found, missing = _attributes_asked(text, offer.attributes)
    if not found or missing:
        return None  # the offer does not hold the answer (or only part of it)
    lines = [_("According to the offer “%(title)s”:") % {"title": offer.title}]
    for key in found:
        value = attribute_value_text(key, offer.attributes[key])
        label = ATTRIBUTE_LABELS.get(key.lower()) or attribute_label(key)
        lines.append(f"– {label}: {value}")
    link = Link(_("Open the offer"), reverse("orders:offer_detail", args=[offer.pk]))
    return ["\n".join(lines)], [Source("offer", _("the offer"), offer.updated_at)], [link]


COMPOSERS: dict[str, Callable[[Context, str], Parts]] = {
    "delivery_status": _naming_the_pickup_point(_delivery_status),
    "delivery_eta": _naming_the_pickup_point(_delivery_eta),
    "delivery_options": _delivery_options,
    "payment_status": _payment_status,
    "payment_retry": _payment_retry,
    "invoice": _invoice,
    "invoice_data_change": _invoice_data_change,
    "return": _return,
    "complaint": _complaint,
    "cancellation": _cancellation,
    "product_question": _product_question,
}
