"""Thresholds for the model's decision from the development sets' ordinary lines.

    .venv/bin/python bench/rules_model_thresholds.py [--calibrate 1-26] [--judge 27-35]
                                                      [--share 0.0002] [--end-to-end]
                                                      [--sweep S1,S2] [--cache FILE]

The held-out sets 1-35 (`data/heldout/`, `data/heldout2/` … `data/heldout35/`) have all
been measured and read: they are development sets. The model is never trained on them;
this script uses their *allowed* lines (`ordinary.jsonl`, and the near misses some
`heldout.jsonl` have) to raise the model's per-category thresholds (`model.decide`), one
for short and one for long lines, as `model._fit_calibrated` does on the training data.

Every line is checked once as the message path checks it (the project's default rules
plus the shipped model, `Engine.check`) and once with the rules alone, and the model's
decision is recorded (its category, probability, margin over clean, short or long line).
A raised threshold only takes away the model's finding, and a message without one is
checked exactly as with the rules alone; so the verdict under any thresholds follows from
the two checks (`verdict_under`), and `--end-to-end` confirms it with
`evaluation.heldout_report` on an engine whose model applies the new thresholds.

Calibration (sets `--calibrate`): per category and bucket, the lowest threshold of
`model.GRID` at which the lines the model alone blocks (the rules pass them) are at most
`--share` of the bucket's allowed lines. The judged sets (`--judge`) are never calibrated
on; printed per set, old (the training calibration) against new (the higher of the two):
recall and right category per language, false blocks on ordinary lines (all, and those the
model alone decided), and the model-only blocks of lines to block that are lost.

Decided before sets 27-35 were judged (session 24): calibrate on sets 1-26 with share
0.02 % (a category may block at most 1 in 5,000 of a bucket's allowed lines on the model's
word alone); ship if, over sets 27-35 together, the model-only false blocks on ordinary
lines fall by at least 30 % and no language loses more than 0.5 points of recall or of
right category. It lost (docs/message-rules.md, "Model thresholds from the development
sets (session 24)"): 60 % fewer such false blocks for 1.5-1.9 points of recall per
language; nothing was shipped. `--sweep 0.0001,0.0005` repeats the judgement for other
shares (chosen after the fact: exploration only).

Scoring the 93,906 lines of sets 1-35 takes about 12 minutes on two busy cores; `--cache
FILE` keeps them (keyed by the sets' files and the model's data digest) for the next run.
"""

import argparse
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

LANGS = ("pl", "cs", "sk", "hu", "en")
DATA = Path(__file__).resolve().parent.parent / "message_rules" / "data"
# Chosen before sets 27-35 were judged: a category may block at most this share of a
# bucket's allowed lines on the model's word alone (1 in 5,000).
SHARE = 0.0002
FORMAT = 1


def set_files(number: int) -> tuple[Path, Path]:
    """(heldout.jsonl, ordinary.jsonl) of development set `number` (1: `data/heldout/`)."""
    folder = DATA / ("heldout" if number == 1 else f"heldout{number}")
    return folder / "heldout.jsonl", folder / "ordinary.jsonl"


def key(sets: list[int], model_data: str, share: float = SHARE) -> str:
    """Of what the scored lines depend on: the sets' files (names and bytes), the model's
    data digest (`model.data_digest`: its code and training files) and the settings."""
    from message_rules import model

    digest = hashlib.sha256()
    digest.update(repr((FORMAT, share, model.GRID, model.THRESHOLD, model_data)).encode())
    for number in sets:
        for path in set_files(number):
            if path.exists():
                digest.update(f"{number}/{path.name}\0".encode())
                digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode())
    return digest.hexdigest()


