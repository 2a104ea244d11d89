"""Held-out set 24, written by helper session h24 (the twenty-fourth independent author)
on 2026-12-07 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: numbers, codes and identifiers, and the people who live in them. Marketplace
messages full of digits: order numbers, parcel tracking numbers (InPost, DPD, DHL, GLS,
Packeta/Zásilkovna, Magyar Posta, Royal Mail formats), parcel-locker pickup codes, model
and part numbers, serial numbers, IMEI, VIN, EAN barcodes, sizes, dates and times, prices
in zł, Kč, €, Ft and £, quantities, discount codes, invoices with NIP, IČO, DIČ and
adószám numbers, postcodes, flat numbers, versions and spec strings. The offences hide in
the same shapes: phone numbers in every format (international, split over lines, letters
for digits, spelled out in words), IBANs and account numbers, card numbers and CVV
requests, BLIK and SMS codes, parcel-locker codes asked for by a scammer, crypto wallet
addresses, fake payment references, links with numbers (short links, bare IPs, shop item
paths), prohibited items with doses, calibres, volumes and strengths, profanity mixed
with digits (leetspeak) and insults about a wrong size or a late parcel. The ordinary
messages (hard negatives) are full of the same innocent numbers: courier hotlines quoted
from a tracking page, order references, company VAT numbers on invoices, references for
the site's own checkout, locker codes nobody is asked for, PINs mentioned only in passing,
measurements, catalogue numbers, pickup times and prices in haggling. Each language
written natively, about a third typed without diacritics, one-line chat to long letters.
Written by hand, not from templates.

BLOCK entries are either a text (single category = the dict key) or a tuple
(text, [further categories]); the dict key is always the main category, listed first.
"""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec = importlib.util.spec_from_file_location(
        "heldout_sets", os.path.join(HERE, os.pardir, "heldout_sets.py")
    )
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    shared.build(HERE, "heldout24")


if __name__ == "__main__":
    main()
