"""Held-out set 21, written by helper session h21 (the twenty-first independent author)
on 2026-12-06 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: evasion and indirection. Writers who know there is a filter and word around it:
euphemisms, hints and code words, deliberate misspellings, a message split over several
sentences, phone numbers, e-mails and handles written out creatively, "look at my profile
/ my username", offers implied rather than stated, insults made polite or sarcastic,
scams wrapped in official-sounding language, requests for codes framed as help or as the
site's own procedure. Voices: careful sellers, cagey dealers, fake "support" and
"courier" staff, irritated buyers, jokers, polite pensioners, teenagers. The ordinary
messages use the same indirection for harmless reasons (jokes, politeness, irony, inside
references, legitimate mentions of the site's own pages and codes, scam warnings,
refusals); hard negatives come first. Written by hand, not from templates.

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
    shared.build(HERE, "heldout21")


if __name__ == "__main__":
    main()
