"""Held-out set 39: jewellery, watches, designer handbags, perfume, gold and silver coins
and bullion, and authenticity.

Author: helper session h39, 2026-12-07.

Angle: rings, chains, engagement and wedding rings, amber and silver jewellery,
wristwatches (Rolex, Omega, Seiko, Prim, Tissot and the like, with reference and
serial numbers), designer handbags, perfume (testers, decants, batch codes), gold and
silver bullion coins and bars, and everything around authenticity: hallmarks and
fineness marks (585/750/925, assay offices), certificates (GIA, IGI), "box and papers",
appraisals by a jeweller, resizing and engraving, insured shipping through the
marketplace, meeting at a jeweller's or in a bank branch to check a piece. The offences
take these shapes: replicas "AAA quality" or "1:1" sold as genuine, "papers can be
arranged", stolen watches ("no box, no questions"), ivory, red coral and tortoiseshell
without papers, gold "cash only, no receipt, melt value", crypto and gold-investment
schemes with guaranteed returns, fake authentication services that must be paid first,
insured-courier and customs-fee scams, overpayment by "my agent", requests for ID and
card photos "for the insurance", contact moved to messengers and other shops, and
insults or threats of harm in haggling ("you cheap ..."). A threat of a bad review or a
complaint is not profanity.

Writers: collectors and dealers with jargon (carat, 585/750, refs, full set), gift
buyers who know nothing, resellers writing formally, people typing fast on a phone
without diacritics, elderly sellers of inherited pieces, and some who write with emoji.

ALLOW is the hard half. At least two thirds of each language were written by hand; the
rest come from small templates at the end of each messages file (the hand-written part
comes first, so the 420 taken hold at most a third from templates). It covers
legitimate talk of hallmarks, certificates, serial and reference numbers (which are not
phone numbers), prices in many formats, weights in grams and ounces, insured shipping
through the marketplace, meeting at a jeweller's or a bank to check a piece, inherited
items, the marketplace's own payment, buyer protection and links, and warnings,
refusals and reports of scams, including quoted scam messages that are turned down,
complaints that quote an insult received, and
questions whether something may be sold that are answered no. Each language was written
with its own scenarios (Polish: wedding rings, amber, Mennica bars, the assay office;
Czech: moldavite, Turnov garnets, Prim watches, Jablonec beads, CNB gold coins,
Karlovy Vary; Slovak: Kremnica coins, Detva filigree, pocket watches, Dubnik opal,
communion crosses; Hungarian: silver cutlery, Herend, brooches, pengo and MNB coins,
Budapest and Szeged jewellers; English: expats and tourists in Krakow, vintage Omega
and Seiko, handbags and perfume decants, sovereigns, Britannias and British hallmarks).
The block texts were likewise written per language, each with its own shapes of the
six offences. About a third of the Polish, Czech, Slovak and Hungarian texts lack
diacritics (phone typing): many were written so, and further hand-written lines were
stripped of them in place in the messages files; English phone typing is lower-case
instead. Lengths run from two-word chat replies to letters of several sentences.
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
    shared.build(HERE, "heldout39")


if __name__ == "__main__":
    main()
