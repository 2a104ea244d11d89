# ruff: noqa: E501, S311, B023, UP031  (data; the closure runs within its own loop pass)
"""Held-out evaluation set 15 for the Message Center moderation rules.

Written by helper session h15 (the fifteenth independent author) on 2026-12-06,
from the message policy (/work/notes/policy.md) only, without reading the engine,
its rules, lexicon, model, tests, training data or any other held-out set.
Voices: specific people (a pensioner, a student flipping sneakers, a small shop
owner, a farmer, a gamer, an expat, a patient scammer, an angry drunk buyer).

Run: python3 build.py  -> heldout.jsonl (block) and ordinary.jsonl (allow).
"""

import importlib.util
import json
import os
import random

SEED = 1515
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
PER_LANG_ALLOW = 420

GREET = {
    "pl": [
        "Dzień dobry,",
        "Witam serdecznie,",
        "Szanowna Pani,",
        "Cześć,",
        "Dzien dobry Panu,",
        "Witam,",
    ],
    "cs": ["Dobrý den,", "Dobrý den přeji,", "Zdravím,", "Ahoj,", "Vážená paní,", "Dobry den,"],
    "sk": ["Dobrý deň,", "Dobry den prajem,", "Zdravím,", "Ahoj,", "Vážený pán,", "Pekný deň,"],
    "hu": [
        "Jó napot!",
        "Kedves Eladó!",
        "Tisztelt Hölgyem!",
        "Szia!",
        "Üdvözlöm!",
        "Jo napot kivanok,",
    ],
    "en": ["Hi,", "Hello,", "Dear seller,", "Good morning,", "Hiya,", "Hello there,"],
}
SIGN = {
    "pl": [
        "Pozdrawiam\nHalina",
        "Z poważaniem\nMarek Wiśniewski",
        "pozdro\nKuba",
        "Dziękuję i pozdrawiam,\nAnna",
        "Serdecznie pozdrawiam\nsklep Pasmanteria u Zosi",
    ],
    "cs": [
        "S pozdravem\nJana Nováková",
        "Díky, Petr",
        "Hezký den\nMilan",
        "S pozdravem\nZahradnictví Kvítek",
        "Zdraví\nbabička Věra",
    ],
    "sk": [
        "S pozdravom\nMária Horváthová",
        "Vďaka, Tomáš",
        "Pekný deň\nJozef",
        "S pozdravom\nFarma Hrušov",
        "Ďakujem, Zuzka",
    ],
    "hu": [
        "Üdvözlettel:\nKovács Ildikó",
        "Köszi, Bence",
        "Szép napot!\nNagy Tibor",
        "Tisztelettel:\nVarga Antikvárium",
        "Üdv,\nErzsi néni",
    ],
    "en": [
        "Cheers,\nTom",
        "Kind regards,\nMargaret Hill",
        "Thanks, Dan",
        "Best,\nOld Mill Crafts",
        "Many thanks\nPriya",
    ],
}
WROTE = {
    "pl": ["W dniu {d} o {t} {n} napisał:", "W dniu {d} {n} napisał(a):"],
    "cs": ["Dne {d} v {t} {n} napsal(a):", "Dne {d} {n} napsal(a):"],
    "sk": ["Dňa {d} o {t} {n} napísal(a):", "{d} {t}, {n} napísal(a):"],
    "hu": ["{d} {t} időpontban {n} ezt írta:", "{n} ezt írta ({d}):"],
    "en": ["On {d} at {t}, {n} wrote:", "On {d}, {n} wrote:"],
}
NAMES = {
    "pl": ["Kupujący", "Sprzedający", "Ewa K.", "tomek_88"],
    "cs": ["Kupující", "Prodávající", "Lenka S.", "pepa77"],
    "sk": ["Kupujúci", "Predávajúci", "Katka M.", "miro_ba"],
    "hu": ["Vevő", "Eladó", "Szabó Anna", "gabor_83"],
    "en": ["Buyer", "Seller", "Jess W.", "mike_1990"],
}
DATES = {
    "pl": ["12.11.2026", "3 grudnia 2026", "28.10.2026"],
    "cs": ["12. 11. 2026", "3. prosince 2026", "28.10.2026"],
    "sk": ["12. 11. 2026", "3. decembra 2026", "28.10.2026"],
    "hu": ["2026. 11. 12.", "2026. december 3.", "2026.10.28."],
    "en": ["12 Nov 2026", "Thu, 3 Dec 2026", "28/10/2026"],
}