class _Thresholded:
    """A model whose findings below `thresholds` (bucket → category → threshold) are
    dropped, as `decide` with those thresholds would; everything else is the model's."""

    def __init__(self, model, thresholds: dict):
        self._model = model
        self._thresholds = thresholds
        self.last = None  # (skeleton, finding) of the last call

    def __getattr__(self, name):
        return getattr(self._model, name)

    def predict_skeleton(self, skeleton):
        from message_rules.model import is_short

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
    from message_rules.model import CLEAN, is_short

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
    from message_rules import engine, evaluation, model

    shipped = model.get_model()
    if cache is not None and cache.exists():  # a cache of these sets or more
        saved = json.loads(cache.read_text(encoding="utf-8"))
        cached = saved.get("sets", [])
        if set(sets) <= set(cached) and saved.get("key") == key(
            cached, shipped.meta.get("data"), SHARE
        ):
            return [record for record in saved["records"] if record["set"] in sets]
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
            json.dumps(
                {
                    "key": key(sets, shipped.meta.get("data"), SHARE),
                    "sets": sets,
                    "records": records,
                }
            ),
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
    from message_rules.engine import CATEGORIES
    from message_rules.model import GRID, THRESHOLD

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


def parse_sets(text: str) -> list[int]:
    numbers: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        numbers += range(int(first), int(last or first) + 1)
    return numbers


def figures(records: list[dict], thresholds: dict | None) -> dict:
    """Per set: recall and right category per language, false blocks on ordinary lines
    (all; the model's alone), model-only blocks of lines to block."""
    out: dict = {}
    for record in records:
        blocked, categories = verdict_under(record, thresholds)
        row = out.setdefault(
            record["set"],
            {
                "lang": defaultdict(lambda: [0, 0, 0]),  # lines to block, blocked, right
                "ordinary": [0, 0, 0],  # lines, blocked, blocked by the model alone
                "near_miss": [0, 0],
                "model_only_hits": 0,
            },
        )
        model_only = blocked and not record["rules_blocked"]
        if record["expected"] == "block":
            cell = row["lang"][record["lang"]]
            for category in record["categories"]:  # as heldout_report counts: per category
                cell[0] += 1
                cell[1] += blocked
                cell[2] += category in categories
            row["model_only_hits"] += model_only
        elif record["ordinary"]:
            row["ordinary"][0] += 1
            row["ordinary"][1] += blocked
            row["ordinary"][2] += model_only
        else:
            row["near_miss"][0] += 1
            row["near_miss"][1] += blocked
    return out


def print_judgement(records: list[dict], sets: list[int], thresholds: dict) -> dict:
    old = figures(records, None)
    new = figures(records, thresholds)
    total = {
        "old": defaultdict(lambda: [0, 0, 0]),
        "new": defaultdict(lambda: [0, 0, 0]),
    }
    sums = {"old": [0, 0, 0, 0], "new": [0, 0, 0, 0]}  # ordinary lines, blocked, model, hits
    print(
        "\nset  recall per language old→new (pl cs sk hu en)"
        "                        ordinary false blocks old→new (model alone)  model hits lost"
    )
    for number in sets:
        cells = []
        for lang in LANGS:
            o, n = old[number]["lang"][lang], new[number]["lang"][lang]
            if o[0]:
                cells.append(f"{o[1] / o[0]:.3f}→{n[1] / n[0]:.3f}")
            for name, figure in (("old", o), ("new", n)):
                for index in range(3):
                    total[name][lang][index] += figure[index]
        o, n = old[number], new[number]
        for name, figure in (("old", o), ("new", n)):
            for index in range(3):
                sums[name][index] += figure["ordinary"][index]
            sums[name][3] += figure["model_only_hits"]
        lost = o["model_only_hits"] - n["model_only_hits"]
        print(
            f"{number:>3}  {' '.join(cells)}   {o['ordinary'][1]:>2}→{n['ordinary'][1]:<2}"
            f" ({o['ordinary'][2]:>2}→{n['ordinary'][2]:<2}) of {o['ordinary'][0]}"
            f"    {lost} of {o['model_only_hits']}"
        )
    print("\nsets together: language  recall old→new (Δ points)  right category old→new (Δ)")
    worst_recall = worst_right = 0.0
    for lang in LANGS:
        o, n = total["old"][lang], total["new"][lang]
        if not o[0]:
            continue
        recall = (n[1] - o[1]) / o[0] * 100
        right = (n[2] - o[2]) / o[0] * 100
        worst_recall, worst_right = min(worst_recall, recall), min(worst_right, right)
        print(
            f"  {lang}  {o[1] / o[0]:.4f}→{n[1] / n[0]:.4f} ({recall:+.2f})"
            f"   {o[2] / o[0]:.4f}→{n[2] / n[0]:.4f} ({right:+.2f})   of {o[0]}"
        )
    (lines, old_blocked, old_model, old_hits), (_, new_blocked, new_model, new_hits) = (
        sums["old"],
        sums["new"],
    )
    fewer = 1 - new_model / old_model if old_model else 0.0
    print(
        f"  ordinary false blocks: {old_blocked}→{new_blocked} of {lines}"
        f" ({old_blocked / lines:.2%}→{new_blocked / lines:.2%}); by the model alone"
        f" {old_model}→{new_model} ({fewer:.0%} fewer)"
    )
    print(f"  lines to block the model alone blocked: {old_hits}→{new_hits}")
    wins = fewer >= 0.30 and worst_recall >= -0.5 and worst_right >= -0.5
    print(
        f"decision rule (≥ 30 % fewer model false blocks, ≤ 0.5 points recall and right"
        f" category lost per language): {'WINS' if wins else 'loses'}"
    )
    return {"fewer": fewer, "worst_recall": worst_recall, "worst_right": worst_right}


