"""Held-out set 22, written by helper session h22 (the twenty-second independent author)
on 2026-12-07 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: the marketplace's departments and seasons. Electronics and phones, fashion and
shoes, beauty and perfumes, health and pharmacy-like goods, home and garden,
DIY/tools/chemicals, car parts and tyres, kids and toys, pets and animals, sports and
hunting/fishing/airsoft, collectibles (coins, stamps, militaria, vinyl, books), tickets
and vouchers, food and drink, gaming (keys, accounts, consoles) and services, through the
year's moments (Christmas, Black Friday, Valentine's, back to school, summer holidays,
New Year's fireworks, Easter, harvest and wine season, Pentecost, name days). The BLOCK
entries are what offenders in each department really send (game accounts, prescription
slimming pills, untaxed cigarettes, unlicensed pyrotechnics, ticket touts wanting a
transfer, fake perfume sold as original, tyres paid "directly", banned garden chemicals);
the ordinary messages are the department's honest buyers and sellers, with vocabulary
that looks dangerous but is innocent (shot glasses, decanters, legal hunting knives,
"bomb" bath balls, "killer" deals, military surplus jackets, prop replicas), plus scam
warnings, refusals and the site's own payment methods; hard negatives make up a large
part of ALLOW. Mixed registers (chat lines, e-mails with signatures and order numbers,
typos); about a third of the Polish, Czech, Slovak and Hungarian texts are typed without
diacritics. Written by hand, natively in each language, not from templates.

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
    shared.build(HERE, "heldout22")


if __name__ == "__main__":
    main()
