"""Held-out set 38: tickets, travel and experiences; gift cards and vouchers; small services
sold on the marketplace; small business sellers dealing with company buyers.

Author: helper session h38, 2026-12-07.

Angle: concert, match and theatre tickets, travel packages, holiday flats and
camper rentals, experience vouchers (spa, balloon flights, escape rooms),
gift cards, and services sold as offers on the marketplace: repairs,
tutoring, moving help, photography, cleaning, driving lessons. A large
share is business-to-business: small sellers and company buyers talking
about invoices, VAT ids, company registration numbers, purchase orders,
delivery terms (Incoterms, pallets, lead times) and payment through the
marketplace. The offences take these shapes: resold tickets with copied QR
codes, counterfeit or home-printed vouchers, forged certificates and
invoices, "pay the deposit to my account and cancel the booking", "scratch
the gift card and send me the code", supplier fraud ("our bank account has
changed"), fake purchase orders behind a link, a tutor asking for a child's
school-portal login, phishing dressed as the marketplace, and insults and
threats of harm in disputes over a bad repair or a spoiled photo shoot. A
threat of a bad review or a complaint is not profanity.

Writers: elderly people, busy small-business owners writing formally,
people typing on a phone without diacritics, people writing in a second
language, and voice-dictated text (no punctuation, numbers as words).

ALLOW is the hard half and was written by hand for at least two thirds of
each language (the rest come from small templates at the end of each
messages file, a third of them stripped of diacritics): legitimate talk of
payments and bank transfers through the marketplace, invoices and VAT,
company names with VAT ids and registration numbers (which are not phone
numbers), order and booking numbers, dates, times and prices, e-tickets
delivered in the app, voucher codes shown in the app, meeting places for a
service, public pickup points, the marketplace's own links, and warnings,
refusals and reports of scams, including quoted scam messages that are
turned down. Each language was written on its own, with its own scenarios
(Polish: concerts, Zakopane stays, school tutoring, office buyers; Czech:
spa stays, river trips, chimney sweeps, babysitters, data boxes and reverse
charge; Slovak: ski passes, Tatras cottages, tattoo and carpentry,
bookkeepers and translators; Hungarian: festivals, Balaton and Tokaj,
riding camps, palinka distilling, wedding MCs; English: expats and
tourists in Krakow, yurts, man-and-van, dog walking, UK trade buyers).
About a third of the Polish, Czech, Slovak and Hungarian texts lack
diacritics: some were written so, and the messages files keep every third
short hand-written ordinary message and four entries per block category
without them (phone typing); English phone typing is lower-case instead.
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
    shared.build(HERE, "heldout38")


if __name__ == "__main__":
    main()
