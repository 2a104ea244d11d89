# ruff: noqa: E501, S311, B023  (data; the closure runs within its own loop pass)
"""Held-out evaluation set 14 for the Message Center moderation.

Written by the fourteenth independent helper author (branch helper-h14-s16) on
2026-12-06, from the message policy only (/work/notes/policy.md); the engine, its
rules, lexicon, model, tests, training data and the other held-out sets were not read.

Run ``python3 build.py``: it loads messages_<lang>.py from this folder by path and
writes heldout.jsonl (every BLOCK message, expected "block") and ordinary.jsonl
(420 allowed lines per language: the ORDINARY bodies plain, as letters, as replies
quoting an earlier ordinary message and, for English, followed by an order summary).
Deterministic: seeded random (SEED = 1414), lines deduplicated.
"""

import importlib.util
import json
import random
from pathlib import Path

SEED = 1414
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
ORDINARY_PER_LANG = 420
LONG_CHARS = 160

GREETINGS = {
    "pl": [
        "Dzień dobry,",
        "Witam,",
        "Dzien dobry Panie Marku,",
        "Szanowna Pani,",
        "Cześć,",
        "Hej,",
        "Dobry wieczór,",
        "Witam serdecznie,",
    ],
    "cs": [
        "Dobrý den,",
        "Dobry den,",
        "Zdravím,",
        "Ahoj,",
        "Vážená paní,",
        "Dobrý večer,",
        "Čau,",
        "Dobrý den pane Nováku,",
    ],
    "sk": [
        "Dobrý deň,",
        "Dobry den,",
        "Zdravím,",
        "Ahoj,",
        "Vážená pani,",
        "Dobrý večer,",
        "Čau,",
        "Dobrý deň pán Horváth,",
    ],
    "hu": [
        "Jó napot!",
        "Jo napot,",
        "Szia!",
        "Sziasztok,",
        "Kedves Eladó!",
        "Tisztelt Hölgyem!",
        "Üdv,",
        "Helló,",
    ],
    "en": [
        "Hi,",
        "Hello,",
        "Dear seller,",
        "Hi there,",
        "Good morning,",
        "Hey,",
        "Dear Sir or Madam,",
        "Hello again,",
    ],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam\nAnna",
        "Pozdrawiam serdecznie,\nTomasz Wiśniewski",
        "Z poważaniem\nK. Nowak",
        "pozdr.\nMichał",
        "Dziękuję i pozdrawiam\nEwa",
        "Miłego dnia!\nJacek",
        "Pozdrawiam,\nsklep Drewniane Cudeńka",
    ],
    "cs": [
        "S pozdravem\nPetr",
        "S pozdravem,\nJana Dvořáková",
        "Děkuji a přeji hezký den\nLucie",
        "Díky, M.",
        "Zdraví\nKarel Novák",
        "S pozdravem\ne-shop Dřevěnky",
    ],
    "sk": [
        "S pozdravom\nMartin",
        "S pozdravom,\nZuzana Kováčová",
        "Ďakujem a pekný deň\nPeter",
        "Díky, J.",
        "Pekný deň prajem\nMária",
        "S pozdravom\nobchod Drevárik",
    ],
    "hu": [
        "Üdvözlettel:\nKovács Anna",
        "Köszönöm,\nPéter",
        "Üdv,\nGábor",
        "Szép napot!\nZsófi",
        "Tisztelettel:\nNagy István",
        "Üdvözlettel,\nFaházikó webshop",
    ],
    "en": [
        "Kind regards,\nSarah",
        "Thanks,\nTom",
        "Best wishes,\nDaniel Brooks",
        "Cheers,\nMike",
        "Many thanks,\nEmma Clarke",
        "Regards,\nThe Oak & Pine shop team",
    ],
}
QUOTE_HEADERS = {
    "pl": [
        "W dniu {d} o {t} Kupujący napisał:",
        "W dniu {d}, o godz. {t}, sprzedawca napisał(a):",
        "{d} {t}, Marta K. napisała:",
    ],
    "cs": [
        "Dne {d} v {t} kupující napsal:",
        "Dne {d} {t} prodávající napsal(a):",
        "{d} v {t}, Jana D. napsala:",
    ],
    "sk": [
        "Dňa {d} o {t} kupujúci napísal:",
        "Dňa {d} {t} predajca napísal(a):",
        "{d} o {t}, Zuzana K. napísala:",
    ],
    "hu": [
        "{d} {t} időpontban a vevő ezt írta:",
        "{d}, {t} – az eladó írta:",
        "Kovács Anna ezt írta ({d} {t}):",
    ],
    "en": [
        "On {d} at {t}, the buyer wrote:",
        "On {d}, {t} the seller wrote:",
        "On {d} {t} Sarah J. wrote:",
    ],
}
DATES = {
    "pl": ["12.11.2026", "3 grudnia 2026", "28.10.2026", "1.12.2026"],
    "cs": ["12. 11. 2026", "3. prosince 2026", "28.10.2026", "1. 12. 2026"],
    "sk": ["12. 11. 2026", "3. decembra 2026", "28.10.2026", "1. 12. 2026"],
    "hu": ["2026. 11. 12.", "2026. december 3.", "2026.10.28.", "2026. 12. 01."],
    "en": ["12 Nov 2026", "Thu, 3 Dec 2026", "28/10/2026", "1 December 2026"],
}
TIMES = ["08:14", "10:02", "13:47", "17:30", "21:05", "22:58"]

