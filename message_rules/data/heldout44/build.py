"""Held-out set 44: children's and baby goods, toys and LEGO, board and trading card
games, sports and fitness equipment, photography and drones, and fishing, camping and
outdoor gear.

Author: helper session h44, 2026-12-08.

Angle: prams and pushchairs, car seats (ISOFIX bases, i-Size, manufacture and expiry
dates, accident history, recall batches), cots, breast pumps, formula and baby food
(sealed tins, best-before dates), school bags and uniforms; LEGO sets by set number,
minifigures by code, sealed boxes, completeness against an inventory; board games and
trading cards with grading slabs and certificate numbers; treadmills, gym sets and old
gym machines, skis and ski boots (mondopoint, bindings), football boots, club shirts and
kits ordered through a club, tennis rackets and golf clubs; cameras and lenses with serial
numbers and shutter counts, flashes, tripods, action cameras and drones with operator
registration numbers; fishing rods, reels, hooks and lures, tents, sleeping bags, stoves,
kitchen and pocket knives, and questions about air rifles and crossbows. The offences take
these shapes: crash-damaged or recalled car seats, prams and helmets sold as new, formula
past its date or relabelled, counterfeit club shirts, LEGO, breast pumps and golf clubs,
fake grading slabs, stolen bikes (frame numbers ground off), cameras and rental skis,
drones with the geofencing removed, SARMs, steroids and EPO at a gym or for junior riders,
crossbows, knives and flick knives to minors, air rifles above the legal power without a
licence, snares and electric fishing; contact moved off the marketplace (phone numbers
with separators, spaced digits, words, letter O for zero, national and international
formats; WhatsApp, Telegram, Signal, Viber, Messenger, Instagram, Discord; e-mails written
with "at" and "dot" or the local words; other portals by name); external links
(shorteners, bare, spaced and "dot" domains, cloud drives, forms, YouTube and transfer
links, app downloads, a QR code described, Telegram channels); scams (fake buyer
protection and courier links, deposits to private accounts, overpayment and refund of the
difference, customs and insurance fees, prize draws, cheques, fake support staff,
payout and verification fees, a sick child, fuel money); credential requests (bank
logins, SMS, BLIK and banking-app codes, card number with CVC, PIN, ID and card photos,
selfies with ID, marketplace, Vinted, Discord and e-mail logins, e-government logins
offered for drone registration, national ID numbers, remote desktop access, parcel locker
codes); profanity (insults, vulgar words, threats of violence; spaced, asterisked and
diacritic-free spellings). A threat of a bad review or a complaint is not profanity.

Writers: parents and grandparents (also writing for a spouse without an account), coaches,
club secretaries and committees, gym owners, LEGO, card and Hot Wheels collectors,
wedding and newborn photographers, drone owners, anglers, campers, skiers, and small shops
writing customer mail with signatures, quoted replies, order, invoice, return and RMA
numbers; from two-word chat lines to letters of several sentences.

ALLOW is the hard half. Each language holds 303 to 308 hand-written lines followed by
170 lines from ten small templates at the end of its messages file (item x city, order
numbers, prices); the 420 taken per language are thus all the hand-written lines and the
first 112 to 117 template lines (27-28% of the ordinary lines). It covers long numbers
that are not phones (LEGO set and minifigure numbers, serial and frame numbers, shutter
counts, grading certificate numbers, drone operator IDs, order, invoice, RMA, listing and
tracking numbers, parcel locker codes, an IBAN entered in the site's refund form, each
said to be what it is), prices, sizes, dimensions, dates and pickup details, calls and
video calls through the site's own button, payment and couriers through the marketplace,
warnings ("never give anyone your SMS code", "nobody from the site asks for AnyDesk"),
refusals ("I won't pay outside the site", "I don't use WhatsApp", "I won't give my
number"), reports of scams with the scam text quoted and refused, complaints quoting an
insult or a threat received, threats of a bad review or a complaint to the police or
consumer protection, questions whether something may be sold answered no (air rifles,
crossbows, opened formula, expired jars, gas canisters in the post, named match tickets,
SARMs at a gym), and legal goods with dangerous-sounding words (chef's and pocket knives
sold to adults only, hatchets, hooks, a "killer" price, a photo "shoot", a hair dryer's
"blow", a massage "gun", shot glasses, "drug-free" protein, a car seat that was in a bump
and is therefore not sold). The lines were written independently of the rules they test,
with local places, portals and institutions in each language (Polish: OLX, Allegro,
InPost, UOKiK, ULC; Czech: Bazoš, Sbazar, Zásilkovna, Z-BOX, PPL, ČOI, ÚCL; Slovak:
Bazoš, Modrý koník, Packeta, SOI, Dopravný úrad; Hungarian: Jófogás, Vatera, Foxpost, GLS,
MPL, Ügyfélkapu, fogyasztóvédelem; English: eBay, Gumtree, Evri, Royal Mail, DPD,
Trading Standards, CAA, BikeRegister). The Polish, Czech, Slovak and Hungarian files
follow one shared outline of scenarios, each rewritten in the language with local
places, names, currencies and phone formats, so those four are parallel in part rather
than wholly independent; each ends with twenty lines of its own (trains, ski resorts,
rivers, local shops). The English file shares part of the outline and adds its own lines,
among them longer customer letters. No real domain names appear in the ordinary lines;
no text repeats one from an earlier held-out set.

About a quarter of the Polish, Czech, Slovak and Hungarian hand-written lines and a
fifth to a third of the block texts lack diacritics (phone typing; counted on the message
files: 24-32% of the hand-written lines, 18-31% of the block texts): some were written
so, and a small `_plain` step in each messages file strips them from every fifth
hand-written line and every sixth block text as well (NFD, combining marks dropped,
Polish l-stroke mapped by hand); English phone typing is lower-case instead."""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec = importlib.util.spec_from_file_location(
        "heldout_sets", os.path.join(HERE, os.pardir, "heldout_sets.py")
    )
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    shared.build(HERE, "heldout44")


if __name__ == "__main__":
    main()
