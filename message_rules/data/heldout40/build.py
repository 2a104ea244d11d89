"""Held-out set 40: pets and animal supplies, baby and children's goods, books, vinyl,
films and comics, video games, consoles, game keys and in-game items, bicycles and
sports gear.

Author: helper session h40, 2026-12-07.

Angle: puppies and kittens from breeders (pedigrees from the kennel clubs of each
country, microchip numbers, pet passports, vaccinations, hip scores), cage birds,
reptiles and aquariums (shrimp, tetras, filters), horses and tack (saddles, rugs,
bridles, UELN passport numbers); prams, car seats (serial numbers, R129, accident
history), formula, cots and toys (genuine Lego vs knock-offs); books with ISBNs,
vinyl with matrix and catalogue numbers, comics, DVDs and VHS; consoles, games,
controllers, game keys bundled with hardware, gift cards, and accounts that may not be
sold; bicycles (frame numbers, stolen-bike registers, service history), skis,
snowboards, hockey gear and gym kit. The offences take these shapes: protected or
wild-caught animals without papers, puppy-mill pups without chip, wild songbirds,
horses without passports, stolen bikes with ground-off frame numbers, pirated or
stolen-card game keys, hacked accounts, modded consoles loaded with pirate games,
counterfeit toys, airsoft or blank guns converted to live fire, knives, drugs slipped
into parcels of books or puzzles, stolen formula; contact moved off the marketplace
(phone numbers with separators, spaced digits, words, a letter O for a zero, a
full-width digit in one Slovak line, national and +44 / +49 / +1 formats, WhatsApp,
Telegram, Signal, Discord, Instagram, Messenger, e-mails written with "at" and "dot",
other marketplaces); external links (shorteners, bare domains, spaced and "dot"
domains, Google Drive and Forms, Facebook groups); scams (breeder deposits by Western
Union, pet-transport and airport-certificate fees, overpayment, fake couriers and
customs, "payment blocked, click", collect-your-money links, crypto, prizes, skin
trades "you send first"); credential requests (bank logins, SMS and BLIK codes, card
number with CVC, PIN, ID and card photos, Steam/PSN/Epic/Ubisoft passwords, Steam Guard
and 2FA codes, bank account numbers); profanity (insults, vulgar words, threats of
violence or arson; spaced and asterisked spellings, missing diacritics). A threat of a
bad review or a complaint is not profanity.

Writers: breeders and pet owners, parents and grandparents, gamers with slang, record
and comic collectors, riders, cyclists, teenagers typing fast without diacritics,
elderly sellers, formal resellers; from two-word chat lines to letters of several
sentences, a few emoticons.

ALLOW is the hard half. Each language holds about 305 hand-written lines followed by
120 lines from eight small templates at the end of its messages file (item x city,
order numbers, prices), so the 420 taken per language hold at least 71% hand-written
lines. It covers legitimate talk with numbers that are not contact details (chip,
pedigree, UELN, passport, ISBN, matrix, catalogue, serial, frame, order, tracking and
complaint numbers, barcodes, prices, weights, dates), calls that are not off-platform
("I'll call the vet / the courier"), payment and courier talk through the marketplace
(buyer protection, parcel lockers, cash on delivery, courier tracking links),
"my account on the site", discount codes, a game key bundled with hardware and
delivered through the order, links to the marketplace itself, warnings, refusals and
reports of scams (quoted scam messages turned down), complaints quoting an insult
received, threats of a bad review or a consumer-protection complaint, and questions
whether something may be sold answered no (wild hedgehogs, pond turtles, multicarts,
game accounts, converted airsoft). Each language was written with its own scenarios
(Polish: ZKwP pedigrees, Podhale sheepdogs, Kajko i Kokosz, Niemen and Polskie
Nagrania, Kross bikes, Białka; Czech: CMKU, Czech fousek and Chodsky dog, Kladruby
horses, Merkur kits, Ctyrlistek, Kryl and Supraphon, Author and Festka bikes, HC
Kometa; Slovak: SKJ, Slovak cuvac and kopov, Topolcianky huculs, Elan and Opus,
Kellys bikes, Jasna, HC Slovan; Hungarian: MEOE, vizsla, mudi and komondor,
Szilvasvarad Lipizzaners, Rubik cubes, Kockas and Fules, Omega and Hungaroton, Csepel
bikes, Fradi; English: expats and visitors in Krakow, Prague, Budapest and Bratislava,
UK terms like quid and sort code, 2000 AD and Beano, Harvest pressings). About a third
of the Polish, Czech, Slovak and Hungarian hand-written lines and block texts lack
diacritics (phone typing): about a sixth were written so, and a small `_plain` step in
each messages file strips them from every fifth hand-written line and every sixth block
text as well (NFD, combining marks dropped, Polish l-stroke mapped by hand); English
phone typing is lower-case instead. The Polish, Czech, Slovak and
Hungarian files follow one shared outline of scenarios, each rewritten in the
language with local places and names, so the five languages are parallel in part
rather than wholly independent.
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
    shared.build(HERE, "heldout40")


if __name__ == "__main__":
    main()
