"""What each carrier's tracking numbers look like, and where buyers can track a parcel.

Numbers are normalised before they are checked or stored: spaces and dashes removed
(labels print them in groups, e.g. ``1Z 999 AA1 01 2345 6784`` or ``703-010-28751101``),
letters upper-cased. The patterns follow each carrier's real shapes but stay permissive
inside them: no check digits are verified (carriers' own pages accept the numbers sellers
copy from labels, and a wrong check digit is better caught by the carrier than refused
here). Posts use the UPU S10 shape (two letters, nine digits, country code), e.g.
``RR123456789PL``.

The tracking pages are the carriers' public pages, so buyers and Allina can link to them.
"""

import re
from dataclasses import dataclass
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models import Carrier, ShipmentStatus

S10 = r"[A-Z]{2}\d{9}[A-Z]{2}"


@dataclass(frozen=True, slots=True)
class TrackingFormat:
    """One shape of tracking number: a regex (matched in full), a description, an example."""

    pattern: str
    description: Promise | str
    example: str

    def matches(self, number: str) -> re.Match | None:
        # ASCII: `\d` must not accept other scripts' digits.
        return re.fullmatch(self.pattern, number, flags=re.ASCII)


@dataclass(frozen=True, slots=True)
class CarrierInfo:
    carrier: Carrier
    formats: tuple[TrackingFormat, ...]
    # A public tracking page; `{number}` is the normalised, URL-quoted tracking number,
    # other `{names}` come from the named groups of the format that matched.
    tracking_url: str

    @property
    def examples(self) -> list[str]:
        return [f.example for f in self.formats]


def _digits(count: int) -> Promise:
    return format_lazy(_("{count} digits"), count=count)


CARRIERS: dict[str, CarrierInfo] = {
    Carrier.INPOST: CarrierInfo(
        Carrier.INPOST,
        (TrackingFormat(r"\d{24}", _digits(24), "620000000000000000000001"),),
        "https://inpost.pl/sledzenie-przesylek?number={number}",
    ),
    Carrier.DPD: CarrierInfo(
        Carrier.DPD,
        (
            # The international DPD parcel number.
            TrackingFormat(r"\d{14}", _digits(14), "13245678901234"),
            # DPD Polska's waybill: 13 digits and a letter.
            TrackingFormat(r"\d{13}[A-Z]", _("13 digits and a letter"), "1000634872915U"),
        ),
        "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1={number}",
    ),
    Carrier.DHL: CarrierInfo(
        Carrier.DHL,
        (
            # DHL Express waybill (10), DHL Parcel Polska (11), DHL Paket (12 or 20).
            TrackingFormat(r"\d{10}", _("10 digits (Express)"), "1234567890"),
            TrackingFormat(r"\d{11,12}|\d{20}", _("11, 12 or 20 digits (Parcel)"), "12345678901"),
            TrackingFormat(
                r"JJD\d{10,24}", _("JJD and 10 to 24 digits (Parcel)"), "JJD000390007787878"
            ),
        ),
        "https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}&submit=1",
    ),
    Carrier.GLS: CarrierInfo(
        Carrier.GLS,
        (
            TrackingFormat(r"\d{11}", _digits(11), "91123456789"),
            TrackingFormat(
                r"[A-Z0-9]{8}|[A-Z0-9]{12}",
                _("8 or 12 letters and digits (Track ID)"),
                "ZX8KXXJB",
            ),
        ),
        "https://gls-group.eu/EU/en/parcel-tracking?match={number}",
    ),
    Carrier.UPS: CarrierInfo(
        Carrier.UPS,
        (
            TrackingFormat(
                r"1Z[A-Z0-9]{16}", _("1Z and 16 letters and digits"), "1Z999AA10123456784"
            ),
        ),
        "https://www.ups.com/track?tracknum={number}",
    ),
    Carrier.POCZTA_POLSKA: CarrierInfo(
        Carrier.POCZTA_POLSKA,
        (
            TrackingFormat(r"\d{20}", _digits(20), "00659007734210841438"),
            TrackingFormat(
                S10, _("a UPU number: 2 letters, 9 digits, 2 letters"), "RR123456785PL"
            ),
        ),
        "https://emonitoring.poczta-polska.pl/?numer={number}",
    ),
    Carrier.PACKETA: CarrierInfo(
        Carrier.PACKETA,
        (TrackingFormat(r"Z\d{10}", _("Z and 10 digits"), "Z1234567890"),),
        "https://tracking.packeta.com/en/?id={number}",
    ),
    Carrier.FOXPOST: CarrierInfo(
        Carrier.FOXPOST,
        # Foxpost's parcel id, CLFOX and ten digits, is what its tracking page takes.
        (TrackingFormat(r"CLFOX\d{10}", _("CLFOX and 10 digits"), "CLFOX0000000038"),),
        "https://www.foxpost.hu/csomagkovetes/?code={number}",
    ),
    Carrier.PPL: CarrierInfo(
        Carrier.PPL,
        (TrackingFormat(r"\d{11}|\d{13}", _("11 or 13 digits"), "40512378910"),),
        "https://www.ppl.cz/vyhledat-zasilku?shipmentId={number}",
    ),
    Carrier.SPS: CarrierInfo(
        Carrier.SPS,
        (
            # Printed as 703-010-28751101: country 703 (Slovakia), branch, parcel number;
            # some labels add two more digits.
            TrackingFormat(
                r"(?P<land>\d{3})(?P<branch>\d{3})(?P<parcel>\d{8})(?:\d{2})?",
                _("14 or 16 digits (printed as 703-010-28751101)"),
                "70301028751101",
            ),
        ),
        "https://t-t.sps-sro.sk/result.php?cmd=SDG_SEARCH&sprache=SK"
        "&sdg_landnr={land}&sdg_mandnr={branch}&sdg_lfdnr={parcel}",
    ),
    Carrier.MPL: CarrierInfo(
        Carrier.MPL,
        (
            TrackingFormat(
                S10, _("a UPU number: 2 letters, 9 digits, 2 letters"), "RB123456785HU"
            ),
            TrackingFormat(r"\d{13}|\d{16}", _("13 or 16 digits (domestic)"), "1234567890123"),
        ),
        "https://posta.hu/nyomkovetes/nyitooldal?searchvalue={number}",
    ),
}

