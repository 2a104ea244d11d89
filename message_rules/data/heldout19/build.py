# ruff: noqa: UP031
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
                        "tags": [cats[0], "heldout19"],
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
