"""The message rules' learned model, measured honestly on its own training data.

    .venv/bin/python bench/rules_model_cv.py [--folds 5] [--exclude corpus_b] [--cross]
                                             [--model-only]

Group-wise cross-validation: the training examples (`model.load_items`: every
`message_rules/data/training/*.jsonl` and the rules' set) are split into `--folds` parts by
their `group` (a corpus template, so none of a template's phrasings sits on both sides).
For each part, a model is trained on the other parts exactly as `model.train` does
(thresholds calibrated inside that training part) and every message of the part is
checked as the message path checks it: the project's default rules plus that model
(`Engine.check`: the short-line gate, the allowed-address rule and all). Printed:

- per language × category, recall: the share of messages to block that are blocked *with
  their category* (and, in brackets, with the rules alone);
- false findings: the share of clean lines blocked, for long and for short lines
  (`model.is_short`), with the model and with the rules alone.

`--exclude SOURCE` leaves a source out entirely (a training file's stem, or "rules").
`--cross` trains on every source but one and measures on that one, for each corpus file
(e.g. trained without `corpus_b` → measured on `corpus_b`: another author's phrasings).
`--model-only` skips the rules (the model's decision alone, faster; for experiments).

Nothing here reads the held-out sets (`data/heldout*/`): they are for the final word only.
"""

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

LANGS = ("pl", "cs", "sk", "hu", "en")


def _checker(rules, fitted, model_only: bool):
    """(check with the model, check with the rules alone): each → the categories found."""
    rules.model = fitted

    def check(text: str) -> set[str]:
        if model_only:
            finding = fitted.predict(text)
            return {finding.category} if finding is not None else set()
        return set(rules.check(text).categories)

    def rules_alone(text: str) -> set[str]:
        return set() if model_only else set(rules.check(text, use_model=False).categories)

    return check, rules_alone


def evaluate(train_items: list[dict], test_items: list[dict], rules, model_only: bool):
    """Train on `train_items`, check `test_items`; returns one row per test item."""
    from message_rules import model

    examples = [(item["text"], item["label"], item["group"]) for item in train_items]
    fitted = model._train(examples, None)
    check, rules_alone = _checker(rules, fitted, model_only)
    rows = []
    timings = []
    for item in test_items:
        started = time.perf_counter()
        found = check(item["text"])
        timings.append((time.perf_counter() - started) * 1000)
        rows.append((item, found, rules_alone(item["text"])))
    return rows, timings


def report(title: str, rows, timings) -> None:
    from message_rules import engine, model

    print(f"\n== {title}: {len(rows)} messages checked")
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    clean: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    false_by_category: dict[str, int] = defaultdict(int)
    by_length: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for item, found, alone in rows:
        lang = item["lang"] or "?"
        bucket = "short" if model.is_short(model.model_input(item["text"]).text) else "long"
        if item["label"] != model.CLEAN:
            by_length[bucket][0] += 1
            by_length[bucket][1] += item["label"] in found
            by_length[bucket][2] += item["label"] in alone
        if item["label"] == model.CLEAN:
            for category in found:
                false_by_category[category] += 1
            for key in (bucket, "all"):
                clean[key][0] += 1
                clean[key][1] += bool(found)
                clean[key][2] += bool(alone)
            continue
        for key in ((lang, item["label"]), (lang, "all"), ("all", item["label"]), ("all", "all")):
            hits[key][0] += 1
            hits[key][1] += item["label"] in found
            hits[key][2] += item["label"] in alone

    def cell(key) -> str:
        total, hit, alone = hits.get(key, (0, 0, 0))
        if not total:
            return f"{'-':>17}"
        return f"{hit / total:5.3f} ({alone / total:4.2f}) {total:>4}"

    columns = [*engine.CATEGORIES, "all"]
    print("recall with the right category: model+rules (rules alone) n")
    print(f"{'':5}" + "".join(f"{c[:17]:>19}" for c in columns))
    langs = [lang for lang in LANGS if any(key[0] == lang for key in hits)]
    langs += sorted({key[0] for key in hits} - set(LANGS) - {"all"})
    for lang in [*langs, "all"]:
        print(f"{lang:5}" + "".join(f"  {cell((lang, c))}" for c in columns))
    for key, (total, hit, alone) in sorted(by_length.items()):
        share, alone_share = hit / total, alone / total
        print(f"recall on {key:5} lines: {share:5.3f} (rules alone {alone_share:4.2f}) {total}")
    for key in ("long", "short", "all"):
        total, flagged, alone = clean.get(key, (0, 0, 0))
        if total:
            print(
                f"false findings on clean {key:5} lines: {flagged:4}/{total:<5} = "
                f"{flagged / total:6.2%}  (rules alone {alone / total:6.2%})"
            )
    if false_by_category:
        print(
            "false findings by category: "
            + ", ".join(
                f"{category} {count}" for category, count in sorted(false_by_category.items())
            )
        )
    if timings:
        print(f"median check {statistics.median(timings):.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--exclude", action="append", default=[])
    parser.add_argument("--cross", action="store_true")
    parser.add_argument("--model-only", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from sklearn.model_selection import GroupKFold

    from message_rules import engine, model

    settings.MESSAGE_RULES_MODEL = False  # the default engine without the shipped model
    rules = engine.default_engine()
    items = [item for item in model.load_items() if item["source"] not in args.exclude]
    sources = sorted({item["source"] for item in items})
    print(f"sources: {', '.join(sources)} ({len(items)} examples)")
    started = time.perf_counter()
    if args.cross:
        for source in sources:
            if source == "rules":
                continue
            train_items = [item for item in items if item["source"] != source]
            test_items = [item for item in items if item["source"] == source]
            rows, timings = evaluate(train_items, test_items, rules, args.model_only)
            report(f"trained without {source}, measured on {source}", rows, timings)
    else:
        rows, timings = [], []
        groups = [item["group"] for item in items]
        for fold, (train, test) in enumerate(
            GroupKFold(n_splits=args.folds).split(items, groups=groups)
        ):
            fold_rows, fold_timings = evaluate(
                [items[i] for i in train], [items[i] for i in test], rules, args.model_only
            )
            rows += fold_rows
            timings += fold_timings
            print(f"fold {fold + 1}/{args.folds} done ({time.perf_counter() - started:.0f} s)")
        report(f"{args.folds}-fold GroupKFold over {', '.join(sources)}", rows, timings)
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
