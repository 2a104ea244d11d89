"""The model's thresholds from the development sets' allowed lines (never trained on).

The held-out sets `data/heldout*/` have all been measured and read, so they serve as
development sets. Their lines are not training data: the model never learns a weight
from them. Their *allowed* lines (`ordinary.jsonl`, and the near misses some
`heldout.jsonl` have) only raise the model's thresholds: per category and bucket (short or
long line, `model.is_short`), the lowest threshold of `model.GRID` at which the lines the
model alone would block (the rules pass them) are at most `SHARE` of the bucket's allowed
lines. `model.RulesModel.decide` takes the higher of this and the training calibration.

The thresholds are stored in `data/dev_thresholds.json`, keyed by what they were
calibrated on (`key`: the sets' files, the model's data digest, the settings). They apply
only to the model they were calibrated for (`stored`); a test fails when the file is stale
against the sets and training data on disk. Recalibrate with
`bench/rules_model_thresholds.py --write` (it scores every line of the sets with the
engine, a few minutes). The experiment that chose this, and its figures, are in
docs/message-rules.md ("Model thresholds from the development sets").
"""

import hashlib
import json
import logging
import re
from pathlib import Path

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
STORE = DATA / "dev_thresholds.json"
# A category may block at most this share of a bucket's allowed lines on the model's word
# alone (1 in 5,000); chosen before the experiment was judged (see the docs).
SHARE = 0.0002
FORMAT = 1


def set_files(number: int) -> tuple[Path, Path]:
    """(heldout.jsonl, ordinary.jsonl) of development set `number` (1: `data/heldout/`)."""
    folder = DATA / ("heldout" if number == 1 else f"heldout{number}")
    return folder / "heldout.jsonl", folder / "ordinary.jsonl"


def sets_on_disk() -> list[int]:
    """The numbers of every `data/heldout*/` with an ordinary.jsonl."""
    numbers = []
    for folder in DATA.glob("heldout*"):
        match = re.fullmatch(r"heldout(\d*)", folder.name)
        if match and (folder / "ordinary.jsonl").exists():
            numbers.append(int(match.group(1) or 1))
    return sorted(numbers)


def key(sets: list[int], model_data: str, share: float = SHARE) -> str:
    """Of what a calibration reads: the sets' files (names and bytes), the model's data
    digest (`model.data_digest`: its code and training files) and the settings."""
    from . import model

    digest = hashlib.sha256()
    digest.update(repr((FORMAT, share, model.GRID, model.THRESHOLD, model_data)).encode())
    for number in sets:
        for path in set_files(number):
            if path.exists():
                digest.update(f"{number}/{path.name}\0".encode())
                digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode())
    return digest.hexdigest()


