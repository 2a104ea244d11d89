"""Build held-out evaluation set 5 for the marketplace message rules.

Written on 2026-12-06 by an independent author who worked from the written message
policy only (no existing data, lexicon or rule code was looked at). The messages in
``messages_pl.py``, ``messages_cs.py``, ``messages_sk.py``, ``messages_hu.py`` and
``messages_en.py`` were typed one by one by hand; each module holds
``BLOCK = {category: [text, ...]}`` (20 texts for each of the six categories) and
``ORDINARY = [text, ...]`` (``HARD_NEGATIVES + EVERYDAY``), messages that must pass.

This script writes two files next to itself:

- ``heldout.jsonl``: one line per BLOCK entry, ``expected`` = ``"block"``, with its
  single category.
- ``ordinary.jsonl``: lines built from the ORDINARY bodies, ``expected`` = ``"allow"``:
  each body as typed, each body wrapped as an e-mail letter (localised greeting and
  sign-off), part of the bodies as replies quoting an earlier message (localised
  "On ... wrote:" header and "> " lines); for English most letters and replies (so about
  half of all English lines) also carry order details (order number, items, amounts,
  delivery address lines and a shop's signature with its postal address). Every line
  carries the tag ``"ordinary"``; other tags say how it was built (as_typed, email,
  quoted, order_details), whether the body is a hard negative (hard_negative) and
  rough shape (short, long, multiline, no_diacritics). Block lines get shape tags and a
  heuristic "disguised" tag (spacing, [at]/[dot], stretched letters, leet).

The output is deterministic (seeded ``random.Random``, stdlib only). Run from the
repository root::

    python3 message_rules/data/heldout5/build.py
"""

import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("pl", "cs", "sk", "hu", "en")
CATEGORIES = (
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
)
SEED = 20261206
# Share of English letters and replies that carry order details; as-typed bodies never
# do, so this makes about half of all English ordinary lines carry them.
ORDER_SHARE = 0.8

GREETINGS = {
    "pl": [
        "Dzień dobry,",
        "Witam,",
        "Szanowna Pani,",
        "Szanowny Panie,",
        "Cześć,",
        "Dzień dobry Pani Aniu,",
    ],
    "cs": [
        "Dobrý den,",
        "Zdravím,",
        "Vážená paní,",
        "Vážený pane,",
        "Ahoj,",
        "Dobrý den, pane Dvořáku,",
    ],
    "sk": [
        "Dobrý deň,",
        "Zdravím,",
        "Vážená pani,",
        "Vážený pán,",
        "Ahoj,",
        "Dobrý deň, pani Kováčová,",
    ],
    "hu": [
        "Jó napot!",
        "Kedves Eladó!",
        "Tisztelt Hölgyem!",
        "Tisztelt Uram!",
        "Szia!",
        "Kedves Anna!",
    ],
    "en": ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi Sarah,", "Good morning,", "Dear Mr Patel,"],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam\nMarta Wiśniewska",
        "Z poważaniem,\nTomasz Zieliński",
        "Pozdrawiam serdecznie,\nKasia",
        "Dziękuję i pozdrawiam\nPiotr Nowak",
        "Miłego dnia!\nAgnieszka",
    ],
    "cs": [
        "S pozdravem\nJana Nováková",
        "Děkuji a přeji hezký den,\nPetr Svoboda",
        "Zdraví\nLucie",
        "S pozdravem a díky\nMartin Dvořák",
        "Hezký den,\nKateřina Černá",
    ],
    "sk": [
        "S pozdravom\nZuzana Kováčová",
        "Ďakujem a prajem pekný deň,\nMartin Horváth",
        "Pekný deň,\nLenka",
        "S pozdravom\nJozef Baláž",
        "Vďaka,\nMiroslava Tóthová",
    ],
    "hu": [
        "Üdvözlettel:\nKovács Anna",
        "Köszönettel,\nNagy Péter",
        "Szép napot!\nEszter",
        "Tisztelettel:\nSzabó Gábor",
        "Üdv,\nTóth Réka",
    ],
    "en": [
        "Kind regards,\nSarah Collins",
        "Best wishes,\nTom",
        "Thanks again,\nPriya Patel",
        "Cheers,\nDan",
        "Many thanks,\nEmma Hughes",
    ],
}
QUOTE_HEADERS = {
    "pl": "W dniu {d}.{m:02d}.2026 o {h}:{mi:02d} {name} napisał(a):",
    "cs": "Dne {d}. {m}. 2026 v {h}:{mi:02d} {name} napsal(a):",
    "sk": "Dňa {d}. {m}. 2026 o {h}:{mi:02d} {name} napísal(a):",
    "hu": "{name} ezt írta (időpont: 2026. {mon} {d}., {h}:{mi:02d}):",
    "en": "On {wd}, {d} {mon} 2026 at {h}:{mi:02d}, {name} wrote:",
}
QUOTE_NAMES = {
    "pl": ["Anna Kowalska", "Michał Lewandowski", "Sklep Domowe Drobiazgi", "Ewa"],
    "cs": ["Tereza Veselá", "Jakub Procházka", "Obchod U Lípy", "Pavel"],
    "sk": ["Katarína Nagyová", "Peter Varga", "Predajňa Domček", "Ivana"],
    "hu": ["Kiss Júlia", "Varga Bence", "Lakásdekor Bolt", "Dóra"],
    "en": ["Laura Bennett", "James O'Connor", "Hollybrook Home Goods", "Mike"],
}
HU_MONTHS = [
    "jan.",
    "febr.",
    "márc.",
    "ápr.",
    "máj.",
    "jún.",
    "júl.",
    "aug.",
    "szept.",
    "okt.",
    "nov.",
    "dec.",
]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