EN_ORDER_ITEMS = [
    ("Oak chopping board, large", 1, "£34.00"),
    ("Ceramic mug set (4 pcs)", 2, "£41.98"),
    ("Kids' rain jacket, size 116", 1, "£22.50"),
    ("Stainless steel chef's knife 20 cm", 1, "£48.00"),
    ("Wine glasses, set of 6", 1, "£29.99"),
    ("LED desk lamp, black", 3, "£56.97"),
    ("Wool hiking socks", 4, "£31.60"),
    ("Cordless drill 18V with 2 batteries", 1, "£119.00"),
]
EN_DELIVERY = [
    "Evri, 2–4 working days",
    "Royal Mail Tracked 48",
    "DPD next day",
    "UPS Standard",
    "InPost locker, Manchester Piccadilly",
    "Collect in person",
]


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"heldout14_messages_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_letter(rng, lang, body):
    greeting = rng.choice(GREETINGS[lang])
    signoff = rng.choice(SIGNOFFS[lang])
    opening = body.split(",")[0].split("!")[0].strip().lower()
    if any(opening == g.rstrip(",!").lower() for g in GREETINGS[lang]) or opening in (
        "hi",
        "hello",
        "szia",
        "ahoj",
        "witam",
        "hej",
        "hey",
    ):
        return f"{body}\n\n{signoff}"
    return f"{greeting}\n\n{body}\n\n{signoff}"


def as_reply(rng, lang, body, earlier):
    header = rng.choice(QUOTE_HEADERS[lang]).format(d=rng.choice(DATES[lang]), t=rng.choice(TIMES))
    quoted = "\n".join("> " + line for line in earlier.splitlines())
    if rng.random() < 0.5:
        return f"{body}\n\n{header}\n{quoted}"
    return f"{header}\n{quoted}\n\n{body}"


def with_order(rng, body):
    item, qty, total = rng.choice(EN_ORDER_ITEMS)
    number = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    summary = (
        "----- Order summary -----\n"
        f"Order number: {number}\n"
        f"Item: {item}\n"
        f"Quantity: {qty}\n"
        f"Total: {total}\n"
        f"Delivery: {rng.choice(EN_DELIVERY)}"
    )
    return f"{body}\n\n{summary}"


def main():
    rng = random.Random(SEED)
    block_lines, ordinary_lines = [], []
    seen = set()
    for lang in LANGS:
        module = load(lang)
        assert set(module.BLOCK) == set(CATEGORIES), (lang, sorted(module.BLOCK))
        for cat in CATEGORIES:
            messages = module.BLOCK[cat]
            assert len(messages) == 20 and len(set(messages)) == 20, (
                lang,
                cat,
                len(messages),
                len(set(messages)),
            )
            for text in messages:
                key = text.strip()
                assert key not in seen, ("duplicate", lang, text)
                seen.add(key)
                size = "long" if len(text) >= LONG_CHARS else "short"
                block_lines.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": [cat, size, "heldout14"],
                    }
                )
        bodies = list(module.ORDINARY)
        assert len(bodies) >= 110 and len(set(bodies)) == len(bodies), (
            lang,
            len(bodies),
            len(set(bodies)),
        )
        lines = []
        local = set()

        def add(text, form):
            if text in local or text in seen:
                return
            local.add(text)
            lines.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary", form],
                }
            )

        for body in bodies:
            add(body, "plain")
        forms = ["letter", "reply"] + (["order"] if lang == "en" else [])
        tries = 0
        while len(lines) < ORDINARY_PER_LANG:
            tries += 1
            assert tries < 100000
            form = forms[len(lines) % len(forms)] if rng.random() < 0.8 else rng.choice(forms)
            body = rng.choice(bodies)
            if form == "letter":
                add(as_letter(rng, lang, body), "letter")
            elif form == "reply":
                earlier = rng.choice([b for b in bodies if b != body])
                add(as_reply(rng, lang, body, earlier), "reply")
            else:
                text = with_order(rng, body)
                if rng.random() < 0.4:
                    text = as_letter(rng, lang, text)
                add(text, "order")
        seen.update(local)
        ordinary_lines.extend(lines)
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as fh:
        for row in block_lines:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as fh:
        for row in ordinary_lines:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"heldout.jsonl: {len(block_lines)} block lines; ordinary.jsonl: {len(ordinary_lines)} allow lines"
    )


if __name__ == "__main__":
    main()
