"""Held-out set 43: electronics and phones, furniture and home, food and homemade
products, cosmetics and health, and collectibles and antiques.

Author: helper session h43, 2026-12-08.

Angle: used and refurbished smartphones, laptops and chargers (IMEI and serial numbers,
iCloud and Google / FRP locks, SIM locks, battery health, repair invoices, warranties);
sofas, wardrobes, flat-pack furniture and kitchens (dimensions, delivery floors and
lifts, assembly prices, haulier job numbers); homemade jams, cheese, cakes, honey,
bread and supplements (ingredients, allergens, jars in the post); perfume decants and
testers with batch codes, contact lenses, blood pressure and glucose meters, inhalers;
stamps, coins with grading certificates, porcelain, militaria, clocks and paintings with
provenance. The offences take these shapes: locked or stolen phones with changed IMEIs,
goods carried out of a workplace, furniture taken from a tenant, home-distilled spirits,
prescription drugs and Ozempic without prescription, steroids, banned slimming pills,
mushrooms and cannabis honey, blank prescriptions, counterfeit perfume and chargers,
relabelled lenses and test strips, night-dug coins from protected sites, forged
certificates for paintings, ivory without papers, live weapons sold as deactivated,
stolen stamp collections; contact moved off the marketplace (numbers with separators,
spaced digits, letter O for zero, words, national and international formats, WhatsApp,
Telegram, Signal, Viber, Messenger, Instagram, e-mails written with "at" and "dot" or the
local words, other portals); external links (shorteners, bare, spaced and "dot"
domains, cloud drives, forms, wa.me, app downloads); scams (fake buyer protection and
courier links, deposits to private accounts, overpayment, customs and insurance fees,
prize draws, cheques, authenticity-certificate fees, fake support staff, payout fees);
credential requests (Apple ID and iCloud, Google accounts, bank logins, SMS and BLIK
codes, card numbers with CVC, PIN, ID and insurance card photos, marketplace, e-mail and
e-government logins, remote desktop access, parcel locker codes); profanity (insults,
vulgar words, threats of violence; spaced and asterisked spellings, missing
diacritics). A threat of a bad review or a complaint is not profanity.

Writers: private sellers and buyers of phones and laptops, refurbishers and small phone
shops, people clearing flats, furniture fitters and hauliers, home bakers, cheesemakers
and beekeepers, perfume decanters, people selling spare medical devices, stamp and coin
collectors, antique dealers, and small shops writing formal customer mail with
signatures, order, case and invoice numbers; from two-word chat lines to letters of
several sentences.

ALLOW is the hard half. Each language holds 280 to 305 hand-written lines followed by
272 lines from sixteen small templates at the end of its messages file (item x city,
order numbers, prices); the 420 taken per language are thus all the hand-written lines
and the first 115 to 140 template lines. It covers long strings that are not phones
(IMEIs, serial, order, invoice, RMA, case, job, tracking and certificate numbers, batch
codes, tax and company numbers said to be "not a phone"), prices, sizes, dimensions,
dates and pickup details, calls that are not off-platform (the site's call button),
payment and courier talk through the marketplace, warnings ("never give anyone your SMS
code"), refusals ("I won't pay outside the site", "I don't have WhatsApp"), reports of
scams with the scam text quoted and turned down, complaints quoting an insult received,
threats of a bad review or a complaint to the police or consumer protection, and
questions whether something may be sold answered no (home-distilled spirits,
prescription drugs, IMEI changes, detecting finds). The lines were written independently
of the rules they test, with local places, portals and institutions in each language
(Polish: OLX, Allegro, InPost, UOKiK; Czech: Bazoš, Sbazar, Zásilkovna, ČOI; Slovak:
Bazoš, Modrý koník, Packeta, SOI; Hungarian: Jófogás, Vatera, Foxpost, Ügyfélkapu,
fogyasztóvédelem; English: eBay, Gumtree, Evri, Royal Mail, Trading Standards, Action
Fraud). The Polish, Czech, Slovak and Hungarian files follow one shared outline of
scenarios, each rewritten in the language with local places and names, so those four are
parallel in part rather than wholly independent; the English file shares part of the
outline and adds its own lines, among them longer customer letters. No real domain names
appear in the ordinary lines.

About a quarter of the Polish, Czech, Slovak and Hungarian hand-written lines and block
texts lack diacritics (phone typing; counted on the message files: 24-28% of the
hand-written lines, 23-27% of the block texts): some were written so, and a small
`_plain` step in each messages file strips them from every fifth hand-written line and
every sixth block text as well (NFD, combining marks dropped, Polish l-stroke mapped by
hand); English phone typing is lower-case instead."""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec = importlib.util.spec_from_file_location(
        "heldout_sets", os.path.join(HERE, os.pardir, "heldout_sets.py")
    )
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    shared.build(HERE, "heldout43")


if __name__ == "__main__":
    main()