def summary(records: list[dict], thresholds: dict) -> tuple:
    """(model-only false blocks on ordinary lines old, new; worst recall and right-category
    change of a language in points; model-only blocks of lines to block lost)."""
    old, new = figures(records, None), figures(records, thresholds)
    old_model = sum(row["ordinary"][2] for row in old.values())
    new_model = sum(row["ordinary"][2] for row in new.values())
    lost = sum(old[n]["model_only_hits"] - new[n]["model_only_hits"] for n in old)
    worst_recall = worst_right = 0.0
    for lang in LANGS:
        o = [sum(row["lang"][lang][i] for row in old.values()) for i in range(3)]
        n = [sum(row["lang"][lang][i] for row in new.values()) for i in range(3)]
        if o[0]:
            worst_recall = min(worst_recall, (n[1] - o[1]) / o[0] * 100)
            worst_right = min(worst_right, (n[2] - o[2]) / o[0] * 100)
    return old_model, new_model, worst_recall, worst_right, lost


def print_sweep(calibration: list[dict], judged: list[dict], shares: list[float]) -> None:
    """The same experiment for other shares (after the fact: exploration, not a decision)."""
    print("\nshare    model-only false blocks  worst Δ recall  worst Δ right  hits lost")
    for share in shares:
        thresholds, _allowed = calibrate(calibration, share=share)
        old_model, new_model, recall, right, lost = summary(judged, thresholds)
        fewer = 1 - new_model / old_model if old_model else 0.0
        print(
            f"{share:7.3%}  {old_model:>4} → {new_model:<4} ({fewer:4.0%} fewer)"
            f"   {recall:+6.2f}         {right:+6.2f}        {lost}"
        )


