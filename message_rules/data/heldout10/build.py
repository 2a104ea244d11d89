"""Held-out evaluation set 10 for the message rules.

Written by the tenth independent author (helper-h10) on 2026-12-06, from the
written message policy only (no engine, lexicon, training or other held-out data
was read).

Files:
  messages_pl.py, messages_cs.py, messages_sk.py, messages_hu.py, messages_en.py
      BLOCK (six categories x 20 messages) and ORDINARY (message bodies that pass).
  heldout.jsonl   one line per BLOCK message (expected "block").
  ordinary.jsonl  ORDINARY bodies as typed, as letters, as quoted replies and
                  (English) with order details (expected "allow").

Run from the repository root:
  python3 message_rules/data/heldout10/build.py
"""

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["pl", "cs", "sk", "hu", "en"]
CATS = [
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
]
MIN_ORDINARY = 420

GREET = {
    "pl": ["Dzień dobry,", "Witam,", "Szanowny Panie,", "Cześć,", "Dzień dobry Pani,"],
    "cs": ["Dobrý den,", "Zdravím,", "Vážený pane,", "Ahoj,", "Dobrý den, paní,"],
    "sk": ["Dobrý deň,", "Zdravím,", "Vážený pán,", "Ahoj,", "Dobrý deň, pani,"],
    "hu": ["Jó napot!", "Tisztelt Eladó!", "Szia!", "Kedves Vevő!", "Üdvözlöm!"],
    "en": ["Hello,", "Hi there,", "Dear Seller,", "Good morning,", "Dear Sir or Madam,"],
}
SIGN = {
    "pl": [
        "Pozdrawiam\nMarta K.",
        "Z poważaniem\nTomasz Wiśniewski",
        "Pozdro, Kuba",
        "Dziękuję i pozdrawiam,\nEwa",
    ],
    "cs": [
        "S pozdravem\nJana Dvořáková",
        "Děkuji, Petr",
        "Hezký den\nLukáš H.",
        "S pozdravem, Eva N.",
    ],
    "sk": [
        "S pozdravom\nMartin Kováč",
        "Ďakujem, Zuzana",
        "Pekný deň\nPeter",
        "S pozdravom, Lenka H.",
    ],
    "hu": [
        "Üdvözlettel:\nKiss Anna",
        "Köszönettel, Gábor",
        "Szép napot!\nZsófi",
        "Tisztelettel:\nNagy Péter",
    ],
    "en": [
        "Kind regards,\nSarah Whitfield",
        "Thanks,\nDan",
        "Best wishes,\nPriya Nair\nNair Home Textiles",
        "Cheers,\nTom",
    ],
}
QUOTE = {
    "pl": "W dniu {d} Kupujący napisał(a):",
    "cs": "Dne {d} Kupující napsal(a):",
    "sk": "Dňa {d} Kupujúci napísal(a):",
    "hu": "{d} időpontban a Vevő ezt írta:",
    "en": "On {d}, Buyer wrote:",
}
DATES = {
    "pl": ["3.11.2026, 14:05", "21.10.2026 o 09:12", "1 grudnia 2026, 18:40"],
    "cs": ["3. 11. 2026 v 14:05", "21. 10. 2026 9:12", "1. prosince 2026 18:40"],
    "sk": ["3. 11. 2026 o 14:05", "21. 10. 2026 9:12", "1. decembra 2026 18:40"],
    "hu": ["2026. 11. 03., 14:05", "2026. október 21., 9:12", "2026. december 1., 18:40"],
    "en": ["Tue, 3 Nov 2026 at 14:05", "21 October 2026, 09:12", "Mon, Dec 1, 2026 at 6:40 PM"],
}
ITEMS = [
    "Ceramic mug set (4 pcs)",
    "USB-C charging cable 2 m",
    "Kids' winter boots size 31",
    "LED desk lamp",
    "Wool scarf, grey",
    "Phone case for Galaxy A54",
    "Garden hose reel 25 m",
    "Board game 'Carcassonne'",
]


def load(lang):
    spec = importlib.util.spec_from_file_location(f"messages_{lang}", HERE / f"messages_{lang}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def quoted(rng, lang, body, other):
    head = QUOTE[lang].format(d=rng.choice(DATES[lang]))
    q = "\n".join("> " + line for line in other.split("\n"))
    return f"{body}\n\n{head}\n{q}"


def letter(rng, lang, body):
    return f"{rng.choice(GREET[lang])}\n\n{body}\n\n{rng.choice(SIGN[lang])}"


def order(rng, body):
    n = rng.randint(1, 3)
    items = rng.sample(ITEMS, n)
    lines, total = [], 0.0
    for it in items:
        price = rng.randint(1500, 25000) / 100
        total += price
        lines.append(f"- {it}: {price:.2f} PLN")
    num = f"{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}-{rng.randint(100, 999)}"
    details = "\n".join(
        ["Order details:", f"Order number: {num}", "Items:", *lines, f"Total: {total:.2f} PLN"]
    )
    return f"{body}\n\n{details}"


def main():
    rng = random.Random(20261206)  # noqa: S311 (a fixed, reproducible shuffle)
    heldout, ordinary = [], []
    for lang in LANGS:
        mod = load(lang)
        for cat in CATS:
            msgs = mod.BLOCK[cat]
            assert len(msgs) == 20, (lang, cat, len(msgs))
            assert len(set(msgs)) == 20, (lang, cat)
            for text in msgs:
                size = "long" if len(text) >= 160 else "short"
                heldout.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": [cat, size, "heldout10"],
                    }
                )
        bodies = list(mod.ORDINARY)
        assert len(bodies) >= 90, (lang, len(bodies))
        assert len(set(bodies)) == len(bodies), lang
        rows = []
        for b in bodies:
            rows.append((b, "plain"))
            rows.append((letter(rng, lang, b), "letter"))
            other = rng.choice([x for x in bodies if x != b])
            rows.append((quoted(rng, lang, b, other), "quoted"))
            if lang == "en":
                rows.append((order(rng, b), "order"))
        # top up with extra quoted/letter variants if needed
        while len(rows) < MIN_ORDINARY:
            b = rng.choice(bodies)
            other = rng.choice([x for x in bodies if x != b])
            rows.append((letter(rng, lang, quoted(rng, lang, b, other)), "quoted"))
        seen = set()
        for text, tag in rows:
            if text in seen:
                continue
            seen.add(text)
            ordinary.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary", tag],
                }
            )
        n = sum(1 for r in ordinary if r["lang"] == lang)
        assert n >= MIN_ORDINARY, (lang, n)
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as f:
        for r in heldout:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as f:
        for r in ordinary:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(heldout)} lines; ordinary.jsonl: {len(ordinary)} lines")
    for lang in LANGS:
        print(
            lang, sum(r["lang"] == lang for r in heldout), sum(r["lang"] == lang for r in ordinary)
        )


if __name__ == "__main__":
    main()
