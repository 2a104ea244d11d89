"""Held-out evaluation set 4 for the message rules.

Written by helper h4 on 2026-12-05, by hand, from the written message policy and
SPEC section 6 only. The author did not look at the training data, the word
lists, the rules, the model, the message-rules docs or the other held-out sets.

Every blocked entry and every ordinary body in messages_<lang>.py (pl, cs, sk,
hu, en) was typed one by one, imitating marketplace chat lines and e-mails:
typos, missing diacritics, long letters with greetings and signatures, and
disguised spellings (spaced digits, "[at]", "kropka", asterisks, leet).

This script is deterministic (seeded random). It writes, next to itself:
  heldout.jsonl   one line per blocked entry (expected "block", one category)
  ordinary.jsonl  ordinary messages built from the hand-written bodies with
                  greetings, sign-offs, quoted earlier messages (e-mail style)
                  and, for English, order details (expected "allow")

Run it from the repository root:
    python3 message_rules/data/heldout4/build.py
"""

import importlib.util
import json
import random
import unicodedata
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
SEED = 20261205
MIN_ORDINARY_PER_LANG = 420

QUOTE_NAMES = {
    "pl": ["Anna Kowalska", "Piotr Nowak", "Marta W.", "sklep_rowerowy24", "Krzysztof Zieliński"],
    "cs": ["Jana Nováková", "Petr Svoboda", "Lucie K.", "obchod_hracky", "Tomáš Dvořák"],
    "sk": ["Zuzana Horváthová", "Martin Kováč", "Peter S.", "predajna_elektro", "Jana Vargová"],
    "hu": ["Kiss Anna", "Nagy Péter", "Tóth Eszter", "bolt_kerekpar", "Szabó Gábor"],
    "en": ["Emma Clarke", "John Miller", "Sarah O'Neil", "HomeGoods Store", "David Patel"],
}

DATES = [
    ("30", "11", "14:02"),
    ("01", "12", "09:15"),
    ("02", "12", "18:40"),
    ("03", "12", "21:07"),
    ("04", "12", "07:55"),
    ("28", "11", "12:30"),
]

PHONE_FOOTER = {
    "pl": "Wysłane z mojego telefonu",
    "cs": "Odesláno z mého telefonu",
    "sk": "Odoslané z môjho telefónu",
    "hu": "Elküldve a telefonomról",
    "en": "Sent from my phone",
}

EN_MONTHS = {"11": "Nov", "12": "Dec"}
HU_MONTHS = {"11": "nov.", "12": "dec."}


def quote_header(lang, name, day, month, time):
    if lang == "pl":
        return f"W dniu {day}.{month}.2026 o {time} {name} pisze:"
    if lang == "cs":
        return f"Dne {int(day)}. {int(month)}. 2026 v {time} {name} napsal(a):"
    if lang == "sk":
        return f"Dňa {int(day)}. {int(month)}. 2026 o {time} {name} napísal(a):"
    if lang == "hu":
        return f"2026. {HU_MONTHS[month]} {int(day)}., {time} időpontban {name} ezt írta:"
    return f"On {int(day)} {EN_MONTHS[month]} 2026 at {time}, {name} wrote:"


def strip_diacritics(text):
    text = text.replace("ł", "l").replace("Ł", "L")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"heldout4_messages_{lang}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def length_tag(text):
    return "long" if (len(text) >= 180 or "\n" in text) else "short"


def tags_for(text, lang, extra=()):
    tags = list(extra)
    tags.append(length_tag(text))
    if lang != "en" and text.isascii():
        tags.append("no_diacritics")
    return tags


def build_blocked(lang, mod, out):
    for cat in CATEGORIES:
        entries = mod.BLOCK[cat]
        assert len(entries) == 20, (lang, cat, len(entries))
        for entry in entries:
            marks = []
            if isinstance(entry, tuple):
                text, mark = entry
                assert mark == "disguised", (lang, cat, entry)
                marks.append("disguised")
            else:
                text = entry
            text = text.strip()
            out.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "block",
                    "categories": [cat],
                    "tags": tags_for(text, lang) + marks,
                }
            )


