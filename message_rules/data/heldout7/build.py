"""Held-out evaluation set 7 for the marketplace message rules.

Written by a seventh independent author on 2026-12-06, from the written policy only
(no other data, rules, lexicon or model in the repository was consulted). Every text in
the messages_*.py files was typed by hand for its language; nothing was translated.

Files (all in message_rules/data/heldout7/):
  messages_pl.py, messages_cs.py, messages_sk.py, messages_hu.py, messages_en.py
      BLOCK    -- dict: category -> list of texts that must be blocked for that category
      ORDINARY -- list of ordinary message bodies that must pass
  build.py        -- this script (stdlib only, deterministic, seeded random)
  heldout.jsonl   -- one line per BLOCK text: {"text", "lang", "expected": "block",
                     "categories": [category], "tags": [...]}
  ordinary.jsonl  -- ordinary messages built from ORDINARY bodies: as typed, as e-mail
                     letters with localised greetings and sign-offs, as e-mail replies
                     quoting another ORDINARY body, and (English) with order details and a
                     shop signature. {"text", "lang", "expected": "allow", "categories": [],
                     "tags": ["ordinary", ...]}

Run from the repository root:
    python3 message_rules/data/heldout7/build.py
"""

import datetime
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
ORDINARY_PER_LANG = 430
SEED = 7

GREETINGS = {
    "pl": [
        "Dzień dobry,",
        "Witam,",
        "Dzień dobry Pani,",
        "Dzień dobry Panu,",
        "Cześć,",
        "Witam serdecznie,",
    ],
    "cs": [
        "Dobrý den,",
        "Zdravím,",
        "Dobrý den, pane Nováku,",
        "Ahoj,",
        "Dobrý den, paní Svobodová,",
        "Dobré odpoledne,",
    ],
    "sk": [
        "Dobrý deň,",
        "Zdravím,",
        "Dobrý deň prajem,",
        "Ahoj,",
        "Dobrý deň, pán Kováč,",
        "Pekný deň,",
    ],
    "hu": [
        "Jó napot!",
        "Kedves Eladó!",
        "Tisztelt Vásárló!",
        "Szia!",
        "Üdvözlöm!",
        "Kedves Anna!",
    ],
    "en": ["Hi,", "Hello,", "Dear seller,", "Hi Tom,", "Good morning,", "Dear Ms Patel,"],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam,\nAnna",
        "Z poważaniem,\nKrzysztof Nowak",
        "Pozdrawiam serdecznie\nMagda W.",
        "Dziękuję i pozdrawiam,\nTomek",
        "Miłego dnia!\nJoanna Kaczmarek",
    ],
    "cs": [
        "S pozdravem\nPetr Dvořák",
        "Děkuji a hezký den\nJana",
        "S pozdravem,\nLucie Horáková",
        "Díky, mějte se\nOndra",
        "Hezký den přeje\nMartin Procházka",
    ],
    "sk": [
        "S pozdravom\nMária Kováčová",
        "Ďakujem a pekný deň\nJozef",
        "S pozdravom,\nPeter Horváth",
        "Vďaka, majte sa\nZuzka",
        "Pekný deň praje\nMichal Baláž",
    ],
    "hu": [
        "Üdvözlettel:\nNagy Péter",
        "Köszönöm,\nZsófi",
        "Tisztelettel:\nKovács Anna",
        "Szép napot!\nBalázs",
        "Üdv,\nTóth Gergő",
    ],
    "en": [
        "Kind regards,\nSarah",
        "Best wishes,\nJames Whitfield",
        "Thanks,\nPriya",
        "Cheers,\nDan",
        "Many thanks,\nEmily Carter",
    ],
}
NAMES = {
    "pl": ["Marek Zieliński", "Agnieszka Lewandowska", "Piotr Wójcik", "Kasia Mazur"],
    "cs": ["Jana Nováková", "Tomáš Černý", "Veronika Malá", "Jakub Veselý"],
    "sk": ["Peter Horváth", "Lucia Tóthová", "Martin Varga", "Katarína Nagyová"],
    "hu": ["Kovács Anna", "Szabó Gábor", "Varga Eszter", "Molnár Bence"],
    "en": ["Sarah Collins", "Mark Evans", "Olivia Brown", "Raj Mehta"],
}


def quote_header(lang, rnd):
    name = rnd.choice(NAMES[lang])
    d = rnd.randint(1, 28)
    h, m = rnd.randint(7, 22), rnd.randint(0, 59)
    if lang == "pl":
        return f"W dniu {d:02d}.11.2026 o {h}:{m:02d}, {name} napisał(a):"
    if lang == "cs":
        return f"Dne {d}. 11. 2026 v {h}:{m:02d} {name} napsal(a):"
    if lang == "sk":
        return f"Dňa {d}. 11. 2026 o {h}:{m:02d} {name} napísal(a):"
    if lang == "hu":
        return f"{name} ezt írta (időpont: 2026. nov. {d}., {h}:{m:02d}):"
    day = datetime.date(2026, 11, d).strftime("%a")
    return f"On {day}, {d} Nov 2026 at {h}:{m:02d}, {name} wrote:"