EN_ITEMS = [
    ("Ceramic mug, sage green", 8.50),
    ("Set of 4 wine glasses", 24.00),
    ("Linen tea towel", 6.75),
    ("Kids' raincoat, age 5-6", 18.99),
    ("Bamboo cutting board", 14.20),
    ("LED grow light for herbs", 29.95),
    ("Beer mug, 0.5 l, engraved", 12.00),
    ("Wool scarf, charcoal", 21.50),
    ("Phone case (clear), model A54", 7.99),
    ("Picture frame 30x40 cm", 11.40),
]
EN_SHOPS = [
    (
        "Hollybrook Home Goods",
        ["Unit 4, Mill Lane Industrial Estate", "Leeds LS12 6AB", "United Kingdom"],
    ),
    ("Fenwick & Daughters Vintage", ["27 Harbour Street", "Whitstable CT5 1AH", "United Kingdom"]),
    ("Little Acorn Kidswear", ["Flat 2, 9 Queen's Road", "Bristol BS8 1QU", "United Kingdom"]),
    ("Kestrel Outdoor Supply", ["Dock Road 14", "Galway H91 X2Y3", "Ireland"]),
]
EN_CUSTOMERS = [
    ["Ms Hannah Lowe", "18 Beech Avenue", "Nottingham NG7 2PQ"],
    ["Mr Oliver Grant", "Apartment 5B, 40 Canal Street", "Manchester M1 3HE"],
    ["Joanna Kaczmarek", "ul. Ogrodowa 12/4", "00-876 Warszawa", "Poland"],
    ["Mr David Byrne", "3 Church View", "Cork T12 K8W2", "Ireland"],
]


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"heldout5_messages_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DISGUISE_PATTERNS = [
    re.compile(r"\[(?:at|dot|kropka|tečka|bodka|pont|kukac)\]", re.I),
    re.compile(r"\(\s*(?:at|dot|małpa|zavináč|zavinac|kukac)\s*\)", re.I),
    re.compile(r"(?:\b\w[ .*_-]){3,}\w\b"),
    re.compile(r"([a-zA-Z])\1{3,}"),
    re.compile(r"\b[a-zA-Z]+[0-9@$]+[a-zA-Z]+\b"),
]


def text_tags(text, lang):
    tags = []
    if "\n" in text:
        tags.append("email" if len(text) > 200 else "multiline")
    if len(text) < 60:
        tags.append("short")
    elif len(text) > 300:
        tags.append("long")
    if lang != "en" and all(ord(ch) < 128 for ch in text):
        tags.append("no_diacritics")
    if any(p.search(text) for p in DISGUISE_PATTERNS):
        tags.append("disguised")
    return tags


def money(value):
    return f"£{value:,.2f}"