_SEPARATORS = re.compile(r"[\s\-]+")


def normalize_tracking_number(number: str) -> str:
    """`" 1z 999-aa1 "` → `"1Z999AA1"`: no spaces or dashes, upper case."""
    return _SEPARATORS.sub("", number or "").upper()


def carrier_info(carrier: str) -> CarrierInfo | None:
    return CARRIERS.get(carrier)


def _match(info: CarrierInfo, number: str) -> re.Match | None:
    for tracking_format in info.formats:
        if match := tracking_format.matches(number):
            return match
    return None


def validate_tracking_number(carrier: str, number: str) -> str:
    """The normalised tracking number, or a `ValidationError` that says what it should be."""
    info = carrier_info(carrier)
    if info is None:
        raise ValidationError(_("Choose a carrier from the list."), code="unknown_carrier")
    normalized = normalize_tracking_number(number)
    if not normalized:
        raise ValidationError(_("Enter the tracking number."), code="required")
    if _match(info, normalized) is None:
        expected = "; ".join(
            str(
                format_lazy(
                    _("{description}, e.g. {example}"),
                    description=f.description,
                    example=f.example,
                )
            )
            for f in info.formats
        )
        raise ValidationError(
            _("This is not a %(carrier)s tracking number. %(carrier)s numbers are: %(expected)s."),
            code="invalid_tracking_number",
            params={"carrier": info.carrier.label, "expected": expected},
        )
    return normalized


def tracking_url(carrier: str, number: str) -> str:
    """The carrier's public tracking page for this parcel ("" for an unknown carrier).

    A number that matches none of the carrier's formats (stored before they were checked)
    still gets a link when the carrier's page takes the number as it is.
    """
    info = carrier_info(carrier)
    if info is None or not number:
        return ""
    match = _match(info, number)
    groups = {k: v for k, v in (match.groupdict() if match else {}).items() if v is not None}
    # Every placeholder is URL-quoted: numbers stored long ago might hold anything.
    values = {"number": _quote(number), **{k: _quote(v) for k, v in groups.items()}}
    try:
        return info.tracking_url.format(**values)
    except KeyError:  # the page needs parts of a number that does not have them
        return ""


def _quote(value: str) -> str:
    return quote(value, safe="")


# Status vocabularies: what carriers call their events, mapped to our statuses. Keys are
# compared lower-cased, with spaces and dashes as underscores ("AT_DELIVERY_DEPOT",
# "at delivery depot" and "at-delivery-depot" are the same word). Every carrier also
# understands our own statuses ("in_transit", "delivered", ...) and the common words below.

_S = ShipmentStatus

