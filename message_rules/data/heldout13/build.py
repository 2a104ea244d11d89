# ruff: noqa: E501
"""Build held-out evaluation set 13 for the message rules.

Written by the thirteenth held-out author (helper h13) on 2026-12-06, from the
written message policy only: no engine, rules, lexicon, tests, training corpora
or other held-out sets were read. Standard library only.

Writes heldout.jsonl (every BLOCK message, expected "block") and ordinary.jsonl
(about 420 allowed lines per language in the forms plain, letter, quoted and,
for English, order).
"""

import importlib.util
import json
import random
from pathlib import Path

SEED = 1313
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
PER_LANG = 420

GREETINGS = {
    "pl": ["Dzień dobry,", "Witam,", "Cześć,", "Szanowna Pani,", "Szanowny Panie,", "Hej,"],
    "cs": ["Dobrý den,", "Zdravím,", "Ahoj,", "Vážená paní,", "Vážený pane,", "Dobrý večer,"],
    "sk": ["Dobrý deň,", "Zdravím,", "Ahoj,", "Vážená pani,", "Vážený pán,", "Dobrý večer,"],
    "hu": ["Jó napot!", "Üdvözlöm!", "Szia!", "Kedves Eladó!", "Tisztelt Vásárló!", "Helló!"],
    "en": ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi there,", "Good morning,", "Dear customer,"],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam,\nMarta",
        "Z poważaniem,\nTomasz Wiśniewski",
        "Pozdrawiam serdecznie\nKasia",
        "Dzięki i pozdro\nBartek",
        "Miłego dnia!\nAgnieszka",
    ],
    "cs": [
        "S pozdravem\nPetr Dvořák",
        "Děkuji a hezký den\nJana",
        "Zdraví\nLukáš",
        "S přáním pěkného dne\nMarkéta Novotná",
        "Díky, Honza",
    ],
    "sk": [
        "S pozdravom\nMartin Kováč",
        "Ďakujem, pekný deň\nZuzana",
        "Zdraví\nPeťo",
        "S pozdravom\nLenka Horváthová",
        "Vďaka, Mišo",
    ],
    "hu": [
        "Üdvözlettel:\nNagy Katalin",
        "Köszönöm, szép napot!\nZsolt",
        "Üdv,\nBence",
        "Tisztelettel:\nKiss Gábor",
        "Köszi, Réka",
    ],
    "en": [
        "Kind regards,\nSarah",
        "Thanks,\nTom",
        "Best wishes,\nPriya Shah",
        "Cheers,\nDave",
        "Many thanks,\nCustomer Support Team\nHollis & Reed Homeware\nUnit 4, Marsh Lane Trading Estate, Leeds LS9 0RT",
    ],
}
QUOTE_HEADERS = {
    "pl": [
        "W dniu {d}.12.2026 o 1{h}:2{m}, {n} pisze:",
        "-----Wiadomość oryginalna-----\nOd: {n}\nWysłano: {d} grudnia 2026 1{h}:0{m}\nTemat: Re: Pytanie o przedmiot",
        "{n} napisał(a) {d}.12.2026, 0{h}:4{m}:",
    ],
    "cs": [
        "Dne {d}. 12. 2026 v 1{h}:2{m} {n} napsal(a):",
        "---------- Původní e-mail ----------\nOd: {n}\nDatum: {d}. 12. 2026 1{h}:0{m}:11\nPředmět: Dotaz k inzerátu",
        "{n} napsal(a) {d}. pro 2026 v 0{h}:4{m}:",
    ],
    "sk": [
        "Dňa {d}. 12. 2026 o 1{h}:2{m} {n} napísal(a):",
        "-----Pôvodná správa-----\nOd: {n}\nOdoslané: {d}. decembra 2026 1{h}:0{m}\nPredmet: Otázka k ponuke",
        "{n} napísal(a) {d}. dec 2026 o 0{h}:4{m}:",
    ],
    "hu": [
        "{n} ezt írta (2026. december {d}., 1{h}:2{m}):",
        "-----Eredeti üzenet-----\nFeladó: {n}\nElküldve: 2026. december {d}. 1{h}:0{m}\nTárgy: Kérdés a termékről",
        "2026. dec. {d}. 0{h}:4{m} időpontban {n} ezt írta:",
    ],
    "en": [
        "On Thu, {d} Dec 2026 at 1{h}:2{m}, {n} wrote:",
        "-----Original Message-----\nFrom: {n}\nSent: {d} December 2026 1{h}:0{m}\nSubject: RE: Question about your item",
        "{n} wrote on {d}/12/2026 0{h}:4{m}:",
    ],
}
NAMES = {
    "pl": ["Anna Nowak", "Piotr Zieliński", "Sprzedający", "Kupujący", "Ewa K."],
    "cs": ["Tereza Svobodová", "Martin Černý", "Prodávající", "Kupující", "Jirka P."],
    "sk": ["Katarína Tóthová", "Peter Baláž", "Predávajúci", "Kupujúci", "Janka M."],
    "hu": ["Szabó Anna", "Tóth Péter", "Eladó", "Vevő", "Molnár Éva"],
    "en": ["Emma Clarke", "James Wilson", "Seller", "Buyer", "Customer Services"],
}
EN_ITEMS = [
    ("Stainless steel chef's knife, 20 cm", "34.99"),
    ("Crystal wine glasses, set of 6", "27.50"),
    ("Hemp rope, 10 m natural", "12.00"),
    ("Lavender bath bombs x12", "15.99"),
    ("Bluetooth speaker, black", "49.00"),
    ("Children's winter coat, age 6", "22.00"),
]


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"heldout13_{lang}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def is_long(text):
    return len(text) >= 200 or "\n" in text