def load(lang):
    path = os.path.join(HERE, "messages_%s.py" % lang)
    spec = importlib.util.spec_from_file_location("messages_%s" % lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def order_summary(rng):
    no = "".join(rng.choice("0123456789") for _ in range(9))
    items = rng.choice(
        [
            "1 x Ceramic mug set (4)",
            "1 x Kids' raincoat, size 110",
            '2 x Bike inner tube 28"',
            "1 x Paperback: The Hobbit",
            "1 x Oak chopping board",
        ]
    )
    price = rng.choice(["£12.50", "€18.00", "£7.99", "€24.90", "£31.00"])
    ship = rng.choice(["Evri 48h", "Royal Mail Tracked", "InPost Locker", "DPD Pickup"])
    return (
        "--- Order summary ---\nOrder no.: %s\nItem: %s\nTotal paid via the site: %s\nDelivery: %s\n---------------------"
        % (no, items, price, ship)
    )


def main():
    rng = random.Random(SEED)
    block_rows, allow_rows = [], []
    for lang in LANGS:
        mod = load(lang)
        seen = set()
        for cat in CATS:
            msgs = mod.BLOCK[cat]
            assert len(msgs) == 20, (lang, cat, len(msgs))
            assert len(set(msgs)) == 20, (lang, cat)
            for m in msgs:
                m = m.strip()
                if m in seen:
                    raise SystemExit("duplicate %s %s: %s" % (lang, cat, m))
                seen.add(m)
                size = "long" if (len(m) >= 170 or "\n" in m) else "short"
                block_rows.append(
                    {
                        "text": m,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": [cat, size, "heldout15"],
                    }
                )
        ordinary = [o.strip() for o in mod.ORDINARY]
        assert len(ordinary) >= 110 and len(set(ordinary)) == len(ordinary), (
            lang,
            len(ordinary),
            len(set(ordinary)),
        )
        out, oseen = [], set()

        def add(text, form):
            if text in oseen:
                return False
            oseen.add(text)
            out.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary", form],
                }
            )
            return True

        for o in ordinary:
            add(o, "plain")
        forms = ["letter", "reply"] + (["order_summary"] if lang == "en" else [])
        tries = 0
        while len(out) < PER_LANG_ALLOW and tries < 100000:
            tries += 1
            form = rng.choice(forms)
            body = rng.choice(ordinary)
            if form == "letter":
                text = "%s\n\n%s\n\n%s" % (rng.choice(GREET[lang]), body, rng.choice(SIGN[lang]))
            elif form == "reply":
                quoted = rng.choice([x for x in ordinary if x != body])
                head = rng.choice(WROTE[lang]).format(
                    d=rng.choice(DATES[lang]),
                    t=rng.choice(["9:14", "18:02", "21:47", "07:30"]),
                    n=rng.choice(NAMES[lang]),
                )
                qlines = "\n".join("> " + ln for ln in quoted.split("\n"))
                text = "%s\n\n%s\n%s" % (body, head, qlines)
            else:
                text = "%s\n\n%s\n\n%s" % (body, rng.choice(SIGN[lang]), order_summary(rng))
            add(text, form)
        assert len(out) == PER_LANG_ALLOW, (lang, len(out))
        allow_rows.extend(out)
    with open(os.path.join(HERE, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for r in block_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in allow_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("block", len(block_rows), "allow", len(allow_rows))


if __name__ == "__main__":
    main()
