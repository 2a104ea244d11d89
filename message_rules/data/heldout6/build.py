"""Build held-out evaluation set 6 for the marketplace message rules.

Written on 2026-12-06 by an independent (sixth) author from the written policy only
(/work/notes/policy.md); no existing data, lexicon or model was looked at. The texts in
``messages_{pl,cs,sk,hu,en}.py`` were typed by hand, one by one, each language with its
own scenarios (brands, banks, couriers, currencies, names, slang).

Files:
- ``messages_<lang>.py``: ``BLOCK = {category: [20 texts]}`` for the six categories and
  ``ORDINARY = [...]`` with ordinary message bodies (a good share hard negatives).
- ``heldout.jsonl``: one line per BLOCK entry, ``expected`` = "block", one category.
- ``ordinary.jsonl``: at least 420 lines per language built from the ORDINARY bodies:
  as typed, as e-mail letters with localised greetings and sign-offs, as replies quoting
  an earlier message in e-mail style ("On ... wrote:" and "> " lines, localised), and for
  English about half carrying order details (order number, items, amounts, delivery
  address lines, a shop's mail signature). Every line has the tag "ordinary".

Run from the repository root (stdlib only, deterministic, seeded random):

    python3 message_rules/data/heldout6/build.py
"""

import importlib.util
import json
import random
import re
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
MIN_ORDINARY = 420

DIACRITICS = {
    "pl": "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ",
    "cs": "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ",
    "sk": "áäčďéíĺľňóôŕšťúýžÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ",
    "hu": "áéíóöőúüűÁÉÍÓÖŐÚÜŰ",
}

DISGUISE_RES = [
    re.compile(r"(?:\b\w\s){3,}\w\b"),  # s p a c e d letters
    re.compile(r"[A-Za-z][0-9@$*][A-Za-z0-9]*[A-Za-z]"),  # leet or symbols inside a word
    re.compile(r"(\w)\1\1"),  # stttretched letters
    re.compile(
        r"\[(?:at|dot|pont|tecka|bodka|kropka)\]|\((?:at|dot|zavinac|bodka|tecka|"
        r"małpa|kropka)\)|\bkukac\b|zavináč|małpa|\bdot\b|\bpont (?:hu|com)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\w(?:\.\w){2,}"),  # d.o.t.t.e.d
    re.compile(r"\b\w{2,}\s*,\s*\w{2,}\s*,\s*com\b"),
]

HARD_NEGATIVE_RE = re.compile(
    r"pay|paid|refund|courier|tracking|track|parcel|locker|password|code|scam|phish|"
    r"link|http|order|account|call|rang|bank|card|wine|beer|alcohol|grow|shiitake|"
    r"scunthorpe|£|\d{4,}|"
    r"płat|zapłac|zwrot|kurier|paczk|przesył|śledz|hasł|kod|oszust|link|konto|"
    r"dzwon|blik|kart|wina|piw|alkohol|nalew|uprawy|zamówieni|"
    r"platb|zaplat|vrácen|vráten|kurýr|kuriér|zásil|sledov|hesl|kód|podvod|odkaz|"
    r"účt|volal|kart|vín|piv|alkohol|objednáv|pestov|pěsteb|"
    r"fizet|utal|visszatérít|futár|csomag|követ|jelsz|kód|csal|link|fiók|"
    r"hív|kárty|\bbor\b|sör|alkohol|pálinká|rendelés|szárny|növénylámp|"
    r"\bk[cč]\b|zł|\bft\b|€",
    re.IGNORECASE,
)