def print_cells(named: list[tuple[str, list[dict]]], thresholds: dict) -> None:
    """Per category and bucket the new thresholds raise: the model-only false blocks on
    ordinary lines they take away, and the model-only blocks of lines to block they lose."""
    from message_rules.model import THRESHOLD

    print("\nper category and bucket: model-only false blocks removed / model hits lost")
    for name, records in named:
        cells: dict = defaultdict(lambda: [0, 0, 0, 0])  # false, removed, hits, lost
        for record in records:
            if not record["model_decided"]:
                continue
            decision = record["decision"]
            bucket = "short" if record["short"] else "long"
            below = decision["probability"] < thresholds[bucket][decision["category"]]
            cell = cells[decision["category"], bucket]
            if record["expected"] == "block":
                cell[2] += 1
                cell[3] += below
            elif record["ordinary"]:
                cell[0] += 1
                cell[1] += below
        for (category, bucket), (false, removed, hits, lost) in sorted(cells.items()):
            if thresholds[bucket][category] > THRESHOLD:
                print(
                    f"  sets {name:<6}{category:<20}{bucket:<6}"
                    f" ≥ {thresholds[bucket][category]:.2f}: false blocks {removed:>3} of"
                    f" {false:<3}  hits lost {lost:>3} of {hits}"
                )


def print_thresholds(thresholds: dict, training: dict) -> None:
    from message_rules import engine

    print("thresholds: category           short: training → development   long: ...")
    for category in engine.CATEGORIES:
        parts = []
        for bucket in ("short", "long"):
            trained = training.get(bucket, {}).get(category, 0.5)
            developed = thresholds.get(bucket, {}).get(category, 0.5)
            parts.append(f"{trained:.2f} → {developed:.2f}{' *' if developed > trained else '  '}")
        print(f"  {category:<24}{parts[0]:<18}{parts[1]}")


def end_to_end(shipped, sets: list[int], thresholds: dict) -> None:
    """`evaluation.heldout_report` with the engine as shipped and with the new thresholds."""
    from message_rules import engine, evaluation

    for name, applied in (("old", None), ("new", thresholds)):
        rules = engine.default_engine()
        rules.model = with_thresholds(shipped, applied)
        for number in sets:
            heldout, ordinary = set_files(number)
            items = evaluation.load(heldout) if heldout.exists() else []
            report = evaluation.heldout_report(rules, items, evaluation.load(ordinary))
            blocked = sum(v[0] for v in report.ordinary.values())
            recall = " ".join(f"{report.language(lang).recall:.3f}" for lang in LANGS)
            right = " ".join(f"{report.language(lang).right_rate:.3f}" for lang in LANGS)
            print(
                f"  {name} set {number}: recall {recall}; right {right};"
                f" ordinary false blocks {blocked}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", default="1-26")
    parser.add_argument("--judge", default="27-35")
    parser.add_argument("--share", type=float, default=None)
    parser.add_argument("--end-to-end", action="store_true")
    parser.add_argument(
        "--sweep", default="", help="comma-separated shares to try as well (exploration)"
    )
    parser.add_argument("--cache", type=Path, default=None, help="keep the scored lines here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from message_rules import model

    settings.MESSAGE_RULES_MODEL = True
    shipped = model.get_model()
    calibrate_on, judge_on = parse_sets(args.calibrate), parse_sets(args.judge)
    started = time.perf_counter()
    records = scored(sorted({*calibrate_on, *judge_on}), cache=args.cache)
    print(f"{len(records)} lines scored ({time.perf_counter() - started:.0f} s)")
    share = SHARE if args.share is None else args.share
    calibration = [record for record in records if record["set"] in calibrate_on]
    thresholds, allowed = calibrate(calibration, share=share)
    print(
        f"calibrated on sets {args.calibrate}: allowed lines {allowed['lines']}"
        f" (short {allowed['short_lines']}, long {allowed['long_lines']}), share {share:.3%}:"
        f" at most {allowed['short']} short and {allowed['long']} long model-only false"
        " blocks per category"
    )
    print_thresholds(thresholds, shipped.meta.get("thresholds", {}))
    judged = [record for record in records if record["set"] in judge_on]
    print_judgement(judged, judge_on, thresholds)
    print_cells([(args.calibrate, calibration), (args.judge, judged)], thresholds)
    if args.sweep:
        print_sweep(calibration, judged, [float(share) for share in args.sweep.split(",")])
    if args.end_to_end:
        end_to_end(shipped, judge_on, thresholds)


if __name__ == "__main__":
    main()
