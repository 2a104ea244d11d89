"""Held-out set 45: digital goods and vouchers, and farm and agriculture.

Author: helper session h45, 2026-12-08.

Angle: (a) digital goods and vouchers: shop gift cards, spa, restaurant and experience
vouchers, software licence keys (boxed, sticker and antivirus licences, key formats
described), streaming and app subscriptions and prepaid cards, e-books and online
courses, game currency and top-up cards, DLC codes, loyalty points, transferable concert,
festival, match, rail and theme-park tickets; (b) farm and agriculture: tractors,
combines, balers, ploughs and sprayers (VINs, engine serials, hours, test certificates,
parts and certificates of destruction), cattle, sheep, goats, pigs, poultry and geese
(passports, ear tags, holding numbers, vaccinations), hay, straw, haylage and grain,
seeds and seedlings (seed lot numbers), fertilisers and plant-protection products,
farm fuel and tanks, beekeeping equipment, nucs and queens, honey, firewood, land to
rent and subsidy portals. The offences take these shapes: gift cards bought with
stolen cards, codes already redeemed, self-printed fake vouchers, cracked licence keys,
leaked or shared streaming logins sold as subscriptions, courses ripped from their
platforms, DRM-stripped e-book libraries, game gold bought with stolen cards, tickets
from hacked accounts, points from hijacked loyalty accounts; untaxed and red diesel,
fuel siphoned from company machines, banned or smuggled pesticides decanted into
unlabelled bottles, unregistered ammonium nitrate, tractors with ground-off chassis
numbers, GPS receivers taken off a neighbour's combine, calves without ear tags or
passports, hens moved out of a bird-flu farm, meat from yard slaughter, poached deer;
contact moved off the marketplace (numbers with separators, spaced digits, words,
letter O for zero, national and international formats, WhatsApp, Telegram, Signal,
Viber, Messenger, Instagram, Discord, e-mails written with "at" and "dot" or the local
words, other portals by name); external links (shorteners, bare, spaced and "dot"
domains, cloud drives, forms, paste sites, Telegram links, app downloads, a QR code
described); scams (fake buyer protection and courier links, deposits to private
accounts, livestock transport insurance, overpayment, customs and import fees,
activation and listing fees, prize draws and survey rewards, cheques, fake support
staff, "verify your card", bank hold deposits, gift-card and paysafecard payment
demands, remote-desktop refunds, passport re-registration fees); credential requests
(bank logins, SMS and app codes, card number with CVC, PIN, ID and card photos,
marketplace, e-mail, Steam and e-government logins, farm subsidy and animal-register
portal logins, remote desktop access, gift-card codes as payment); profanity (insults,
vulgar words, threats of violence and arson; spaced and asterisked spellings, missing
diacritics). A threat of a bad review or a complaint is not profanity.

Writers: farmers and farming families, beekeepers, agricultural dealers and hauliers,
hobby gardeners and small nurseries, gamers and parents buying top-up cards and
vouchers, students, people passing on vouchers and tickets they cannot use, and small
e-shops writing customer mail with signatures, quoted replies, order, invoice,
complaint and tracking numbers; from two-word chat lines to letters of several
sentences (the longest in the English file).

ALLOW is the hard half. Each language holds 283 to 290 hand-written lines followed by
144 lines from twelve small templates at the end of its messages file (item x city,
order numbers, prices); the 420 taken per language are thus all the hand-written lines
and the first 130 to 137 template lines (about a third). It covers codes and long
numbers that are not phones (voucher, order, invoice, complaint, tracking and parcel
numbers, licence key formats described, seed lot numbers, ear-tag and passport numbers,
holding, farm registration, company and tax numbers said to be "not a phone", VINs and
engine serials, part numbers, land parcel and title numbers, an IBAN for a refund made
through the site), prices, dates and pickup details, calls through the site's call
button, payment and couriers through the marketplace, warnings ("never pay with gift
cards", "never give anyone your SMS code"), refusals ("I won't pay outside the site",
"I don't have WhatsApp"), reports of scams with the scam quoted and refused, complaints
quoting an insult received, threats of a bad review or a complaint to the police or
consumer protection, questions whether something may be sold answered no (leftover
pesticide, farm fuel, untagged animals, home-killed meat, course access, streaming
logins), and legal items with alarming words (slug "killer", a Marek's "shot",
prescription veterinary medicine, grease gun and nail gun, kills and bosses in games,
"bomb" price). The lines were written independently of the rules they test, with local
places, portals and institutions in each language (Polish: OLX, Allegro, InPost,
ARiMR, IRZplus, PIORiN; Czech: Bazoš, Sbazar, Zásilkovna, SZIF, ÚKZÚZ, ČOI; Slovak:
Bazoš, Modrý koník, Packeta, PPA, CEHZ, SOI; Hungarian: Jófogás, Vatera, Foxpost, MÁK,
NÉBIH, ENAR, Ügyfélkapu; English: eBay, Gumtree, Evri, Royal Mail, DEFRA bodies (RPA,
APHA, BCMS), Trading Standards, Action Fraud). The Polish, Czech, Slovak and Hungarian
files follow one shared outline of scenarios, each rewritten in the language with local
places, names and currency, so those four are parallel in part rather than wholly
independent; the English file shares most of the outline and adds its own lines, among
them longer customer letters. No real domain names appear in the ordinary lines.

Phone typing: a `_plain` step in each Polish, Czech, Slovak and Hungarian messages file
strips diacritics (NFD, combining marks dropped, Polish l-stroke mapped by hand) from
every fifth hand-written line and every sixth block text, on top of the lines written
without them; in the English file every seventh hand-written line is lower-cased
instead."""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec = importlib.util.spec_from_file_location(
        "heldout_sets", os.path.join(HERE, os.pardir, "heldout_sets.py")
    )
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    shared.build(HERE, "heldout45")


if __name__ == "__main__":
    main()
