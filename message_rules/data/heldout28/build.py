"""Held-out set 28: home, garden, DIY and farm.

Author: helper session h28, 2026-12-07.

Angle: furniture, building materials, tools, heating (firewood, coal, pellets),
garden plants and seeds, farm machinery and tractors, livestock feed, farm
produce (honey, eggs, meat, milk), fishing and hunting gear, hobby and
collectibles (coins, stamps, militaria, antiques) and books, written the way
people type on a phone: no diacritics, typos, abbreviations, emoji, run-on
sentences, mixed languages, long letters next to short chat lines. The
offences live in that setting: stolen tools, catalytic converters and copper,
pesticides banned in the EU, poached game and fish, explosives for stumps,
unregistered firearms and militaria with live ammunition, fake antiques and
coins, untaxed fuel and alcohol, fake organic certificates, contact moved off
the site (numbers in digits, words and disguised, messenger handles, e-mails,
"pay me directly"), outside links and bare domains, scams (fake delivery fees,
overpayment, fake escrow, changed bank account, "held at customs"), requests
for BLIK/SMS codes, card and CVC, bank logins and ID photos, and insults or
threats between neighbours, buyers and sellers.
ALLOW is the hard part: ordinary farm, garden, workshop and collectors' talk
with prices, measurements, hectares, kilograms and litres, pickup areas,
couriers, payment through the site, licences held, allowed pesticides,
hunting with permits, catalogue numbers and mint marks, refusals, quoted
rules, polite complaints and reports of suspicious offers.
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
    shared.build(HERE, "heldout28")


if __name__ == "__main__":
    main()