COMMON_STATUSES: dict[str, ShipmentStatus] = {
    **{status.value: status for status in ShipmentStatus},
    "created": _S.LABEL_CREATED,
    "registered": _S.LABEL_CREATED,
    "pre_transit": _S.LABEL_CREATED,
    "info_received": _S.LABEL_CREATED,
    "picked_up": _S.IN_TRANSIT,
    "collected": _S.IN_TRANSIT,
    "transit": _S.IN_TRANSIT,
    "at_depot": _S.IN_TRANSIT,
    "at_sorting_center": _S.IN_TRANSIT,
    "departed": _S.IN_TRANSIT,
    "arrived": _S.IN_TRANSIT,
    "customs": _S.IN_TRANSIT,
    "with_courier": _S.OUT_FOR_DELIVERY,
    "awaiting_pickup": _S.READY_FOR_PICKUP,
    "available_for_pickup": _S.READY_FOR_PICKUP,
    "returned_to_sender": _S.RETURNED,
    "return_to_sender": _S.RETURNED,
    "failed_attempt": _S.EXCEPTION,
    "delivery_failed": _S.EXCEPTION,
    "undelivered": _S.EXCEPTION,
    "refused": _S.EXCEPTION,
    "damaged": _S.EXCEPTION,
    "lost": _S.EXCEPTION,
}

CARRIER_STATUSES: dict[str, dict[str, ShipmentStatus]] = {
    # InPost ShipX statuses.
    Carrier.INPOST: {
        **dict.fromkeys(("offers_prepared", "offer_selected", "confirmed"), _S.LABEL_CREATED),
        **dict.fromkeys(
            (
                "dispatched_by_sender",
                "dispatched_by_sender_to_pok",
                "collected_from_sender",
                "taken_by_courier",
                "taken_by_courier_from_pok",
                "adopted_at_source_branch",
                "sent_from_source_branch",
                "adopted_at_sorting_center",
                "sent_from_sorting_center",
                "adopted_at_target_branch",
                "redirect_to_box",
            ),
            _S.IN_TRANSIT,
        ),
        "out_for_delivery_to_address": _S.OUT_FOR_DELIVERY,
        **dict.fromkeys(
            (
                "ready_to_pickup",
                "ready_to_pickup_from_pok",
                "ready_to_pickup_from_branch",
                "pickup_reminder_sent",
                "stack_in_box_machine",
                "stack_in_customer_service_point",
            ),
            _S.READY_FOR_PICKUP,
        ),
        **dict.fromkeys(
            (
                "avizo",
                "pickup_time_expired",
                "rejected_by_receiver",
                "undelivered_wrong_address",
                "undelivered_incomplete_address",
                "undelivered_unknown_receiver",
                "undelivered_cod_cash_receiver",
                "claimed",
            ),
            _S.EXCEPTION,
        ),
    },
    # DPD's parcel life cycle.
    Carrier.DPD: {
        "accepted": _S.LABEL_CREATED,
        "at_sending_depot": _S.IN_TRANSIT,
        "on_the_road": _S.IN_TRANSIT,
        "at_delivery_depot": _S.IN_TRANSIT,
        "pickup": _S.READY_FOR_PICKUP,
        "not_delivered": _S.EXCEPTION,
    },
    # DHL Shipment Tracking API status codes.
    Carrier.DHL: {"failure": _S.EXCEPTION},
    # GLS Track & Trace.
    Carrier.GLS: {
        "preadvice": _S.LABEL_CREATED,
        "intransit": _S.IN_TRANSIT,
        "inwarehouse": _S.IN_TRANSIT,
        "indelivery": _S.OUT_FOR_DELIVERY,
        "deliveredps": _S.READY_FOR_PICKUP,  # left at a GLS ParcelShop for the buyer
        "notdelivered": _S.EXCEPTION,
    },
    # UPS activity status types.
    Carrier.UPS: {
        "m": _S.LABEL_CREATED,
        "p": _S.IN_TRANSIT,
        "i": _S.IN_TRANSIT,
        "o": _S.OUT_FOR_DELIVERY,
        "d": _S.DELIVERED,
        "x": _S.EXCEPTION,
        "rs": _S.RETURNED,
    },
    # Packeta's status names and their numeric codes.
    Carrier.PACKETA: {
        **dict.fromkeys(("received_data", "1"), _S.LABEL_CREATED),
        **dict.fromkeys(
            (
                "prepared_for_departure",
                "handed_to_carrier",
                "2",
                "3",
                "4",
                "6",
                "12",
                "14",
            ),
            _S.IN_TRANSIT,
        ),
        "5": _S.READY_FOR_PICKUP,
        "7": _S.DELIVERED,
        **dict.fromkeys(("posted_back", "9", "10"), _S.RETURNED),
        **dict.fromkeys(
            ("cancelled", "delivery_attempt", "rejected_by_recipient", "11", "16", "17"),
            _S.EXCEPTION,
        ),
    },
}

_STATUS_SEPARATORS = re.compile(r"[\s\-]+")


def carrier_status(carrier: str, raw: str) -> ShipmentStatus | None:
    """Our status for a carrier's status word, or None when we do not know the word."""
    key = _STATUS_SEPARATORS.sub("_", raw.strip()).lower()
    return CARRIER_STATUSES.get(carrier, {}).get(key) or COMMON_STATUSES.get(key)