def stored(model_data: str | None) -> dict:
    """The stored development thresholds ({"short"|"long": {category: threshold}}) if they
    were calibrated for a model of these data, else none (the training calibration alone
    applies)."""
    try:
        saved = json.loads(STORE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("model_data") != model_data:
        if model_data is not None:
            logger.info("message rules: %s is for other training data", STORE.name)
        return {}
    return saved.get("thresholds") or {}


def store(sets: list[int], model_data: str, thresholds: dict, allowed: dict) -> None:
    STORE.write_text(
        json.dumps(
            {
                "key": key(sets, model_data),
                "model_data": model_data,
                "sets": sets,
                "share": SHARE,
                "allowed": allowed,
                "thresholds": thresholds,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )


class _Thresholded:
    """A model whose findings below `thresholds` (bucket → category → threshold) are
    dropped, as `decide` with those thresholds would; everything else is the model's."""

    def __init__(self, model, thresholds: dict, record: bool = False):
        self._model = model
        self._thresholds = thresholds
        self.last = None  # (skeleton, finding) of the last call

    def __getattr__(self, name):
        return getattr(self._model, name)

    def predict_skeleton(self, skeleton):
        from .model import is_short

        finding = self._model.predict_skeleton(skeleton)
        self.last = (skeleton, finding)
        if finding is not None:
            bucket = "short" if is_short(skeleton.text) else "long"
            if finding.probability < self._thresholds.get(bucket, {}).get(finding.category, 0):
                return None
        return finding


def with_thresholds(model, thresholds: dict | None):
    """`model` with `thresholds` applied besides its own (None: as it is)."""
    return model if thresholds is None else _Thresholded(model, thresholds)


def score_line(rules, recorder, item: dict, number: int) -> dict:
    """One line checked with the rules and the model, and with the rules alone."""
    from .model import CLEAN, is_short

    recorder.last = None
    full = rules.check(item["text"])
    alone = rules.check(item["text"], use_model=False)
    record = {
        "set": number,
        "lang": item["lang"],
        "expected": item["expected"],
        "categories": item.get("categories", []),
        "ordinary": "ordinary" in item.get("tags", []),
        "rules_blocked": alone.blocked,
        "rules_categories": alone.categories,
        "blocked": full.blocked,
        "verdict_categories": full.categories,
        "decision": None,
        "text": item["text"],
    }
    if recorder.last is not None:
        skeleton, finding = recorder.last
        probabilities = recorder.scores_of(skeleton.text)
        best = max(probabilities, key=probabilities.get)
        record.update(
            best=best,
            probability=probabilities[best],
            margin=probabilities[best] - probabilities[CLEAN],
            short=is_short(skeleton.text),
        )
        if finding is not None:
            record["decision"] = {"category": finding.category, "probability": finding.probability}
    # Whether the model's finding decided the block: blocked with it, passed without.
    record["model_decided"] = full.blocked and not alone.blocked
    return record


def scored(sets: list[int], cache: Path | None = None) -> list[dict]:
    """Every line of the development sets `sets`, checked (`score_line`) with the default
    rules and the current model."""
    from . import engine, evaluation, model

    shipped = model.get_model()
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        if saved.get("key") == key(sets, shipped.meta.get("data")):
            return saved["records"]
    rules = engine.default_engine()
    recorder = _Thresholded(shipped, {})
    recorder.scores_of = lambda text: dict(
        zip(shipped.classes, shipped.row(text)[2].tolist(), strict=True)
    )
    rules.model = recorder
    records = []
    for number in sets:
        for path in set_files(number):
            if path.exists():
                records += [
                    score_line(rules, recorder, item, number) for item in evaluation.load(path)
                ]
    if cache is not None:
        cache.write_text(
            json.dumps({"key": key(sets, shipped.meta.get("data")), "records": records}),
            encoding="utf-8",
        )
    return records


def verdict_under(record: dict, thresholds: dict | None) -> tuple[bool, list[str]]:
    """(blocked, categories) of a scored line had the model applied `thresholds` besides
    its own: without its finding the engine checks a line exactly as the rules alone do."""
    decision = record["decision"]
    if thresholds is not None and decision is not None:
        bucket = "short" if record["short"] else "long"
        if decision["probability"] < thresholds.get(bucket, {}).get(decision["category"], 0):
            return record["rules_blocked"], record["rules_categories"]
    return record["blocked"], record["verdict_categories"]


def calibrate(records: list[dict], share: float = SHARE) -> tuple[dict, dict]:
    """Per bucket and category, the lowest threshold of `model.GRID` at which the allowed
    lines the model alone blocks are at most `share` of the bucket's allowed lines; and
    what was allowed."""
    from .engine import CATEGORIES
    from .model import GRID, THRESHOLD

    allowed_lines = [record for record in records if record["expected"] != "block"]
    thresholds: dict[str, dict[str, float]] = {"short": {}, "long": {}}
    allowed: dict = {"lines": len(allowed_lines)}
    for bucket in ("short", "long"):
        lines = [r for r in allowed_lines if "short" in r and r["short"] == (bucket == "short")]
        cap = int(share * len(lines))
        allowed[f"{bucket}_lines"], allowed[bucket] = len(lines), cap
        for category in CATEGORIES:
            wrong = sorted(
                record["decision"]["probability"]
                for record in lines
                if record["model_decided"] and record["decision"]["category"] == category
            )
            chosen = GRID[-1]
            for threshold in GRID:
                if sum(p >= threshold for p in wrong) <= cap:
                    chosen = threshold
                    break
            thresholds[bucket][category] = max(THRESHOLD, chosen)
    return thresholds, allowed
