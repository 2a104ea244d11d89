"""Write corpus_<author>.jsonl: a training corpus of hand-written phrasing families.

The first corpus (corpus.jsonl, build.py) comes from one author's templates, and the model
trained on it missed too much on text written by others. This one is written by another
hand (2026-12-05), independently of the first: hand-written phrasing families, one
scenario each, in b/<lang>.txt, and light programmatic variation of each phrasing — the
slots filled again, diacritics removed, lowercase without the final stop, a greeting and a
sign-off, a typo, and for profanity the swear word disguised (spaced, dotted, starred,
stretched, leet). The profanity words it disguises come from the lexicon
(data/lexicon/profanity.<lang>.txt).

Format of b/<lang>.txt (UTF-8):

    # comment
    % slot value one | value two | ...      fillers of {slot}; a value may hold {id}
    == <label>/<lang>/<family>               a family; its phrasings follow, one a line

Built-in slots: {id} (a random token for links), {num} (ten digits), {phone},
{phone_words} (a phone number in digit words) and {email}. Every file must define the
slots `greeting` and `signoff` (the letter variants draw from them). Each output line is
{"text", "lang", "label", "group": "b/<label>/<lang>/<family>"}, like corpus.jsonl.

The output is deterministic: every phrasing draws from its own random generator seeded
with SEED, its group and its position.

    python message_rules/data/training/build_families.py [AUTHOR ...]

AUTHOR names a folder of <lang>.txt files (b, c, d, e: one author each, written without
reading each other's folders); the default builds every such folder. Each writes
corpus_<author>.jsonl; its groups start with "<author>/".
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parent / "lexicon"
SEED = "rdata-2026-12-05"  # the first author's (b) seed; others add their name to it
LANGS = ("pl", "cs", "sk", "hu", "en")
LABELS = (
    "scam",
    "credentials_request",
    "off_platform",
    "prohibited_item",
    "profanity",
    "external_link",
    "clean",
)

# How many lines each phrasing yields (the phrasing itself and its variants), per label:
# chosen so that a language gets roughly scam 20 %, credentials 12 %, off-platform 12 %,
# prohibited 12 %, profanity 10 %, links 4 % and clean ≥ 30 %.
LINES_PER_PHRASING = {
    "scam": 3,
    "credentials_request": 4,
    "off_platform": 4,
    "prohibited_item": 4,
    "profanity": 5,
    "external_link": 7,
    "clean": 4,
}

DIGIT_WORDS = {
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "sk": "nula jeden dva tri štyri päť šesť sedem osem deväť",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "en": "zero one two three four five six seven eight nine",
}
EMAIL_DOMAINS = {
    "pl": ("gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"),
    "cs": ("seznam.cz", "gmail.com", "email.cz", "centrum.cz"),
    "sk": ("gmail.com", "azet.sk", "zoznam.sk", "centrum.sk"),
    "hu": ("gmail.com", "freemail.hu", "citromail.hu", "t-online.hu"),
    "en": ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com"),
}
EMAIL_NAMES = (
    "mario",
    "kasia.n",
    "petr.dvorak",
    "zuzka88",
    "nagy.bence",
    "dan.h",
    "shop.sale",
    "jozo.k",
    "anna.v",
)
BUILT_IN_SLOTS = ("id", "num", "phone", "phone_words", "email")
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "$"})
WORD = re.compile(r"\w+", re.UNICODE)


def deaccent(text: str) -> str:
    """Text without diacritics, as typed on a phone without them (ł → l too)."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def parse(
    path: Path, author: str
) -> tuple[dict[str, list[str]], list[tuple[str, str, list[str]]]]:
    """The slots and the families (label, group, phrasings) of one source file."""
    slots: dict[str, list[str]] = {}
    families: list[tuple[str, str, list[str]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("% "):
            name, _, values = line[2:].partition(" ")
            if name in BUILT_IN_SLOTS:
                # the built-in would win: "{phone}" meant a phone model, became a number
                raise ValueError(f"{path.name}:{number}: {name!r} is a built-in slot")
            slots[name] = [value.strip() for value in values.split("|") if value.strip()]
        elif line.startswith("== "):
            family = line[3:].strip()
            label, lang, _ = family.split("/", 2)
            if label not in LABELS or lang != path.stem:
                raise ValueError(f"{path.name}:{number}: bad family {family!r}")
            families.append((label, f"{author}/{family}", []))
        elif not families:
            raise ValueError(f"{path.name}:{number}: a phrasing outside a family")
        else:
            families[-1][2].append(line)
    return slots, families


def lexicon_words(category: str, lang: str) -> set[str]:
    """One-word entries of a lexicon file (not the context-dependent #~ lines)."""
    path = LEXICON / f"{category}.{lang}.txt"
    if not path.exists():
        return set()
    entries = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {entry for entry in entries if entry and not entry.startswith("#") and " " not in entry}


class Filler:
    """Fills a phrasing's {slots} for one language from one random generator."""

    def __init__(self, lang: str, slots: dict[str, list[str]], rng: random.Random):
        self.lang = lang
        self.slots = slots
        self.rng = rng

    def token(self) -> str:
        alphabet = string.ascii_lowercase + string.digits
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(5, 8)))

    def digits(self) -> str:
        rng = self.rng
        rest = "".join(rng.choice(string.digits) for _ in range(8))
        first = {"pl": "5678", "cs": "67", "sk": "9", "hu": "237", "en": "7"}[self.lang]
        return rng.choice(first) + rest

    def phone(self) -> str:
        rng, number = self.rng, self.digits()
        if self.lang == "hu":
            body = f"{number[0]}0 {number[1:4]} {number[4:8]}"
            return rng.choice((f"+36 {body}", f"06 {body}", f"06-{body.replace(' ', '-')}"))
        if self.lang == "en":
            return rng.choice(
                (f"07{number[1:4]} {number[4:9]}4", f"+44 7{number[1:4]} {number[4:9]}2")
            )
        if self.lang == "sk":
            number = "9" + number[1:]
        prefix = {"pl": "+48", "cs": "+420", "sk": "+421"}[self.lang]
        groups = (number[:3], number[3:6], number[6:9])
        return rng.choice(
            (
                " ".join(groups),
                "-".join(groups),
                f"{prefix} {' '.join(groups)}",
                ".".join(groups),
                ("0" if self.lang == "sk" else "") + number,
            )
        )

    def phone_words(self) -> str:
        words = DIGIT_WORDS[self.lang].split()
        spoken = [words[int(digit)] for digit in self.digits()]
        return self.rng.choice((" ", ", ", " - ")).join(spoken)

    def email(self) -> str:
        name = self.rng.choice(EMAIL_NAMES) + str(self.rng.randint(1, 99))
        return f"{name}@{self.rng.choice(EMAIL_DOMAINS[self.lang])}"

    def fill(self, text: str) -> str:
        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "id":
                return self.token()
            if name == "num":
                return "".join(self.rng.choice(string.digits) for _ in range(10))
            if name in ("phone", "phone_words", "email"):
                return getattr(self, name)()
            if name not in self.slots:
                raise KeyError(f"no slot {name!r} for {self.lang}")
            return self.fill(self.rng.choice(self.slots[name]))

        return re.sub(r"\{(\w+)\}", one, text)


