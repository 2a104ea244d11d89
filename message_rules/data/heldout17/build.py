"""Held-out set 17, written by helper session h17 (the seventeenth independent author)
on 2026-12-06 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: the marketplace's sections (cars and parts, flats and rooms, pets, electronics and
phones, children's things, fashion and sneakers, tickets and vouchers, farm produce and
garden, tools and building material, collectibles, services). Each section brings its own
prohibited goods, scams, off-site moves and credential tricks, and its own innocent words
that look bad (caulk gun, grass seed, coke the drink, cracked screen, weed killer, shot
glasses, bullet journal, pipe fittings, joint compound, and the local equivalents).

Voices: pl - a car-parts dealer from Silesia, a Warsaw landlady, a dog breeder, a
tool-shop guy, a mum selling prams; cs - a Prague student, a Brno gamer, a chalupa owner,
a stamp collector; sk - a Košice mechanic, a beekeeper, a Bratislava sneakerhead, a
grandmother selling jam; hu - a pensioner from Debrecen, a Budapest flat-hunter, a
militaria collector, a vet nurse, a garden-centre owner; en - expats in Prague and
Kraków, a UK reseller, a student, a tradesman. Written by hand, not from templates.

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
    shared.build(HERE, "heldout17")


if __name__ == "__main__":
    main()
