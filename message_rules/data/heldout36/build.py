"""Held-out set 36: books, music, toys, games and hobby goods, in unusual voices.

Author: helper session h36, 2026-12-07.

Angle: the goods are books and textbooks, sheet music, instruments and vinyl,
toys, board and video games, children's and school goods, hobby and craft
supplies, sewing and model making. The writers are people whose messages look
unusual for reasons that have nothing to do with an offence: a Hungarian or
Ukrainian writing broken Polish, Czech or Slovak, an expat writing broken
Hungarian, text run through a machine translator (stiff, literal, wrong
cases), code-switching (English words inside Polish, Czech, Slovak or
Hungarian), elderly people's long formal letters, teenagers' chat with slang
and emoji, and dictated messages without punctuation. The offences come in the
same voices: disguised (spaced letters, misspellings, numbers written as words,
foreign words for the thing), polite, indirect ("you know what I mean") and
mixed into ordinary talk; offers and requests alike; the scams of this trade
(fake school-book vouchers, "pay the shipping insurance by link", overpayment
for a piano, a prize draw), credential requests dressed as verification, moves
off the platform with phone numbers written in words or split, handles and
IBANs, links written as "name dot com", insults and threats with creative
spelling. ALLOW is the hard half: ordinary conversation in the same goods and
voices that mentions money, payment through the site, couriers, a phone
(without a number), site accounts, discount codes, ISBNs and order numbers
("#" plus up to 8 digits), cracks in a vinyl, shooting games, toy guns and
water pistols, wine-coloured fabric, "killer" deals, a novel titled "Cocaine
Nights", medicines as book topics, history books about weapons, refusals,
reports of offences and warnings about scams. About a third of the texts lack
diacritics; Slovak is written on its own, and the five languages are not
parallel translations of one outline.
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
    shared.build(HERE, "heldout36")


if __name__ == "__main__":
    main()