def quoted(rng, lang, body, others):
    earlier = rng.choice([o for o in others if o != body])
    header = rng.choice(QUOTE_HEADERS[lang]).format(
        d=rng.randint(1, 5), h=rng.randint(0, 9), m=rng.randint(0, 9), n=rng.choice(NAMES[lang])
    )
    quote = "\n".join("> " + line if line else ">" for line in earlier.splitlines())
    return f"{body}\n\n{header}\n{quote}"


def letter(rng, lang, body):
    return f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{rng.choice(SIGNOFFS[lang])}"


def order(rng, body):
    item, price = rng.choice(EN_ITEMS)
    num = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    return (
        f"{body}\n\nOrder number: {num}\nItem: {item}\nQuantity: 1\n"
        f"Total paid: £{price}\nDelivery: Royal Mail Tracked 48\nDispatched: {rng.randint(1, 5)} Dec 2026"
    )


def main():
    rng = random.Random(SEED)  # noqa: S311
    block_rows, ordinary_rows = [], []
    for lang in LANGS:
        mod = load(lang)
        assert set(mod.BLOCK) == set(CATEGORIES), lang
        for cat in CATEGORIES:
            msgs = mod.BLOCK[cat]
            assert len(msgs) == len(set(msgs)) == 20, (lang, cat, len(msgs), len(set(msgs)))
            for text in msgs:
                block_rows.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [cat],
                        "tags": [cat, "long" if is_long(text) else "short", "heldout13"],
                    }
                )
        bodies = list(dict.fromkeys(mod.ORDINARY))
        assert len(bodies) >= 100, (lang, len(bodies))
        forms = ["plain", "letter", "quoted"] + (["order"] if lang == "en" else [])
        cands = [(b, "plain") for b in bodies]
        for _ in range(4):
            for b in bodies:
                form = rng.choice(forms[1:])
                if form == "letter":
                    cands.append((letter(rng, lang, b), "letter"))
                elif form == "quoted":
                    cands.append((quoted(rng, lang, b, bodies), "quoted"))
                else:
                    cands.append((order(rng, b), "order"))
        seen, rows = set(), []
        for text, form in cands:
            if text in seen:
                continue
            seen.add(text)
            rows.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary", form],
                }
            )
        plain = [r for r in rows if r["tags"][1] == "plain"]
        rest = [r for r in rows if r["tags"][1] != "plain"]
        rng.shuffle(rest)
        ordinary_rows.extend(plain + rest[: max(0, PER_LANG - len(plain))])
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as fh:
        for row in block_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ordinary.jsonl", "w", encoding="utf-8") as fh:
        for row in ordinary_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(block_rows)} lines; ordinary.jsonl: {len(ordinary_rows)} lines")


if __name__ == "__main__":
    main()
