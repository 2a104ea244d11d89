# ruff: noqa: E501
"""Build held-out evaluation set 11 for the message rules.

Written by the eleventh held-out author (helper h11) on 2026-12-06, from the written
message policy only: no engine, lexicon, model, tests, training data or other held-out
sets were read. Standard library only.

Writes, next to this file:
- heldout.jsonl: every BLOCK message of every language (expected "block").
- ordinary.jsonl: ~420 ORDINARY messages per language (expected "allow") in the forms
  "plain", "letter", "quoted" and, for English, "order".
"""

import importlib.util
import json
import random
from pathlib import Path

SEED = 20261206
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
PER_LANG = 420
LONG_CHARS = 200

GREETINGS = {
    "pl": [
        "Dzień dobry,",
        "Witam,",
        "Dzien dobry Pani,",
        "Szanowny Panie,",
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
        "Vážený pane,",
        "Dobrý večer,",
        "Čau,",
        "Dobrý den paní,",
    ],
    "sk": [
        "Dobrý deň,",
        "Dobry den,",
        "Zdravím,",
        "Ahoj,",
        "Vážená pani,",
        "Dobrý večer,",
        "Čaute,",
        "Pekný deň,",
    ],
    "hu": [
        "Jó napot!",
        "Jo napot kivanok!",
        "Szia!",
        "Sziasztok!",
        "Tisztelt Eladó!",
        "Kedves Vevő!",
        "Üdv!",
        "Jó estét!",
    ],
    "en": [
        "Hi,",
        "Hello,",
        "Dear Sir/Madam,",
        "Hi there,",
        "Good morning,",
        "Dear customer,",
        "Hey,",
        "Hello again,",
    ],
}
SIGNOFFS = {
    "pl": [
        "Pozdrawiam,\nKasia",
        "Pozdrawiam\nTomek W.",
        "Z poważaniem,\nAnna Kowalczyk",
        "Pozdr.\nMarek",
        "Dziękuję i pozdrawiam,\nEwa",
        "Miłego dnia!\nPiotr",
        "Serdecznie pozdrawiam\nAgnieszka Wójcik\nSklep Rękodzieło u Agi",
    ],
    "cs": [
        "S pozdravem,\nJana Dvořáková",
        "Díky, Petr",
        "S pozdravem\nMartin N.",
        "Hezký den,\nLucie",
        "Dekuji, Tomas",
        "S přáním hezkého dne\nEva Horáková\nKnihkupectví U Mostu, Brno",
    ],
    "sk": [
        "S pozdravom,\nZuzana Kováčová",
        "Ďakujem, Peter",
        "S pozdravom\nMichal H.",
        "Pekný deň,\nLenka",
        "Dakujem, Jozo",
        "S pozdravom\nMária Baláková\nKvetinárstvo Ruža, Žilina",
    ],
    "hu": [
        "Üdvözlettel,\nKovács Anna",
        "Köszönöm, Péter",
        "Üdv,\nZsolt",
        "Szép napot!\nEszter",
        "Koszi, Gabor",
        "Tisztelettel:\nNagy Katalin\nPannon Könyvesbolt, Pécs",
    ],
    "en": [
        "Kind regards,\nSarah",
        "Thanks,\nTom",
        "Best,\nMike Jones",
        "Cheers,\nDan",
        "Many thanks,\nEmily Clarke\nCustomer Care Team\nHome & Garden Co., Leeds",
        "Regards,\nCustomer Service\nThe Vintage Lamp Shop",
    ],
}
QUOTE_HEADERS = {
    "pl": [
        "W dniu {d}.{m}.2026 o {h}:{mi} {name} pisze:",
        "{name} napisał(a):",
        "Dnia {d}.{m}.2026 {h}:{mi}, {name} napisał:",
        "-----Wiadomość oryginalna-----\nOd: {name}\nWysłano: {d}.{m}.2026 {h}:{mi}\nTemat: Re: zamówienie",
    ],
    "cs": [
        "Dne {d}. {m}. 2026 v {h}:{mi} {name} napsal(a):",
        "{name} napsal(a):",
        "---------- Původní zpráva ----------\nOd: {name}\nDatum: {d}. {m}. 2026 {h}:{mi}\nPředmět: Re: objednávka",
    ],
    "sk": [
        "Dňa {d}. {m}. 2026 o {h}:{mi} {name} napísal(a):",
        "{name} napísal(a):",
        "---------- Pôvodná správa ----------\nOd: {name}\nDátum: {d}. {m}. 2026 {h}:{mi}\nPredmet: Re: objednávka",
    ],
    "hu": [
        "{name} ezt írta (időpont: 2026. {mname} {d}., {h}:{mi}):",
        "{name} írta:",
        "-------- Eredeti üzenet --------\nFeladó: {name}\nDátum: 2026. {mname} {d}. {h}:{mi}\nTárgy: Re: rendelés",
    ],
    "en": [
        "On {d} {mname} 2026, at {h}:{mi}, {name} wrote:",
        "{name} wrote:",
        "-----Original Message-----\nFrom: {name}\nSent: {d} {mname} 2026 {h}:{mi}\nSubject: RE: your order",
    ],
}
NAMES = {
    "pl": ["Anna Nowak", "Krzysztof Lewandowski", "Magda", "Sprzedający", "Kupujący"],
    "cs": ["Petr Novák", "Jana Svobodová", "Prodejce", "Kupující", "Honza"],
    "sk": ["Peter Horváth", "Jana Kováčová", "Predajca", "Kupujúci", "Miro"],
    "hu": ["Kovács Péter", "Szabó Éva", "Eladó", "Vevő", "Gabi"],
    "en": ["John Smith", "Sarah Miller", "Seller", "Buyer", "Customer Support"],
}
MONTHS = {
    "hu": [
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
    ],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def load(lang):
    path = HERE / f"messages_{lang}.py"
    spec = importlib.util.spec_from_file_location(f"heldout11_messages_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quote_header(rng, lang):
    month = rng.randint(1, 12)
    fields = {
        "d": rng.randint(1, 28),
        "m": f"{month:02d}" if lang == "pl" else str(month),
        "h": f"{rng.randint(7, 22):02d}",
        "mi": f"{rng.randint(0, 59):02d}",
        "name": rng.choice(NAMES[lang]),
        "mname": MONTHS.get(lang, MONTHS["en"])[month - 1],
    }
    return rng.choice(QUOTE_HEADERS[lang]).format(**fields)


def letter(rng, lang, body):
    if "\n" in body:  # already a full letter with its own greeting
        return body
    return f"{rng.choice(GREETINGS[lang])}\n\n{body}\n\n{rng.choice(SIGNOFFS[lang])}"


def quoted(rng, lang, body, others):
    earlier = rng.choice([o for o in others if o != body])
    quoted_lines = "\n".join("> " + line for line in earlier.splitlines())
    return f"{body}\n\n{quote_header(rng, lang)}\n{quoted_lines}"


def order(rng, body):
    number = rng.randint(10_000_000, 99_999_999)
    total = rng.randint(5, 400) + rng.choice([0.0, 0.49, 0.99, 0.5])
    item = rng.choice(
        [
            "Ceramic mug set (4)",
            "LED desk lamp",
            "Kids' rain jacket, size 110",
            "Hemp rope 10 m",
            "Chef's knife 20 cm",
            "Wine glasses, set of 6",
            "Bath bombs gift box",
        ]
    )
    details = f"Order #{number}\nItem: {item}\nTotal: £{total:.2f} (paid via checkout)\nDelivery: {rng.choice(['Royal Mail Tracked 48', 'DPD next day', 'Evri standard', 'DHL Parcel'])}"
    return f"{body}\n\n{details}"


def main():
    rng = random.Random(SEED)  # noqa: S311
    heldout, ordinary = [], []
    seen = set()  # dedupe ordinary texts across all languages
    for lang in LANGS:
        module = load(lang)
        for category in CATEGORIES:
            messages = module.BLOCK[category]
            assert len(set(messages)) == len(messages), (lang, category)
            for text in messages:
                size = "long" if len(text) >= LONG_CHARS else "short"
                heldout.append(
                    {
                        "text": text,
                        "lang": lang,
                        "expected": "block",
                        "categories": [category],
                        "tags": [category, size, "heldout11"],
                    }
                )
        bodies = list(dict.fromkeys(module.ORDINARY))
        assert len(bodies) >= 100, (lang, len(bodies))
        rows = []

        def add(text, form, seen=seen, rows=rows, lang=lang):
            if text not in seen and len(rows) < PER_LANG:
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

        for body in bodies:
            add(body, "plain")
        forms = ["letter", "quoted"] + (["order"] if lang == "en" else [])
        guard = 0
        while len(rows) < PER_LANG and guard < 100_000:
            guard += 1
            form = rng.choice(forms)
            body = rng.choice(bodies)
            if form == "letter":
                text = letter(rng, lang, body)
            elif form == "quoted":
                text = quoted(rng, lang, body, bodies)
            else:
                text = order(rng, body)
            add(text, form)
        ordinary.extend(rows)
    with (HERE / "heldout.jsonl").open("w", encoding="utf-8") as fh:
        for row in heldout:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "ordinary.jsonl").open("w", encoding="utf-8") as fh:
        for row in ordinary:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"heldout.jsonl: {len(heldout)} lines; ordinary.jsonl: {len(ordinary)} lines")


if __name__ == "__main__":
    main()
