"""Held-out set 41: home appliances and their repair, plants, seeds and garden produce,
crafts and handmade goods, musical instruments, and real estate, rentals and holiday
flats.

Author: helper session h41, 2026-12-07.

Angle: washing machines, fridges, dishwashers, boilers and heat pumps (serial, PNC,
model and part numbers, rating plates, warranty cards, service and RMA case numbers,
F-gas paperwork, EAN barcodes); seedlings, fruit trees with plant passports, honey,
eggs, firewood with forestry paperwork, dried mushrooms, bulbs, hay; knitting,
ceramics, jewellery-making supplies (findings, seed beads, yarn dye lots), custom
orders and shop invoices with tax numbers; guitars, violins with luthier's certificates
and labels, pianos and grands with factory numbers, amplifiers, saxophones, pedals;
flats, rooms, holiday cottages, building plots (deposits, viewings, keys, inventories
and meter readings, tenancy contracts, land registry and title numbers, parcel
numbers). The offences take these shapes: R22 refrigerant sold without papers, stolen
appliances and instruments, counterfeit guitars and forged warranty cards, adulterated
honey with forged certificates, cannabis seedlings, high-morphine poppy seed, magic
mushrooms in honey jars, prescription pills in seed packets, protected orchids dug
from the wild, firewood felled illegally in state forests, poaching in national parks,
ivory and coral for jewellery, banned pesticides, rigged gas meters, copied flat keys,
converted air rifles and blank-firers; contact moved off the marketplace (phone
numbers with separators, spaced digits, words, national and +44 / +49 / +43 / +1 /
+36 / +420 / +421 / +48 formats and 00 prefixes, WhatsApp, Telegram, Signal, Viber,
Messenger, e-mails written with "at" and "dot" or the local words, a number hidden in
a photo, other marketplaces: OLX, Allegro, Bazoš, Sbazar, Aukro, Modrý koník,
Jófogás, Vatera, Gumtree, eBay, Craigslist, Etsy, Vinted, Facebook Marketplace);
external links (shorteners, bare and spaced domains, "dot" domains, Google Drive and
Forms, Maps, Dropbox, WeTransfer, YouTube, Vimeo, Shopify shops); scams (rental
deposits for flats the writer does not own, "I am abroad, keys by courier", viewing
fees, holiday-cottage deposits to a private account, fake couriers and customs,
overpayment and cheques, "payment blocked, click", test payments, gift-card duty,
crypto and farmland funds, prizes, inheritance, extended-warranty fees); credential
requests (bank logins, SMS and BLIK codes, card number with CVC, PIN, ID and card
photos, national ID numbers before a viewing, marketplace and e-mail passwords);
profanity (insults, vulgar words, threats of violence or arson; spaced and asterisked
spellings, missing diacritics). A threat of a bad review or a complaint is not
profanity.

Writers: appliance repairers and resellers, landlords and tenants, holiday-let hosts,
beekeepers, gardeners and smallholders, grandmothers selling eggs, potters, knitters
and jewellery makers, luthiers, musicians and parents of music pupils, students,
expats, formal resellers and shop owners; from two-word chat lines to letters of
several sentences and English customer mail with signatures and order details.

ALLOW is the hard half. Each language holds about 320 hand-written lines followed by
120 lines from eight small templates at the end of its messages file (item x city,
order numbers, prices); the 420 taken per language are thus all the hand-written lines
and the first hundred or so template lines. It covers long digit strings that are not
phones (serial, PNC, part, EAN, RMA, complaint, order, tracking, job, title and parcel
numbers, tax and company numbers said to be "not a phone"), prices, dimensions,
weights, dates, opening hours and pickup addresses, calls that are not off-platform
("I'll ring the manufacturer's service", "called through the Call button"), payment
and courier talk through the marketplace (buyer protection, paying in the app on
collection, parcel lockers, cash on delivery, payouts and refunds), links to the
marketplace itself, warnings ("never give anyone your BLIK code"), refusals ("I won't
pay outside the site", "I don't have WhatsApp"), reports of scams with the scam text
quoted and turned down, complaints quoting an insult received, threats of a bad review
or a consumer-protection complaint, and questions whether something may be sold
answered no (R22 in a cylinder, wild orchids, cannabis, magic mushrooms, converted
air rifles, gas meters, copied keys). Each language was written with local places,
portals and institutions (Polish: księga wieczysta numbers, Czyste Powietrze, Allegro
and OLX, Zakopane luthiers; Czech: list vlastnictví and katastr, Nová zelená
úsporám, Petrof and Luby, Bazoš and Sbazar; Slovak: LV and kataster, Tatry and
Liptov cottages, Bardejov luthier, Modrý koník; Hungarian: helyrajzi szám and
tulajdoni lap, Balaton cottages, Jófogás and Vatera, Ügyfélkapu; English: UK tenancy
terms (AST, DPS, inventory, title number), Gas Safe, Trading Standards, expats renting
in Prague and Budapest). The Polish, Czech, Slovak and Hungarian files follow one
shared outline of scenarios, each rewritten in the language with local places and
names, so the five languages are parallel in part rather than wholly independent.

About a quarter of the Polish, Czech, Slovak and Hungarian hand-written lines and block
texts lack diacritics (phone typing; counted on the built files: 20-26% of the
hand-written lines, 18-25% of the block texts): some were written so, and a small
`_plain` step in each messages file strips them from every fifth hand-written line and
every sixth block text as well (NFD, combining marks dropped, Polish l-stroke mapped
by hand); English phone typing is lower-case instead.
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
    shared.build(HERE, "heldout41")


if __name__ == "__main__":
    main()
