# ruff: noqa: E501
"""Held-out set 33: food, drink, home-made goods, plants and garden produce, sold between neighbours.

Author: helper session h33, 2026-12-07.

Angle: home-made cakes and preserves, honey, eggs, meat and cheese from small
farms, coffee and tea, sweets, baby food, diet products, plants, seeds,
seedlings, mushrooms, herbs, garden produce, pet food, kitchen equipment, home
brewing and distilling kits, vapes and e-liquids, tobacco accessories, CBD
products, restaurant vouchers and catering, written in the registers of that
setting: grandmothers' long polite messages, busy parents' short chat lines,
small farmers, voice-to-text without punctuation, emoji, regional words
(eastern Slovak, British colloquialisms) and about a third of the
messages without diacritics (Slovak written on its own, with its own goods and
places: bryndza, oštiepok, lokše, Orava, Kysuce). The offences live in that
setting: home-distilled spirits and moonshine, alcohol and tobacco sold
privately, duty-free cigarettes resold, nicotine e-liquids to minors, THC,
psilocybin mushrooms and spores "for microscopy", cannabis seeds with growing
advice, poppy straw, khat and kratom where banned, meat from unregistered home
slaughter, raw milk outside the rules, relabelled expired food, infant formula
from stolen stock, diet pills with sibutramine and fake hygiene certificates;
contact moved off the site (numbers in digits, words and disguised, messenger
handles, e-mails, account numbers and IBANs, "cash on pickup and cancel the
order"), outside links and bare domains (shops, blogs, groups, short links),
deposits for catering never delivered, fake courier and storage fees,
overpayment, fake payment screenshots, customs for a coffee machine, requests
for BLIK/SMS codes, card and CVC, bank logins and ID photos, and insults and
threats between neighbours.
ALLOW is the hard part: ordinary conversation using the same vocabulary
legitimately: alcohol-free beer and kvass, brewing kits sold as equipment,
stills for water and essential oils, allergens, dates and storage, sanitary
registrations mentioned as held, registered farm sales and abattoir papers,
raw milk from a registered farm with the boiling warning, recipes that mention
rum or brandy, poppy seeds for baking, cultivated mushrooms, vegetable seeds,
hemp food and CBD cosmetics without THC, leftover sealed formula with a
receipt, pickup at the farm with payment on the site, reports and refusals of
suspicious offers, quoted rules and complaints without insults. Prices and
quantities appear; no web or e-mail address, handle or phone-like number does.
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
    shared.build(HERE, "heldout33")


if __name__ == "__main__":
    main()
