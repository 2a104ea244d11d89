"""The labelled questions Allina learns from: the shipped dataset plus staff labels.

`allina/data/questions.jsonl` holds one `{"text", "intent", "language"}` object a line;
`intent` is one of `INTENTS` or null (a question Allina must leave to the seller).
"""

import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from allina.nlp.intents import INTENTS
from allina.nlp.language import LANGUAGES, detect_language

logger = logging.getLogger(__name__)

DATASET_PATH = Path(__file__).resolve().parent.parent / "data" / "questions.jsonl"


class DatasetError(ValueError):
    """The dataset file has a line that is not a valid example."""


@dataclass(frozen=True)
class Example:
    text: str
    intent: str | None
    language: str


def dataset_digest(path: Path = DATASET_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_examples(path: Path = DATASET_PATH) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{path}:{number}: not valid JSON ({error})") from error
            examples.append(_example(row, where=f"{path}:{number}"))
    return examples


def _example(row: object, *, where: str) -> Example:
    if not isinstance(row, dict):
        raise DatasetError(f"{where}: expected an object")
    text, intent, language = row.get("text"), row.get("intent"), row.get("language")
    if not isinstance(text, str) or not text.strip():
        raise DatasetError(f"{where}: text must be a non-empty string")
    if intent is not None and intent not in INTENTS:
        raise DatasetError(f"{where}: unknown intent {intent!r}")
    if language not in LANGUAGES:
        raise DatasetError(f"{where}: language must be one of {', '.join(LANGUAGES)}")
    return Example(text=text, intent=intent, language=language)


def feedback_examples() -> tuple[list[Example], int]:
    """Questions staff labelled in admin, and how many labels were not usable.

    A label is a topic id, "null" for a question Allina should leave alone, or empty
    (not labelled yet). Returns nothing when the Question model is not there.
    """
    from django.apps import apps

    try:
        question_model = apps.get_model("allina", "Question")
    except LookupError:
        return [], 0
    fields = {field.name for field in question_model._meta.get_fields()}
    if not {"staff_label", "message"} <= fields:
        return [], 0
    examples, skipped = [], 0
    rows = (
        question_model.objects.exclude(staff_label="")
        .order_by("pk")
        .values_list("message__text", "staff_label")
    )
    for text, label in rows.iterator():
        intent = None if label == "null" else label
        if not (text or "").strip() or (intent is not None and intent not in INTENTS):
            skipped += 1
            continue
        examples.append(Example(text=text, intent=intent, language=detect_language(text)))
    return examples, skipped


def split_examples(
    examples: Iterable[Example], *, test_share: float = 0.2, seed: int = 7
) -> tuple[list[Example], list[Example]]:
    """A stratified (language x topic) split with a fixed seed: the same split every run.

    Within each language and topic, examples are ordered by a hash of the seed and their
    text and the first `test_share` of them are held out, so adding an example to the
    dataset moves at most one other between the parts.
    """
    groups: dict[tuple[str, str | None], list[Example]] = {}
    for example in examples:
        groups.setdefault((example.language, example.intent), []).append(example)
    train, test = [], []
    for key in sorted(groups, key=lambda k: (k[0], k[1] or "")):
        group = sorted(groups[key], key=lambda e: _rank(e.text, seed))
        held = round(len(group) * test_share) if len(group) > 1 else 0
        test.extend(group[:held])
        train.extend(group[held:])
    return train, test


def _rank(text: str, seed: int) -> str:
    return hashlib.sha256(f"{seed}:{text}".encode()).hexdigest()
