# ruff: noqa: UP031
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
                        "tags": [cats[0], "heldout20"],
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
