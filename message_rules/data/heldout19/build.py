"""Held-out set 19, written by helper session h19 (the nineteenth independent author)
on 2026-12-06 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: fraud-awareness typologies as published by police, banks and consumer agencies
(phishing, smishing, vishing, fake shops, parcel-fee tricks, rental and deposit fraud,
ticket fraud, pet and puppy fraud, romance turning to money, investment and crypto
schemes, money-mule job offers, refund and overpayment tricks, the fake buyer who has
"already paid, confirm on this page", account takeover, SIM-swap codes, QR-code payment
tricks, fake escrow and "secure delivery" services), each written as it would really
appear in a marketplace chat. Prohibited items and profanity in the forms and slang
people naturally use. The ordinary messages span many sections (garden, DIY, hobbies,
services, sport, music, cosmetics, food, pets, cars) and at least a third are hard
negatives: payments at checkout, couriers and tracking, phone calls in general, accounts,
discount and parcel-locker pickup codes, links to the marketplace's own pages, scam
warnings, refusals to go off-site, and innocent words that look bad.

Voices: pl - a retired teacher from Lublin, a Poznań student, a Gdańsk fisherman's
wife, a Kraków DJ, a Podhale farmer; cs - an Ostrava miner's son, a Prague IT guy, a
Moravian winemaker, a pensioner from Plzeň; sk - a Žilina hockey dad, a Prešov
hairdresser, a Nitra gardener, a teenage gamer; hu - a Szeged grandmother, a Győr car
mechanic, a Budapest startup worker, a Pécs student; en - a Manchester reseller, an
American in Brno, a Scottish pensioner, an Irish nurse in Warsaw. Typos, missing
diacritics, all caps, emoji, very short and long messages. Written by hand, not from
templates.

BLOCK entries are either a text (single category = the dict key) or a tuple
(text, [further categories]); the dict key is always the main category, listed first.
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
    shared.build(HERE, "heldout19")


if __name__ == "__main__":
    main()
