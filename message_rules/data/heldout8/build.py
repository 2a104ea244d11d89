"""Held-out evaluation set 8 for the marketplace message rules.

Written by an eighth independent author on 2026-12-06, from the written policy only
(no other data in the repository was read).

Files:
- messages_pl.py, messages_cs.py, messages_sk.py, messages_hu.py, messages_en.py:
  hand-typed texts. BLOCK maps each of the six categories to messages that must be
  blocked for exactly that category; ORDINARY lists message bodies that must pass.
- heldout.jsonl: one line per BLOCK entry (expected "block").
- ordinary.jsonl: ORDINARY bodies as typed, as e-mail letters with localised greetings
  and sign-offs, as replies quoting another body, and (English) with order details.

Run from the repository root:
    python3 message_rules/data/heldout8/build.py
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
MIN_ORDINARY = 420

GREETINGS = {
    "pl": ["Dzień dobry,", "Witam,", "Cześć,", "Dzień dobry Pani,", "Szanowny Panie,"],
    "cs": ["Dobrý den,", "Zdravím,", "Ahoj,", "Dobrý den, pane,", "Vážená paní,"],
    "sk": ["Dobrý deň,", "Zdravím,", "Ahoj,", "Dobrý deň prajem,", "Vážený pán,"],
    "hu": ["Jó napot!", "Kedves Eladó!", "Szia!", "Tisztelt Vevő!", "Üdvözlöm!"],
    "en": ["Hi,", "Hello,", "Dear seller,", "Good morning,", "Hi there,"],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam\nMarta",
        "Z poważaniem,\nTomasz",
        "Pozdrawiam serdecznie,\nKasia",
        "Dzięki,\nPiotr",
    ],
    "cs": ["S pozdravem\nJana", "Díky,\nPetr", "Hezký den,\nLucie", "S pozdravem\nOndřej"],
    "sk": ["S pozdravom\nZuzana", "Ďakujem,\nMarek", "Pekný deň,\nKatka", "S pozdravom\nJuraj"],
    "hu": ["Üdvözlettel:\nKatalin", "Köszönöm,\nGábor", "Szép napot!\nEszter", "Üdv,\nZoltán"],
    "en": ["Best regards,\nEmma", "Thanks,\nJack", "Kind regards,\nOlivia", "Cheers,\nTom"],
}
QUOTE_HEADERS = {
    "pl": ["W dniu {d} o {t} Sprzedający napisał(a):", "{d}, {t} Kupujący pisze:"],
    "cs": ["Dne {d} v {t} prodávající napsal(a):", "{d} v {t}, kupující napsal:"],
    "sk": ["Dňa {d} o {t} predávajúci napísal(a):", "{d} o {t}, kupujúci napísal:"],
    "hu": ["{d} {t} időpontban az Eladó ezt írta:", "{d}, {t} - Vevő írta:"],
    "en": ["On {d} at {t}, Seller wrote:", "On {d}, {t} Buyer <buyer> wrote:"],
}
DATES = {
    "pl": ["12.11.2026", "3.10.2026", "28.11.2026"],
    "cs": ["12. 11. 2026", "3. 10. 2026", "28. 11. 2026"],
    "sk": ["12. 11. 2026", "3. 10. 2026", "28. 11. 2026"],
    "hu": ["2026. nov. 12.", "2026. okt. 3.", "2026. nov. 28."],
    "en": ["Thu, 12 Nov 2026", "Sat, 3 Oct 2026", "Sat, 28 Nov 2026"],
}
TIMES = ["09:14", "13:52", "18:07", "21:30"]

EN_ITEMS = [
    ("Ceramic mug set (4 pcs)", "18.90"),
    ("USB-C charging cable 2 m", "7.50"),
    ("Kids' rain jacket, size 116", "24.00"),
    ("Wooden chopping board", "15.40"),
    ("LED desk lamp", "32.99"),
    ("Yoga mat, blue", "21.00"),
]
EN_ADDRESSES = [
    ["Anna Novak", "Hlavna 12", "811 01 Bratislava", "Slovakia"],
    ["Peter Kowalski", "ul. Lipowa 7/3", "30-001 Krakow", "Poland"],
    ["Eva Svoboda", "Masarykova 45", "602 00 Brno", "Czech Republic"],
    ["Laszlo Toth", "Petofi utca 3", "6720 Szeged", "Hungary"],
]
EN_SHOPS = [
    "--\nGreenLeaf Home Store\nSeller on the marketplace since 2019",
    "--\nBikeParts Corner\nCustomer service via Message Center, Mon-Fri 9-17",
    "--\nLittle Owl Toys\nThank you for shopping with us!",
]


def load(lang):
    path = HERE / f"messages_{lang}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"h8_messages_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def letter(rng, lang, body):
    return f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{rng.choice(SIGNOFFS[lang])}"


def quoted(rng, lang, body, other):
    header = rng.choice(QUOTE_HEADERS[lang]).format(d=rng.choice(DATES[lang]), t=rng.choice(TIMES))
    quote = "\n".join("> " + line if line else ">" for line in other.split("\n"))
    return f"{body}\n\n{header}\n{quote}"


def order_details(rng, body):
    number = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    items = rng.sample(EN_ITEMS, rng.randint(1, 3))
    lines = [f"- {name}: EUR {price}" for name, price in items]
    total = sum(float(price) for _, price in items)
    address = rng.choice(EN_ADDRESSES)
    parts = [
        body,
        "",
        f"Order number: {number}",
        "Items:",
        *lines,
        f"Total: EUR {total:.2f}",
        "Delivery address:",
        *address,
        "",
        rng.choice(EN_SHOPS),
    ]
    return "\n".join(parts)


def build():
    rng = random.Random(8008)  # noqa: S311
    block_lines = []
    ordinary_lines = []
    seen = set()
    for lang in LANGS:
        module = load(lang)
        if module is None:
            continue
        for category in CATEGORIES:
            for text in module.BLOCK[category]:
                if "\n" in text:
                    length = "letter"
                elif len(text) > 70:
                    length = "medium"
                else:
                    length = "short"
                block_lines.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [category],
                        "tags": [category, length, "heldout8"],
                    }
                )
        bodies = list(module.ORDINARY)
        rows = []

        def add(text, tag, lang=lang, seen=seen, rows=rows):
            if text in seen:
                return
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
            text = letter(rng, lang, body)
            if lang == "en" and rng.random() < 0.5:
                text = order_details(rng, text)
                add(text, "email_order")
            else:
                add(text, "email")
        for body in bodies:
            other = rng.choice([b for b in bodies if b != body])
            text = quoted(rng, lang, body, other)
            if lang == "en" and rng.random() < 0.5:
                add(order_details(rng, text), "quoted_order")
            else:
                add(text, "quoted")
        attempts = 0
        while len(rows) < MIN_ORDINARY and attempts < 10000:
            attempts += 1
            body, other = rng.sample(bodies, 2)
            text = letter(rng, lang, quoted(rng, lang, body, letter(rng, lang, other)))
            if lang == "en" and rng.random() < 0.5:
                add(order_details(rng, text), "quoted_email_order")
            else:
                add(text, "quoted_email")
        ordinary_lines.extend(rows)
    for name, lines in (("heldout.jsonl", block_lines), ("ordinary.jsonl", ordinary_lines)):
        with open(HERE / name, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts = {}
    for line in block_lines + ordinary_lines:
        key = (line["lang"], line["expected"])
        counts[key] = counts.get(key, 0) + 1
    for key in sorted(counts):
        print(*key, counts[key])
    print("block", len(block_lines), "allow", len(ordinary_lines))


if __name__ == "__main__":
    build()