def typo(text: str, rng: random.Random) -> str:
    """One typo in one ordinary word (not a link, an address or a number)."""
    candidates = [
        match
        for match in WORD.finditer(text)
        if len(match.group()) >= 5
        and match.group().isalpha()
        and text[max(0, match.start() - 1)] not in "/@._-"
        and text[match.end() : match.end() + 1] not in ("/", "@", ".c", "_")
    ]
    if not candidates:
        return text
    match = rng.choice(candidates)
    word, at = match.group(), rng.randint(1, len(match.group()) - 2)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        changed = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    elif kind == "drop":
        changed = word[:at] + word[at + 1 :]
    else:
        changed = word[:at] + word[at] + word[at:]
    return text[: match.start()] + changed + text[match.end() :]


def disguise(text: str, swear_words: set[str], rng: random.Random) -> str:
    """The first swear word of the text disguised as people do; the text if none."""
    for match in WORD.finditer(text):
        word = match.group()
        if word.lower() in swear_words or deaccent(word.lower()) in swear_words:
            break
    else:
        return text
    kind = rng.choice(("spaced", "dotted", "starred", "stretched", "leet"))
    if kind == "spaced":
        changed = " ".join(word)
    elif kind == "dotted":
        changed = ".".join(word)
    elif kind == "starred":
        vowels = [i for i, char in enumerate(word) if char.lower() in "aeiouyáéíóúůýőűöü"]
        at = rng.choice(vowels) if vowels else len(word) // 2
        changed = word[:at] + "*" + word[at + 1 :]
    elif kind == "stretched":
        at = rng.randint(1, len(word) - 1)
        changed = word[:at] + word[at] * rng.randint(2, 4) + word[at + 1 :]
    else:
        changed = word.lower().translate(LEET)
    return text[: match.start()] + changed + text[match.end() :]


