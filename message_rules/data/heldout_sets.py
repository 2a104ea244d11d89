# ruff: noqa: UP031
"""The build shared by held-out sets 17, 19 and 20 (each author copied set 17's script):
`messages_<lang>.py` in a set's folder (BLOCK: the six categories, 20 entries each, a text
or (text, [further categories]); ALLOW: at least 420 ordinary messages) → heldout.jsonl
(600 to block) and ordinary.jsonl (2,100), each text once in the set. A set's build.py
calls `build(its folder, its tag)`.
"""

import importlib.util
import json
import os

LANGS = ["pl", "cs", "sk", "hu", "en"]
CATS = [
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
]


def load(here, lang):
    spec = importlib.util.spec_from_file_location(
        "messages_" + lang, os.path.join(here, "messages_%s.py" % lang)
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.BLOCK, mod.ALLOW


def build(here, tag):
    held, ordinary, seen = [], [], set()
    for lang in LANGS:
        block, allow = load(here, lang)
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
                        "tags": [cats[0], tag],
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
    with open(os.path.join(here, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for r in held:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in ordinary:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("heldout", len(held), "ordinary", len(ordinary))
