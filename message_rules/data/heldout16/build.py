# ruff: noqa: UP031
"""Held-out set 16, written by helper session h16 (the sixteenth independent author)
on 2026-12-06 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Voices: messages as they really arrive in the Message Center - relayed e-mails with
greetings and signatures (names, shop names), quoted earlier replies ("> ..."),
forwarded texts; phone-typed chat without diacritics, with emoji and typos;
code-switching (a Hungarian writing some English, a Slovak slipping into Czech);
2026 scenarios: crypto "refund" desks, fake parcel-locker re-delivery fees, fake
"Safe Payment" pages, deposit scams for rentals and pets, AI-voice "your son" calls,
QR codes, off-site review requests, ticket resellers, vapes/snus/kratom/THC, Ozempic,
Xanax, Adderall, airsoft vs real guns, fake diplomas; street-register profanity aimed
at the other party, sometimes disguised; disguised contacts (split digits, "at"/"dot",
@handles). The ordinary set mixes plain buyer/seller talk with hard near misses
(HARD lists: checkout payments, couriers, tracking numbers, scam warnings, innocent
look-alike words, quoted replies and signatures).

Each messages_<lang>.py defines BLOCK = {category: [20 texts]}, ALSO = {block text: [further
categories that also apply]} and ALLOW (= HARD + PLAIN).
Run: python3 build.py  -> heldout.jsonl (600 block lines), ordinary.jsonl (2,100 allow lines).
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
N_ALLOW = 420


def load(lang):
    path = os.path.join(HERE, "messages_%s.py" % lang)
    spec = importlib.util.spec_from_file_location("messages_%s" % lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    block_rows, allow_rows = [], []
    seen = set()
    for lang in LANGS:
        mod = load(lang)
        assert sorted(mod.BLOCK) == sorted(CATS), lang
        all_block = {t.strip() for v in mod.BLOCK.values() for t in v}
        for t, extra in getattr(mod, "ALSO", {}).items():
            assert t in all_block, (lang, t)
            assert all(c in CATS for c in extra), (lang, t)
        for cat in CATS:
            items = mod.BLOCK[cat]
            assert len(items) == 20, (lang, cat, len(items))
            for entry in items:
                if isinstance(entry, tuple):
                    text, extra = entry[0], list(entry[1:])
                else:
                    text, extra = entry, []
                text = text.strip()
                extra = extra + [c for c in getattr(mod, "ALSO", {}).get(text, [])]
                assert text not in seen, (lang, text)
                seen.add(text)
                cats = [cat] + [c for c in extra if c != cat]
                block_rows.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": cats,
                        "tags": cats[:1] + ["heldout16", lang] + [c for c in cats[1:]],
                    }
                )
        hard = [t.strip() for t in mod.HARD]
        allow = [t.strip() for t in mod.ALLOW]
        assert len(allow) >= N_ALLOW, (lang, len(allow))
        hard_set = set(hard)
        chosen = allow[:N_ALLOW]
        n_hard = sum(1 for t in chosen if t in hard_set)
        assert n_hard >= 0.4 * N_ALLOW, (lang, n_hard)
        for text in chosen:
            assert text and text not in seen, (lang, text)
            seen.add(text)
            tags = ["ordinary", "heldout16", lang]
            if text in hard_set:
                tags.append("hard_negative")
            allow_rows.append(
                {"text": text, "lang": lang, "expected": "allow", "categories": [], "tags": tags}
            )
        print(
            lang,
            "block",
            sum(len(v) for v in mod.BLOCK.values()),
            "allow",
            len(chosen),
            "hard",
            n_hard,
        )
    with open(os.path.join(HERE, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for r in block_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in allow_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("block", len(block_rows), "allow", len(allow_rows))


if __name__ == "__main__":
    main()
