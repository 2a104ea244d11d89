# ruff: noqa: UP031
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
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["pl", "cs", "sk", "hu", "en"]
CATS = [
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
]


def load(lang):
    spec = importlib.util.spec_from_file_location(
        "messages_" + lang, os.path.join(HERE, "messages_%s.py" % lang)
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.BLOCK, mod.ALLOW


def main():
    held, ordinary, seen = [], [], set()
    for lang in LANGS:
        block, allow = load(lang)
        assert list(block) == CATS or sorted(block) == sorted(CATS), (lang, list(block))
        for cat in CATS:
            items = block[cat]
            assert len(items) == 20, (lang, cat, len(items))
            for it in items:
                if isinstance(it, tuple):
                    text, extra = it
                    cats = [cat] + [c for c in extra if c != cat]
                else:
                    text, cats = it, [cat]
                for c in cats:
                    assert c in CATS, (lang, c)
                text = text.strip()
                assert text and text not in seen, (lang, text)
                seen.add(text)
                held.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": cats,
                        "tags": [cats[0], "heldout17"],
                    }
                )
        assert len(allow) >= 420, (lang, len(allow))
        for text in allow[:420]:
            text = text.strip()
            assert text and text not in seen, (lang, text)
            seen.add(text)
            ordinary.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary"],
                }
            )
    with open(os.path.join(HERE, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for r in held:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in ordinary:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("heldout", len(held), "ordinary", len(ordinary))


if __name__ == "__main__":
    main()