EN_ITEMS = [
    ("Bosch cordless drill GSR 12V", 64.99),
    ("Ceramic mug set (4 pcs)", 18.50),
    ("Kids' raincoat, size 116", 22.00),
    ("USB-C charging cable 2 m", 7.49),
    ("Linen tablecloth 140x200", 31.90),
    ("LEGO City fire station 60320", 89.99),
    ("Running shoes, EU 42", 54.00),
    ("Wine glasses, set of 6", 26.40),
    ("Chef's knife 20 cm", 39.00),
    ("Garden hose 25 m", 19.99),
]
EN_SHOPS = [
    ("Tom Harris", "HomeCornerShop"),
    ("Anna Kowalska", "KidsWardrobe_PL"),
    ("Martin Novak", "ToolBoxCZ"),
    ("Eva Szabo", "KitchenAndMore"),
]
EN_ADDR = [
    ("Joanna Nowak", "ul. Lipowa 12/4", "30-001 Kraków", "Poland"),
    ("Petr Svoboda", "Dlouhá 8", "110 00 Praha 1", "Czech Republic"),
    ("Katarína Bieliková", "Hlavná 27", "040 01 Košice", "Slovakia"),
    ("Nagy Réka", "Petőfi u. 5.", "6720 Szeged", "Hungary"),
]


def en_order_block(rnd):
    n = rnd.randint(1, 3)
    items = rnd.sample(EN_ITEMS, n)
    lines = [f"Order no. {rnd.randint(1000000, 9999999)}-{rnd.randint(10, 99)}"]
    total = 0.0
    for name, price in items:
        q = rnd.randint(1, 2)
        total += q * price
        lines.append(f"  {q} x {name} - EUR {price:.2f}")
    ship = rnd.choice([0.0, 3.99, 5.49])
    lines.append(f"  Delivery: EUR {ship:.2f}")
    lines.append(f"  Total: EUR {total + ship:.2f}")
    a = rnd.choice(EN_ADDR)
    lines.append("Delivery address:")
    lines.extend("  " + x for x in a)
    return "\n".join(lines)


def en_shop_signature(rnd):
    person, shop = rnd.choice(EN_SHOPS)
    return (
        f"Best regards,\n{person}\n{shop} - customer service\n"
        f"Our shop on the marketplace: https://allegro.pl/uzytkownik/{shop}"
    )


def load(lang):
    path = HERE / f"messages_{lang}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"heldout7_{lang}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


DISGUISE = [
    re.compile(r"\b\w([ .\-_*]\w){3,}\b"),  # s p a c e d / d.o.t.t.e.d
    re.compile(r"[A-Za-zÀ-ž][0-9@$][A-Za-zÀ-ž]"),  # l33t inside a word
    re.compile(r"\*"),
    re.compile(
        r"\b(dot|kropka|tecka|tečka|bodka|pont|at|małpa|malpa|zavinac|zavináč|"
        r"zavinac|kukac)\b",
        re.I,
    ),
    re.compile(r"(\w)\1{3,}"),  # stretched
    re.compile(
        r"\b(zero|jeden|dwa|trzy|nula|jedna|dva|tri|tři|nulla|egy|kettő|három|"
        r"one|two|three|seven|eight|nine|siedem|sedm|sedem|hét|nyolc)\b.*\b("
        r"zero|jeden|dwa|trzy|nula|jedna|dva|tri|tři|nulla|egy|kettő|három|one|two|"
        r"three|seven|eight|nine|osiem|osm|osem|kilenc)\b",
        re.I,
    ),
]


def block_tags(text):
    tags = []
    if len(text) >= 280 or text.count("\n") >= 3:
        tags.append("long")
    elif len(text) <= 70 and "\n" not in text:
        tags.append("chat")
    else:
        tags.append("medium")
    tags.append("disguised" if any(p.search(text) for p in DISGUISE) else "plain")
    return tags


def main():
    rnd = random.Random(SEED)  # noqa: S311 (data, not secrets)
    heldout, ordinary = [], []
    seen = set()
    for lang in LANGS:
        mod = load(lang)
        if mod is None:
            print(f"{lang}: missing, skipped")
            continue
        nb = 0
        for cat in CATEGORIES:
            for text in mod.BLOCK.get(cat, []):
                text = text.strip()
                if text in seen:
                    raise SystemExit(f"duplicate block text ({lang}/{cat}): {text[:60]}")
                seen.add(text)
                heldout.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": block_tags(text),
                    }
                )
                nb += 1
        bodies = [b.strip() for b in mod.ORDINARY]
        out = []

        def add(text, tags, out=out, lang=lang):
            if text in seen:
                return
            seen.add(text)
            out.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary", *tags],
                }
            )

        for b in bodies:
            add(b, ["typed"])
        rounds = 0
        while len(out) < ORDINARY_PER_LANG and rounds < 20:
            rounds += 1
            for b in bodies:
                if len(out) >= ORDINARY_PER_LANG:
                    break
                kind = rnd.choice(["letter", "reply"])
                order = lang == "en" and rnd.random() < 0.62
                if kind == "letter":
                    parts = [rnd.choice(GREETINGS[lang]), b]
                    tags = ["email", "letter"]
                else:
                    other = rnd.choice([x for x in bodies if x != b])
                    quoted = "\n".join("> " + ln if ln else ">" for ln in other.split("\n"))
                    parts = [b]
                    tags = ["email", "quoted_reply"]
                if order:
                    parts.append(en_order_block(rnd))
                    tags.append("order_details")
                if order and rnd.random() < 0.6:
                    parts.append(en_shop_signature(rnd))
                    tags.append("shop_signature")
                else:
                    parts.append(rnd.choice(SIGNOFFS[lang]))
                if kind == "reply":
                    parts.append(quote_header(lang, rnd) + "\n" + quoted)
                add("\n\n".join(parts), tags)
        ordinary.extend(out)
        print(f"{lang}: block {nb}, ordinary bodies {len(bodies)}, ordinary lines {len(out)}")
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as f:
        for r in heldout:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as f:
        for r in ordinary:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"total: block {len(heldout)}, ordinary {len(ordinary)}")


if __name__ == "__main__":
    main()
