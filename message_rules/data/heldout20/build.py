"""Held-out set 20, written by helper session h20 (the twentieth independent author)
on 2026-12-06 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: the people who write. Non-native writers in each language (a Ukrainian or a
Vietnamese writing Polish, a Slovak writing Czech and a Czech writing Slovak, a Romanian
or a Slovak-Hungarian writing Hungarian, Poles, Czechs and Hungarians writing English
with their typical mistakes), regional speech and dialect words (Silesian, Moravian,
eastern Slovak, Hungarian countryside, Scottish, Irish and Northern English), the
elderly (formal, long, all caps, unsure of technology), teenagers, busy professionals
(terse) and shop owners (templates, signatures). Offences in all six categories are
written as such people would really write them; the ordinary messages come from the
same people across many sections, and at least a third are hard negatives: payments,
couriers and tracking, phone calls in general, accounts, discount and locker codes the
buyer gets themselves, the marketplace's own pages, scam warnings, refusals to go
off-site, and innocent words that look bad. Written by hand, not from templates.

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
    shared.build(HERE, "heldout20")


if __name__ == "__main__":
    main()