GREETINGS = {
    "pl": ["Dzień dobry,", "Witam,", "Szanowna Pani,", "Szanowny Panie,", "Cześć,"],
    "cs": ["Dobrý den,", "Zdravím,", "Vážená paní,", "Vážený pane,", "Ahoj,"],
    "sk": ["Dobrý deň,", "Zdravím,", "Vážená pani,", "Vážený pán,", "Ahoj,"],
    "hu": ["Kedves Eladó!", "Jó napot!", "Tisztelt Hirdető!", "Szia!", "Kedves Vevő!"],
    "en": ["Hi,", "Hello,", "Dear Seller,", "Hi there,", "Good morning,"],
}
SIGNOFFS = {
    "pl": ["Pozdrawiam", "Z poważaniem", "Dziękuję i pozdrawiam", "Miłego dnia"],
    "cs": ["S pozdravem", "Děkuji a zdravím", "Hezký den", "S přáním hezkého dne"],
    "sk": ["S pozdravom", "Ďakujem a zdravím", "Pekný deň", "S úctou"],
    "hu": ["Üdvözlettel,", "Köszönettel,", "Szép napot!", "Tisztelettel,"],
    "en": ["Kind regards,", "Best wishes,", "Thanks,", "Many thanks,", "Cheers,"],
}
NAMES = {
    "pl": [
        "Anna Nowak",
        "Piotr Zieliński",
        "Katarzyna Wiśniewska",
        "Marcin Górski",
        "Joanna Kubiak",
        "Tomasz Pietrzak",
    ],
    "cs": [
        "Jana Nováková",
        "Petr Svoboda",
        "Lucie Dvořáková",
        "Tomáš Černý",
        "Eva Procházková",
        "Martin Kučera",
    ],
    "sk": [
        "Jana Kováčová",
        "Peter Horváth",
        "Lucia Vargová",
        "Martin Tóth",
        "Zuzana Nagyová",
        "Michal Baláž",
    ],
    "hu": [
        "Nagy Anna",
        "Kovács Péter",
        "Tóth Eszter",
        "Szabó Gergely",
        "Horváth Réka",
        "Varga Márton",
    ],
    "en": [
        "Anna Smith",
        "James Brown",
        "Emily Clarke",
        "Oliver Jones",
        "Charlotte Evans",
        "Harry Wilson",
    ],
}
HU_DAYS = ["H", "K", "Sze", "Cs", "P", "Szo", "V"]
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
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

SHOPS = [
    ("The Little Candle Co.", ["12 Market Street", "Bath", "BA1 1AA"]),
    ("Hartley & Sons Homeware", ["Unit 4, Riverside Park", "Leeds", "LS11 5DR"]),
    ("Knit & Purl", ["3 Church Lane", "Norwich", "NR2 1QA"]),
    ("Oak Barn Furniture", ["Oak Barn, Mill Road", "Ludlow", "SY8 2LP"]),
]
ITEMS = [
    ("Soy wax candle, fig & cedar", 12.50),
    ("Linen cushion cover, grey", 14.99),
    ("Merino beanie, navy", 18.00),
    ("Ceramic mug, speckled", 9.75),
    ("Oak chopping board, large", 34.00),
    ("Cotton tote bag", 6.50),
    ("Wool throw, mustard", 45.00),
    ("Set of 4 coasters", 11.20),
]
ADDRESSES = [
    ["Flat 2, 14 Mill Lane", "York", "YO1 7HH"],
    ["27 Elm Grove", "Cardiff", "CF24 3AB"],
    ["5 Station Road", "Harrogate", "HG1 1SX"],
    ["Apartment 9, 101 Deansgate", "Manchester", "M3 2BQ"],
]


def load(lang):
    spec = importlib.util.spec_from_file_location(f"messages_{lang}", HERE / f"messages_{lang}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_letter(text):
    return "\n\n" in text


def base_tags(text, lang):
    tags = ["long" if len(text) > 200 or is_letter(text) else "short"]
    if is_letter(text):
        tags.append("email")
    if lang in DIACRITICS and len(text) > 12 and not any(ch in DIACRITICS[lang] for ch in text):
        tags.append("no_diacritics")
    return tags


def block_lines(lang, module):
    lines = []
    for category in CATEGORIES:
        texts = module.BLOCK[category]
        assert len(texts) == 20, (lang, category, len(texts))
        for text in texts:
            tags = base_tags(text, lang)
            if any(rx.search(text) for rx in DISGUISE_RES):
                tags.append("disguised")
            lines.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "block",
                    "categories": [category],
                    "tags": tags,
                }
            )
    return lines