def order_block(rng):
    number = f"HB-{rng.randint(100000, 999999)}"
    lines = [f"Order number: {number}", "Items:"]
    total = 0.0
    for name, price in rng.sample(EN_ITEMS, rng.randint(1, 3)):
        qty = rng.randint(1, 3)
        total += qty * price
        lines.append(f"  {qty} x {name} @ {money(price)} = {money(qty * price)}")
    shipping = rng.choice([0.0, 2.99, 3.95, 4.50])
    lines.append(f"Subtotal: {money(total)}")
    lines.append(f"Delivery: {money(shipping) if shipping else 'free'}")
    lines.append(f"Total paid: {money(total + shipping)}")
    lines.append("Deliver to:")
    lines.extend(f"  {row}" for row in rng.choice(EN_CUSTOMERS))
    return "\n".join(lines)


def shop_signature(rng):
    shop, address = rng.choice(EN_SHOPS)
    return "\n".join(
        [
            rng.choice(["Kind regards,", "Best wishes,", "Thank you for shopping with us,"]),
            shop,
            *address,
        ]
    )


def letter(body, lang, rng, with_order=False):
    parts = [rng.choice(GREETINGS[lang]), "", body]
    if with_order:
        parts += ["", order_block(rng), "", shop_signature(rng)]
    else:
        parts += ["", rng.choice(SIGNOFFS[lang])]
    return "\n".join(parts)


def quote_header(lang, rng):
    month = rng.randint(1, 12)
    return QUOTE_HEADERS[lang].format(
        d=rng.randint(1, 28),
        m=month,
        h=rng.randint(7, 22),
        mi=rng.randint(0, 59),
        name=rng.choice(QUOTE_NAMES[lang]),
        mon=(HU_MONTHS if lang == "hu" else EN_MONTHS)[month - 1],
        wd=rng.choice(EN_DAYS),
    )


def reply(body, earlier, lang, rng, with_order=False):
    as_letter = with_order or rng.random() < 0.5
    top = letter(body, lang, rng, with_order) if as_letter else body
    quoted = "\n".join(("> " + row) if row else ">" for row in earlier.split("\n"))
    return f"{top}\n\n{quote_header(lang, rng)}\n{quoted}"


def ordinary_rows(lang, module, rng):
    hard = set(getattr(module, "HARD_NEGATIVES", []))
    bodies = list(module.ORDINARY)
    rows = []
    seen = set()

    def add(text, body, kind, with_order=False):
        if text in seen:
            return
        seen.add(text)
        tags = ["ordinary", kind]
        if with_order:
            tags.append("order_details")
        if body in hard:
            tags.append("hard_negative")
        for tag in text_tags(text, lang):
            if tag not in tags and tag != "disguised":
                tags.append(tag)
        rows.append(
            {"text": text, "lang": lang, "expected": "allow", "categories": [], "tags": tags}
        )

    for body in bodies:
        add(body, body, "as_typed")
    for body in bodies:
        with_order = lang == "en" and rng.random() < ORDER_SHARE
        add(letter(body, lang, rng, with_order), body, "email", with_order)
    order = bodies[:]
    rng.shuffle(order)
    needed = max(0, 440 - len(rows))
    for i in range(max(needed, len(bodies) // 2)):
        body = order[i % len(order)]
        earlier = order[(i * 7 + 3) % len(order)]
        if earlier == body:
            earlier = order[(i + 1) % len(order)]
        with_order = lang == "en" and rng.random() < ORDER_SHARE
        add(reply(body, earlier, lang, rng, with_order), body, "quoted", with_order)
    return rows


def main():
    block_rows = []
    ordinary = []
    for lang in LANGS:
        module = load(lang)
        rng = random.Random(f"{SEED}-{lang}")  # noqa: S311 (reproducible data, not crypto)
        for category in CATEGORIES:
            texts = module.BLOCK[category]
            assert len(texts) == 20, (lang, category, len(texts))
            for text in texts:
                block_rows.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [category],
                        "tags": text_tags(text, lang),
                    }
                )
        rows = ordinary_rows(lang, module, rng)
        assert len(rows) >= 420, (lang, len(rows))
        ordinary.extend(rows)
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as fh:
        for row in block_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as fh:
        for row in ordinary:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(block_rows)} lines; ordinary.jsonl: {len(ordinary)} lines")


if __name__ == "__main__":
    main()
