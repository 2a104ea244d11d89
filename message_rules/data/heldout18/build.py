"""Held-out set 18, written by helper session h18 (the eighteenth independent author)
on 2026-12-06 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: the moment of the conversation - first question about an item, haggling, the
agreement, payment, shipping, delay, a parcel arriving damaged, the return, the review -
and how each moment is abused (a scammer steering the payment, a seller asking for a
contact at the shipping moment, insults at the delay, prohibited add-ons slipped in at the
agreement) or innocently talks about the same things.

Voices: teenagers writing in chat shorthand without diacritics, students, young parents,
tradesmen, collectors, pensioners and retired officials writing long polite letters with
signatures, small shop owners with quoted replies, grumpy buyers at the delay moment,
regional words (Silesian/Moravian/East-Slovak/Hungarian countryside), typos and missing
diacritics throughout.

Writes heldout.jsonl (600 block texts: 20 per category per language) and ordinary.jsonl
(2,100 allow texts: 420 per language). Deterministic, stdlib only.
"""

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["pl", "cs", "sk", "hu", "en"]
CATEGORIES = [
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
]
ALLOW_PER_LANG = 420


def load(lang):
    spec = importlib.util.spec_from_file_location(f"messages_{lang}", HERE / f"messages_{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    block_rows = []
    allow_rows = []
    seen = set()
    for lang in LANGS:
        mod = load(lang)
        for cat in CATEGORIES:
            texts = mod.BLOCK[cat]
            assert len(texts) == 20, (lang, cat, len(texts))
            for t in texts:
                t = t.strip()
                assert t and t not in seen, (lang, cat, t)
                seen.add(t)
                block_rows.append(
                    {
                        "text": t,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": [cat, "heldout18"],
                    }
                )
        allow = []
        for t in mod.ALLOW:
            t = t.strip()
            if t and t not in seen:
                seen.add(t)
                allow.append(t)
        assert len(allow) >= ALLOW_PER_LANG, (lang, len(allow))
        for t in allow[:ALLOW_PER_LANG]:
            allow_rows.append(
                {
                    "text": t,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary"],
                }
            )
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in block_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in allow_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(block_rows)}  ordinary.jsonl: {len(allow_rows)}")


if __name__ == "__main__":
    main()
