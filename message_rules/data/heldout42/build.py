"""Held-out set 42: cars, motorbikes and car parts, tools and building materials, tickets
and events, services and tutoring, and second-hand clothes and shoes.

Author: helper session h42, 2026-12-08.

Angle: used cars and motorbikes (VIN numbers, registration plates, service books,
odometer readings, MOT / STK / műszaki vizsga / przegląd dates, tyres with DOT codes,
catalytic converters, DPF filters, OEM part numbers, invoices); power tools, timber,
cement, scaffolding and other building materials (serial and batch numbers, pallets,
delivery notes); concert, football and festival tickets (barcodes, seat and block
numbers, order numbers, official resale and transfer of named tickets); services
(lessons and tutoring, translation, moving, cleaning, IT help; quotes, bookings and
invoices); second-hand clothes and shoes (sizes, brands, measurements, Vinted-like
talk about authenticity and parcels). The offences take these shapes: odometer
rollback, catalytic converters cut from parked cars, stolen parts and tools with
ground-off serials, cloned plates, DPF and AdBlue deletes, forged MOT / STK papers and
service books, fake and duplicated tickets, counterfeit sneakers and bags sold as
genuine, essays and exams written for money, unregistered guns, drugs; contact moved
off the marketplace (numbers with separators, spaced digits, words, national and
international formats, WhatsApp, Telegram, Signal, Viber, e-mails written with "at"
and "dot" or the local words, other portals); external links (shorteners, bare,
spaced and "dot" domains, cloud drives and forms); scams (advance fees, fake couriers,
fake buyer-protection and payment pages, overpayment, ticket deposits, car deposits
from abroad, moving and cleaning deposits to private accounts); credential requests
(bank logins, SMS and BLIK codes, card numbers with CVC, PIN, ID photos, marketplace
and e-mail passwords, ticket-app logins); profanity (insults, vulgar words, threats of
violence; spaced and asterisked spellings, missing diacritics). A threat of a bad
review or a complaint is not profanity.

Writers: private car sellers and buyers, mechanics and tyre shops, dismantlers,
bikers, builders and DIY people, tool hire shops, fans reselling tickets, parents
booking tutors, students, translators, removal men, cleaners, IT helpers, people
clearing wardrobes, resellers and small shops writing formal English customer mail
with signatures and order details; from two-word chat lines to letters of several
sentences.

ALLOW is the hard half. Each language holds 299 to 305 hand-written lines followed by
180 lines from twelve small templates at the end of its messages file (item x city,
order numbers, prices); the 420 taken per language are thus all the hand-written lines
and the first 115 to 121 template lines. It covers long strings that are not phones
(VINs, plates, OEM and part numbers, DOT codes, serial and batch numbers, ticket
barcodes, order, booking, invoice, tracking and case numbers, tax numbers said to be
"not a phone"), prices, sizes, dates and pickup addresses, calls that are not off-
platform (through the site's call button, the dealer's or the organiser's hotline),
payment and courier talk through the marketplace, the marketplace's own Buy, Call and
return buttons, official ticket resale inside the organiser's app, warnings ("never give
anyone your BLIK code"), refusals ("I won't pay outside the site", "I don't have
WhatsApp"), reports of scams with the scam text quoted and turned down, complaints
quoting an insult received, threats of a bad review or a complaint to the police or
consumer protection, and questions whether something may be sold answered no (converters
without papers, odometer correction, DPF delete, replica sneakers). The lines were
written independently of the rules they test, with local places, portals and
institutions in each language (Polish: CEPiK and Historia Pojazdu, Otomoto, Allegro and
OLX, Eventim and eBilet, InPost; Czech: Cebia, STK, Sauto, Bazoš and Sbazar,
Ticketportal and GoOut, ČOI, Zásilkovna; Slovak: STK and emisná kontrola, dopravný
inšpektorát, Autobazar.eu, Bazoš and Modrý koník, Packeta, SOI; Hungarian: műszaki
vizsga, JSZP, kormányablak, Használtautó, Jófogás and Vatera, Foxpost, Ügyfélkapu;
English: MOT, V5C and DVLA, HPI, AutoTrader, Depop, eBay and Gumtree, Ticketmaster,
Evri, Trading Standards, and formal customer mail with signatures, order and invoice
numbers). The Polish, Czech, Slovak and Hungarian files follow one shared outline of
scenarios, each rewritten in the language with local places and names, so those four are
parallel in part rather than wholly independent; the English file shares part of the
outline and adds its own lines.

About a quarter of the Polish, Czech, Slovak and Hungarian hand-written lines and block
texts lack diacritics (phone typing; counted on the message files: 22-29% of the
hand-written lines, 26-31% of the block texts): some were written so, and a small `_plain` step
in each messages file strips them from every fifth hand-written line and every sixth
block text as well (NFD, combining marks dropped, Polish l-stroke mapped by hand);
English phone typing is lower-case instead.
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
    shared.build(HERE, "heldout42")


if __name__ == "__main__":
    main()
