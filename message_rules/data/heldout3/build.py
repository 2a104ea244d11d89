"""Held-out evaluation set 3 for the message rules.

Written on 2026-12-05 by an author who never saw the training data, the rule lists or the
model of ``message_rules``; only the written policy (six categories: prohibited_item,
off_platform, external_link, scam, credentials_request, profanity) was known.

How it was written: every line that must be blocked was written by hand, one by one, in the
per-language modules ``texts_<lang>.py`` (pl, cs, sk, hu, en), imitating how real people
write on a marketplace chat or in relayed e-mail: short chat lines with typos and missing
diacritics, longer e-mail letters with greetings and signatures, and disguised spellings
(spaced digits, "[at]", "kropka", asterisks). The ordinary messages come from hand-written
bodies (at least 120 per language, a quarter or more of them "hard negatives" that talk about
money, couriers, phone calls from the courier, accounts, password warnings, parcel locker
pickup codes and innocent near-words); the script combines them deterministically (seeded
random) with greetings and sign-offs, and sometimes with a quoted earlier message, e-mail
style.

Run: ``python3.12 message_rules/data/heldout3/build.py``; it writes ``heldout.jsonl``
(expected "block") and ``ordinary.jsonl`` (expected "allow") next to this file.
"""

from __future__ import annotations

import importlib
import json
import random
import sys
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
ORDINARY_PER_LANG = 430
SEED = 20261205


def _split(entry: str | tuple[str, ...]) -> tuple[str, list[str]]:
    """An entry is a text, or a tuple (text, extra tag, ...)."""
    if isinstance(entry, str):
        return entry, []
    return entry[0], list(entry[1:])


def _auto_tags(text: str, lang: str) -> list[str]:
    tags = ["long"] if (len(text) >= 180 or "\n" in text) else ["short"]
    if lang != "en" and text.isascii():
        tags.append("no_diacritics")
    return tags


def _tags(text: str, lang: str, extra: list[str], first: list[str]) -> list[str]:
    out = list(first)
    for tag in _auto_tags(text, lang) + extra:
        if tag not in out:
            out.append(tag)
    return out


def _continue(text: str) -> str:
    """The body as it reads after an inline greeting: "Hi, is it..." not "Hi, Is it..."."""
    first = text.split()[0]
    keep = first.startswith(("I", "'")) and (len(first) == 1 or not first[1].isalpha())
    if keep or len(first) < 2 or not first[1].islower():
        return text
    return text[0].lower() + text[1:]


def _block_rows(lang: str, module) -> list[dict]:
    rows = []
    for category in CATEGORIES:
        for entry in module.BLOCK[category] + module.LONG_LETTERS[category]:
            text, extra = _split(entry)
            rows.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "block",
                    "categories": [category],
                    "tags": _tags(text, lang, extra, []),
                }
            )
    return rows


def _ordinary_rows(lang: str, module, rng: random.Random) -> list[dict]:
    bodies = [(text, extra, False) for text, extra in map(_split, module.BODIES)]
    bodies += [(text, extra, True) for text, extra in map(_split, module.HARD)]
    seen: set[str] = set()
    rows = []

    def add(text: str, extra: list[str], hard: bool, shape: list[str]) -> None:
        if text in seen:
            return
        seen.add(text)
        first = ["ordinary"] + (["hard_negative"] if hard else [])
        rows.append(
            {
                "text": text,
                "lang": lang,
                "expected": "allow",
                "categories": [],
                "tags": _tags(text, lang, extra + shape, first),
            }
        )

    for text, extra, hard in bodies:
        add(text, extra, hard, [])
    # Bodies that already open with a greeting get no second one.
    openers = {greeting.split()[0].strip(",!").lower() for greeting in module.GREETINGS}

    def greeting_for(text: str) -> str:
        if text.split()[0].strip(",!").lower() in openers:
            return ""
        return rng.choice(module.GREETINGS)

    while len(rows) < ORDINARY_PER_LANG:
        text, extra, hard = rng.choice(bodies)
        shape = rng.random()
        if shape < 0.4:
            greeting = greeting_for(text)
            if greeting.endswith("!"):
                combined = f"{greeting} {text}"
            else:
                combined = f"{greeting} {_continue(text)}" if greeting else text
            tag = ["greeting"]
        elif shape < 0.75:
            greeting = greeting_for(text)
            head = f"{greeting}\n\n" if greeting else ""
            combined = f"{head}{text}\n\n{rng.choice(module.SIGNOFFS)}"
            tag = ["email"]
        else:
            quoted, _, _ = rng.choice(bodies)
            quote = "\n".join(f"> {line}" for line in quoted.splitlines())
            combined = f"{text}\n\n{rng.choice(module.SIGNOFFS)}\n\n{module.QUOTE_INTRO}\n{quote}"
            tag = ["email", "quoted"]
        add(combined, extra, hard, tag)
    return rows


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    sys.path.insert(0, str(HERE))
    rng = random.Random(SEED)  # noqa: S311 - a reproducible data set, not security
    block, ordinary = [], []
    for lang in LANGS:
        module = importlib.import_module(f"texts_{lang}")
        block += _block_rows(lang, module)
        ordinary += _ordinary_rows(lang, module, rng)
    _write(HERE / "heldout.jsonl", block)
    _write(HERE / "ordinary.jsonl", ordinary)
    print(f"heldout.jsonl: {len(block)} lines, ordinary.jsonl: {len(ordinary)} lines")


if __name__ == "__main__":
    main()
