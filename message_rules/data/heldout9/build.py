# ruff: noqa: E501
"""Held-out evaluation set 9 for the message rules.

Written by a ninth independent author (helper-h9) on 2026-12-06, from the written
message policy only: without reading the engine, the lexicon, the training data, the
evaluation set, the tests or any other held-out set.

Files:
  messages_pl.py, messages_cs.py, messages_sk.py, messages_hu.py, messages_en.py
      BLOCK (six categories x 20 messages each) and ORDINARY (message bodies that pass).
  build.py
      this script; writes heldout.jsonl (one line per BLOCK entry) and ordinary.jsonl
      (each ORDINARY body as typed, as a letter, as a quoted reply and, for English,
      with order details).

Run from the repository root:
    python3 message_rules/data/heldout9/build.py
Deterministic: random.Random with a fixed seed; standard library only.
"""

import importlib.util
import json
import random
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
SEED = 20261206
MIN_ORDINARY_PER_LANG = 420

GREETINGS = {
    "pl": ["Dzień dobry,", "Witam,", "Szanowni Państwo,", "Dzien dobry Panu,", "Cześć,"],
    "cs": ["Dobrý den,", "Dobrý den, pane prodejce,", "Zdravím,", "Dobry den,", "Ahoj,"],
    "sk": ["Dobrý deň,", "Dobry den,", "Zdravím,", "Vážený predajca,", "Ahoj,"],
    "hu": ["Jó napot!", "Tisztelt Eladó!", "Üdvözlöm!", "Szia!", "Jo napot kivanok!"],
    "en": ["Hello,", "Hi there,", "Dear Seller,", "Good morning,", "Hi,"],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam\nAnna Kowalczyk",
        "Z poważaniem,\nTomasz Wiśniewski",
        "pozdr.\nMarek",
        "Dziękuję i pozdrawiam,\nKatarzyna Nowak\nSklep Domowy Kącik",
        "Serdecznie pozdrawiam\nJoanna",
    ],
    "cs": [
        "S pozdravem\nJana Nováková",
        "Děkuji a zdravím,\nPetr Dvořák",
        "Díky, Honza",
        "S přáním hezkého dne\nMartina Svobodová\nObchod U Lípy",
        "Zdravim\nPavel",
    ],
    "sk": [
        "S pozdravom\nZuzana Horváthová",
        "Ďakujem a pekný deň,\nMartin Kováč",
        "Vdaka, Peter",
        "S úctou\nLucia Baláži\nPredajňa Drevko",
        "Zdravim\nMilan",
    ],
    "hu": [
        "Üdvözlettel:\nKovács Anna",
        "Köszönöm,\nNagy Péter",
        "Udv, Gabor",
        "Tisztelettel:\nSzabó Éva\nKertbarát Bolt",
        "Szép napot!\nZsófi",
    ],
    "en": [
        "Best regards,\nSarah Mitchell",
        "Thanks,\nJames O'Connor\nOakline Home Goods\n12 Mill Lane, Leeds LS1 4AB",
        "Cheers,\nTom",
        "Kind regards,\nPriya Patel\nCustomer Care | Brightwick Ltd",
        "Many thanks\nEmma",
    ],
}
QUOTE_HEADERS = {
    "pl": [
        "W dniu {d} Kupujący napisał(a):",
        "{d}, Sprzedający napisał:",
        "Dnia {d} użytkownik Kupujący napisał:",
    ],
    "cs": [
        "Dne {d} Kupující napsal(a):",
        "{d}, Prodávající napsal:",
        "Dne {d} uživatel Kupující napsal:",
    ],
    "sk": [
        "Dňa {d} Kupujúci napísal(a):",
        "{d}, Predávajúci napísal:",
        "Dňa {d} používateľ Kupujúci napísal:",
    ],
    "hu": ["{d} időpontban Vevő ezt írta:", "{d}, Eladó írta:", "{d} napon a Vevő azt írta:"],
    "en": ["On {d}, Buyer wrote:", "On {d}, Seller wrote:", "On {d}, the buyer wrote:"],
}
DATE_FORMATS = {
    "pl": "{day:02d}.{month:02d}.2026 {h:02d}:{mi:02d}",
    "cs": "{day}. {month}. 2026 v {h}:{mi:02d}",
    "sk": "{day}. {month}. 2026 o {h}:{mi:02d}",
    "hu": "2026. {month:02d}. {day:02d}. {h}:{mi:02d}",
    "en": "{day} Nov 2026 at {h:02d}:{mi:02d}",
}
ORDER_ITEMS = [
    ("Ceramic mug set (4 pcs)", 59.99),
    ("LED desk lamp, warm white", 89.00),
    ("Children's raincoat, size 116", 74.50),
    ("Bath bomb gift box", 39.90),
    ("Hemp rope 10 m", 27.00),
    ("Kitchen knife 20 cm", 119.00),
    ("Phone case, iPhone 13", 24.99),
    ("Garden weed puller", 45.00),
    ("Wine glasses, set of 6", 99.00),
    ("Board game (family edition)", 139.00),
]


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"heldout9_messages_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def a_date(rng, lang):
    return DATE_FORMATS[lang].format(
        day=rng.randint(1, 28),
        month=rng.randint(9, 11),
        h=rng.randint(7, 22),
        mi=rng.randint(0, 59),
    )