def greet(text: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    """The text after a greeting, its first letter lowered as a sentence goes on."""
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return f"{rng.choice(slots['greeting'])} {text}"


def variants(
    phrasing: str, label: str, filler: Filler, swear_words: set[str], count: int
) -> list[str]:
    """Up to `count` distinct lines from one phrasing."""
    rng, slots = filler.rng, filler.slots
    makers = [
        lambda text: text,
        deaccent,
        lambda text: text.lower().rstrip(".!"),
        lambda text: f"{greet(text, slots, rng)}\n{rng.choice(slots['signoff'])}",
        lambda text: typo(text, rng),
        lambda text: deaccent(greet(text, slots, rng)).lower(),
        lambda text: f"{text} {rng.choice(slots['signoff'])}",
    ]
    if label == "profanity":
        makers[4:4] = [
            lambda text: disguise(text, swear_words, rng),
            lambda text: deaccent(disguise(text, swear_words, rng)).lower(),
        ]
    lines: list[str] = []
    for make in makers * 2:
        if len(lines) == count:
            break
        line = make(filler.fill(phrasing)).strip()
        if line not in lines:
            lines.append(line)
    return lines


def authors() -> list[str]:
    """The folders of phrasing families: one-letter names holding <lang>.txt files."""
    return sorted(
        path.name for path in HERE.iterdir() if path.is_dir() and any(path.glob("*.txt"))
    )


def build(author: str) -> list[dict[str, str]]:
    seed = SEED if author == "b" else f"{SEED}:{author}"
    rows: list[dict[str, str]] = []
    for lang in LANGS:
        source = HERE / author / f"{lang}.txt"
        if not source.exists():
            continue
        slots, families = parse(source, author)
        swear_words = {deaccent(word) for word in lexicon_words("profanity", lang)}
        swear_words |= lexicon_words("profanity", lang)
        seen: set[str] = set()
        for label, group, phrasings in families:
            for position, phrasing in enumerate(phrasings):
                rng = random.Random(f"{seed}:{group}:{position}")  # noqa: S311 (data, not secrets)
                filler = Filler(lang, slots, rng)
                count = LINES_PER_PHRASING[label]
                for text in variants(phrasing, label, filler, swear_words, count):
                    if text in seen:
                        continue
                    seen.add(text)
                    rows.append({"text": text, "lang": lang, "label": label, "group": group})
    return rows


def write(author: str) -> None:
    rows = build(author)
    output = HERE / f"corpus_{author}.jsonl"
    with output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((row["lang"], row["label"]) for row in rows)
    print(f"{'':4}" + "".join(f"{label[:12]:>13}" for label in LABELS) + f"{'total':>8}")
    for lang in LANGS:
        total = sum(counts[lang, label] for label in LABELS)
        cells = "".join(f"{counts[lang, label]:>13}" for label in LABELS)
        print(f"{lang:4}{cells}{total:>8}")
    print(f"{len(rows)} lines written to {output.relative_to(HERE.parents[2])}")


def main() -> None:
    known = authors()
    unknown = [author for author in sys.argv[1:] if author not in known]
    if unknown:
        sys.exit(f"no phrasing families for {', '.join(unknown)}; authors: {', '.join(known)}")
    for author in sys.argv[1:] or known:
        write(author)


if __name__ == "__main__":
    main()