def quoted(lang, rng, earlier):
    name = rng.choice(QUOTE_NAMES[lang])
    day, month, time = rng.choice(DATES)
    lines = [quote_header(lang, name, day, month, time)]
    lines += ["> " + line if line else ">" for line in earlier.split("\n")]
    return "\n".join(lines)


def en_order_details(rng):
    order = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    items = [
        "1x Ceramic mug set (4 pcs)",
        "2x USB-C cable 1 m",
        "1x Kids' rain jacket, size 116",
        "1x Bluetooth speaker, black",
        "3x Cotton tea towels",
        "1x Office chair cushion",
    ]
    return f"Order no.: {order}\nItem: {rng.choice(items)}\nOrdered: {rng.randint(1, 4)} Dec 2026"


def build_ordinary(lang, mod, rng, out):
    bodies = [b.strip() for b in mod.ORDINARY_BODIES]
    assert len(bodies) >= 140, (lang, len(bodies))
    greetings, signoffs = mod.GREETINGS, mod.SIGNOFFS
    seen = set()
    rows = []

    def add(text, extra):
        text = text.strip()
        if text in seen:
            return
        seen.add(text)
        rows.append(
            {
                "text": text,
                "lang": lang,
                "expected": "allow",
                "categories": [],
                "tags": tags_for(text, lang, ["ordinary", *extra]),
            }
        )

    for i, body in enumerate(bodies):
        # 1. the body as typed (sometimes without diacritics, as on a phone)
        plain = body
        if lang != "en" and rng.random() < 0.3:
            plain = strip_diacritics(body)
        add(plain, ["email" if "\n" in body else "chat"])
        # 2. a letter: greeting, body, sign-off (a body that is already a letter
        #    gets only a phone footer, not a second greeting)
        is_letter = "\n" in body
        if is_letter:
            letter = f"{body}\n\n{PHONE_FOOTER[lang]}"
        else:
            letter = f"{rng.choice(greetings)}\n\n{body}\n\n{rng.choice(signoffs)}"
        if lang == "en" and not is_letter and rng.random() < 0.5:
            letter = (
                f"{rng.choice(greetings)}\n\n{body}\n\n{en_order_details(rng)}\n\n"
                f"{rng.choice(signoffs)}"
            )
            add(letter, ["email", "order_details"])
        else:
            add(letter, ["email"])
        # 3. a reply quoting an earlier ordinary message
        earlier = bodies[i - 1] if i else bodies[-1]
        if "\n" not in earlier and rng.random() < 0.5:
            earlier = f"{rng.choice(greetings)}\n{earlier}\n{rng.choice(signoffs)}"
        sign = "" if is_letter else f"\n\n{rng.choice(signoffs)}"
        reply = f"{body}{sign}\n\n{quoted(lang, rng, earlier)}"
        add(reply, ["email", "quoted"])
    # top up if duplicates removed anything
    while len(rows) < MIN_ORDINARY_PER_LANG:
        body = rng.choice(bodies)
        add(f"{rng.choice(greetings)} {body} {rng.choice(signoffs)}", ["chat"])
    out.extend(rows)


def main():
    rng = random.Random(SEED)  # noqa: S311 (data, not secrets)
    blocked, ordinary = [], []
    for lang in LANGS:
        mod = load(lang)
        build_blocked(lang, mod, blocked)
        build_ordinary(lang, mod, rng, ordinary)
    texts = [r["text"] for r in blocked]
    assert len(texts) == len(set(texts)), "duplicate blocked text"
    overlap = set(texts) & {r["text"] for r in ordinary}
    assert not overlap, overlap
    for name, rows in (("heldout.jsonl", blocked), ("ordinary.jsonl", ordinary)):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(blocked)} blocked; ordinary.jsonl: {len(ordinary)} allowed")
    for lang in LANGS:
        b = sum(r["lang"] == lang for r in blocked)
        o = sum(r["lang"] == lang for r in ordinary)
        print(f"  {lang}: blocked {b}, ordinary {o}")


if __name__ == "__main__":
    main()
