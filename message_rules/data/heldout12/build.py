# ruff: noqa: E501
"""Build held-out evaluation set 12 for the message rules.

Written by helper h12 (the twelfth held-out author) on 2026-12-06, from the written
message policy only: no other data set, engine, lexicon, model or test was read.
Writes heldout.jsonl (BLOCK messages) and ordinary.jsonl (bodies that must pass, in
several forms: plain, letter, quoted reply, and for English order details).
"""

import importlib.util
import json
import pathlib
import random

SEED = 1212
HERE = pathlib.Path(__file__).resolve().parent
LANGS = ["pl", "cs", "sk", "hu", "en"]
CATEGORIES = [
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
]
PER_LANG = 420

GREETINGS = {
    "pl": ["Dzień dobry,", "Witam,", "Cześć,", "Dzień dobry Pani,", "Szanowny Panie,", "Hej,"],
    "cs": ["Dobrý den,", "Zdravím,", "Ahoj,", "Dobrý den, paní Nováková,", "Vážený pane,", "Čau,"],
    "sk": [
        "Dobrý deň,",
        "Zdravím,",
        "Ahoj,",
        "Dobrý deň pani Kováčová,",
        "Vážený pán predajca,",
        "Čauko,",
    ],
    "hu": ["Jó napot!", "Üdvözlöm!", "Szia!", "Tisztelt Eladó!", "Kedves Anna!", "Helló!"],
    "en": ["Hi,", "Hello,", "Dear seller,", "Hi Tom,", "Good morning,", "Hey there,"],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam,\nMarek",
        "Pozdrawiam serdecznie\nAnia K.",
        "Dzięki i pozdro\nKuba",
        "Z poważaniem,\nJan Nowak",
        "Miłego dnia!\nBasia",
    ],
    "cs": [
        "S pozdravem\nPetr Dvořák",
        "Díky, hezký den\nJana",
        "Zdraví\nMartin",
        "S přáním hezkého dne\nLucie",
        "Měj se\nTom",
    ],
    "sk": [
        "S pozdravom\nMiroslav Horváth",
        "Ďakujem, pekný deň\nZuzka",
        "Zdravím\nPeter",
        "S pozdravom\nKatarína B.",
        "Majte sa\nJano",
    ],
    "hu": [
        "Üdvözlettel:\nKovács Péter",
        "Köszi, szép napot!\nEszter",
        "Üdv,\nGábor",
        "Tisztelettel:\nNagy Júlia",
        "Szép estét!\nZsolt",
    ],
    "en": [
        "Thanks,\nSarah",
        "Kind regards,\nDavid Hughes",
        "Cheers,\nMike",
        "Best wishes,\nEmma",
        "Many thanks,\nRaj Patel\nCustomer Service, Hughes Home Ltd\n14 Mill Lane, Leeds LS1 4AB",
    ],
}
QUOTE_HEADERS = {
    "pl": [
        "W dniu {d} o {t} {n} pisze:",
        "{d}, {t}, użytkownik {n} napisał(a):",
        "Od: {n}\nWysłano: {d} {t}\nTemat: Re: zamówienie",
    ],
    "cs": [
        "Dne {d} v {t} {n} napsal(a):",
        "{n} napsal(a) {d} {t}:",
        "Od: {n}\nOdesláno: {d} {t}\nPředmět: Re: objednávka",
    ],
    "sk": [
        "Dňa {d} o {t} {n} napísal(a):",
        "{n} napísal(a) {d} {t}:",
        "Od: {n}\nOdoslané: {d} {t}\nPredmet: Re: objednávka",
    ],
    "hu": [
        "{n} ezt írta ({d} {t}):",
        "{d} {t} időpontban {n} írta:",
        "Feladó: {n}\nElküldve: {d} {t}\nTárgy: Re: rendelés",
    ],
    "en": [
        "On {d} at {t}, {n} wrote:",
        "{n} wrote on {d} {t}:",
        "From: {n}\nSent: {d} {t}\nSubject: Re: your order",
    ],
}
NAMES = {
    "pl": ["Marek W.", "Anna Kowalska", "sprzedawca_elektro", "Tomek"],
    "cs": ["Jana Svobodová", "Petr K.", "prodejce_hracky", "Honza"],
    "sk": ["Zuzana Kováčová", "Marek P.", "predajca_detske", "Lukáš"],
    "hu": ["Szabó Anna", "Kiss Gergő", "eladó_bolt", "Réka"],
    "en": ["Tom Baker", "Sarah J.", "vintage_finds_uk", "Priya"],
}
DATES = ["3.12.2026", "28.11.2026", "1.12.2026", "2026-11-30", "4 Dec 2026"]
TIMES = ["9:14", "12:02", "18:47", "21:30", "7:55"]


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"h12_{lang}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def quote(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def order_block(rng):
    num = rng.randint(100000000, 999999999)
    price = rng.choice(["£12.99", "£24.50", "£7.00", "£89.99", "£149.00", "£3.49"])
    item = rng.choice(
        [
            "Ceramic mug set (4)",
            "USB-C charger 65W",
            "Kids' rain jacket, size 110",
            "Hemp rope 10 m",
            "Wine glasses, set of 6",
            "Chef's knife 20 cm",
            "Bath bombs gift box",
        ]
    )
    return f"Order #{num}\nItem: {item}\nTotal: {price} (paid via marketplace checkout)\nDelivery: Royal Mail Tracked 48"


def main():
    rng = random.Random(SEED)  # noqa: S311
    heldout, ordinary = [], []
    for lang in LANGS:
        mod = load(lang)
        for cat in CATEGORIES:
            msgs = mod.BLOCK[cat]
            assert len(set(msgs)) == len(msgs), (lang, cat)
            for text in msgs:
                size = "long" if (len(text) > 280 or text.count("\n") >= 3) else "short"
                heldout.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": [cat, size, "heldout12"],
                    }
                )
        bodies = list(dict.fromkeys(mod.ORDINARY))
        forms = ["plain", "letter", "quoted"] + (["order"] if lang == "en" else [])
        seen, rows = set(), []
        for body in bodies:
            seen.add(body)
            rows.append((body, "plain"))
        attempts = 0
        while len(rows) < PER_LANG and attempts < PER_LANG * 50:
            attempts += 1
            body = rng.choice(bodies)
            form = rng.choice(forms[1:])
            if form == "letter":
                text = f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{rng.choice(SIGNOFFS[lang])}"
            elif form == "quoted":
                earlier = rng.choice([b for b in bodies if b != body])
                head = rng.choice(QUOTE_HEADERS[lang]).format(
                    d=rng.choice(DATES), t=rng.choice(TIMES), n=rng.choice(NAMES[lang])
                )
                text = f"{body}\n\n{head}\n{quote(earlier)}"
            else:
                text = f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{order_block(rng)}\n\n{rng.choice(SIGNOFFS[lang])}"
            if text in seen:
                continue
            seen.add(text)
            rows.append((text, form))
        for text, form in rows:
            ordinary.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary", form],
                }
            )
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as fh:
        for row in heldout:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as fh:
        for row in ordinary:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"heldout: {len(heldout)}  ordinary: {len(ordinary)}")


if __name__ == "__main__":
    main()