def quote_header(lang, rng):
    name = rng.choice(NAMES[lang])
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    hour, minute = rng.randint(7, 22), rng.randint(0, 59)
    weekday = rng.randint(0, 6)
    if lang == "pl":
        return f"W dniu {day:02d}.{month:02d}.2026 o {hour:02d}:{minute:02d} {name} pisze:"
    if lang == "cs":
        return f"Dne {day}. {month}. 2026 v {hour}:{minute:02d} {name} napsal(a):"
    if lang == "sk":
        return f"Dňa {day}. {month}. 2026 o {hour}:{minute:02d} {name} napísal(a):"
    if lang == "hu":
        return (
            f"{name} ezt írta (időpont: 2026. {HU_MONTHS[month - 1]} {day}., "
            f"{HU_DAYS[weekday]} {hour}:{minute:02d}):"
        )
    return (
        f"On {EN_DAYS[weekday]}, {day} {EN_MONTHS[month - 1]} 2026 at "
        f"{hour:02d}:{minute:02d}, {name} wrote:"
    )


def letter(lang, body, rng):
    name = rng.choice(NAMES[lang])
    return f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{rng.choice(SIGNOFFS[lang])}\n{name}"


def order_block(rng):
    shop, shop_address = rng.choice(SHOPS)
    number = f"{rng.choice(['#', 'No. ', ''])}{rng.randint(100000, 999999)}"
    picked = rng.sample(ITEMS, rng.randint(1, 3))
    lines = [f"Order {number}", ""]
    subtotal = 0.0
    for title, price in picked:
        qty = rng.randint(1, 3)
        subtotal += qty * price
        lines.append(f"{qty} x {title}  £{qty * price:.2f}")
    delivery = rng.choice([0.0, 2.99, 3.95, 4.50])
    lines += [
        f"Subtotal: £{subtotal:.2f}",
        f"Delivery: £{delivery:.2f}",
        f"Total paid: £{subtotal + delivery:.2f}",
        "",
        "Delivery address:",
        rng.choice(NAMES["en"]),
        *rng.choice(ADDRESSES),
        "United Kingdom",
        "",
        "--",
        shop,
        *shop_address,
        "Customer care Mon-Fri 9am-5pm",
    ]
    return "\n".join(lines)


def ordinary_lines(lang, module, rng):
    bodies = list(module.ORDINARY)
    assert len(bodies) >= 150, (lang, len(bodies))
    out = []

    def add(text, extra):
        tags = ["ordinary", *base_tags(text, lang), *extra]
        if HARD_NEGATIVE_RE.search(text):
            tags.append("hard_negative")
        out.append(
            {
                "text": text,
                "lang": lang,
                "expected": "allow",
                "categories": [],
                "tags": sorted(set(tags), key=tags.index),
            }
        )

    for body in bodies:
        add(body, ["as_typed"])

    for body in bodies:
        if is_letter(body):
            continue
        text = letter(lang, body, rng)
        extra = ["email", "letter"]
        if lang == "en" and rng.random() < 0.85:
            text = f"{text}\n\n{order_block(rng)}"
            extra.append("order_details")
        add(text, extra)

    while len(out) < MIN_ORDINARY:
        reply, earlier = rng.sample(bodies, 2)
        quoted = "\n".join("> " + line if line else ">" for line in earlier.split("\n"))
        text = f"{reply}\n\n{quote_header(lang, rng)}\n{quoted}"
        extra = ["email", "quoted"]
        if lang == "en" and rng.random() < 0.4:
            text = f"{text}\n>\n" + "\n".join(
                "> " + line if line else ">" for line in order_block(rng).split("\n")
            )
            extra.append("order_details")
        add(text, extra)
    return out


def main():
    block, ordinary = [], []
    for index, lang in enumerate(LANGS):
        module = load(lang)
        rng = random.Random(SEED + index)  # noqa: S311 (data, not crypto)
        block += block_lines(lang, module)
        ordinary += ordinary_lines(lang, module, rng)
    for name, rows in (("heldout.jsonl", block), ("ordinary.jsonl", ordinary)):
        with open(HERE / name, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    for lang in LANGS:
        nb = sum(1 for row in block if row["lang"] == lang)
        no = sum(1 for row in ordinary if row["lang"] == lang)
        print(f"{lang}: block {nb}, ordinary {no}")


if __name__ == "__main__":
    main()