def letter(rng, lang, body):
    return f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{rng.choice(SIGNOFFS[lang])}"


def quoted(rng, lang, body, other):
    header = rng.choice(QUOTE_HEADERS[lang]).format(d=a_date(rng, lang))
    quote = "\n".join("> " + line if line else ">" for line in other.splitlines())
    return f"{body}\n\n{header}\n{quote}"


def order(rng, body):
    number = rng.randint(10**9, 10**10 - 1)
    items = rng.sample(ORDER_ITEMS, rng.randint(1, 3))
    lines = []
    total = 0.0
    for name, price in items:
        qty = rng.randint(1, 2)
        total += qty * price
        lines.append(f"  {qty} x {name} - {price:.2f} PLN")
    details = "\n".join([f"Order number: {number}", "Items:", *lines, f"Total: {total:.2f} PLN"])
    return f"{body}\n\n{details}"


def main():
    rng = random.Random(SEED)  # noqa: S311 - reproducible data, not cryptography
    held = []
    ordinary = []
    for lang in LANGS:
        module = load(lang)
        for category in CATEGORIES:
            messages = module.BLOCK[category]
            assert len(messages) == 20, (lang, category, len(messages))
            assert len(set(messages)) == 20, (lang, category, "duplicates")
            for text in messages:
                size = "long" if len(text) > 220 or text.count("\n") >= 3 else "short"
                held.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [category],
                        "tags": [category, size, "heldout9"],
                    }
                )
        bodies = list(module.ORDINARY)
        assert len(bodies) >= 90, (lang, len(bodies))
        assert len(set(bodies)) == len(bodies), (lang, "duplicate ORDINARY bodies")
        seen = set()
        rows = []

        def add(text, tag, lang=lang, seen=seen, rows=rows):
            if text not in seen:
                seen.add(text)
                rows.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "allow",
                        "categories": [],
                        "tags": ["ordinary", tag],
                    }
                )

        for body in bodies:
            add(body, "plain")
        for body in bodies:
            add(letter(rng, lang, body), "letter")
        for body in bodies:
            others = [b for b in bodies if b != body]
            add(quoted(rng, lang, body, rng.choice(others)), "quoted")
        if lang == "en":
            for body in bodies:
                add(order(rng, body), "order")
        extra = 0
        while len(rows) < MIN_ORDINARY_PER_LANG and extra < 10000:
            extra += 1
            body = rng.choice(bodies)
            kind = rng.choice(["letter", "quoted"] + (["order"] if lang == "en" else []))
            if kind == "letter":
                add(letter(rng, lang, body), "letter")
            elif kind == "quoted":
                add(
                    quoted(rng, lang, body, rng.choice([b for b in bodies if b != body])), "quoted"
                )
            else:
                add(order(rng, body), "order")
        assert len(rows) >= MIN_ORDINARY_PER_LANG, (lang, len(rows))
        ordinary.extend(rows)
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as fh:
        for row in held:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as fh:
        for row in ordinary:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(held)} lines; ordinary.jsonl: {len(ordinary)} lines")
    for lang in LANGS:
        print(
            f"  {lang}: block {sum(r['lang'] == lang for r in held)}, ordinary {sum(r['lang'] == lang for r in ordinary)}"
        )


if __name__ == "__main__":
    main()
