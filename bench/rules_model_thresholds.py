"""Thresholds for the model's decision from the development sets' ordinary lines.

    .venv/bin/python bench/rules_model_thresholds.py [--calibrate 1-26] [--judge 27-35]
                                                      [--share 0.0002] [--end-to-end]

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
right category.
"""

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

LANGS = ("pl", "cs", "sk", "hu", "en")


def parse_sets(text: str) -> list[int]:
    numbers: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        numbers += range(int(first), int(last or first) + 1)
    return numbers


def figures(records: list[dict], thresholds: dict | None) -> dict:
    """Per set: recall and right category per language, false blocks on ordinary lines
    (all; the model's alone), model-only blocks of lines to block."""
    from message_rules import dev_thresholds

    out: dict = {}
    for record in records:
        blocked, categories = dev_thresholds.verdict_under(record, thresholds)
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
    from message_rules import dev_thresholds, engine, evaluation

    for name, applied in (("old", None), ("new", thresholds)):
        rules = engine.default_engine()
        rules.model = dev_thresholds.with_thresholds(shipped, applied)
        for number in sets:
            heldout, ordinary = dev_thresholds.set_files(number)
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
    parser.add_argument("--cache", type=Path, default=None, help="keep the scored lines here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from message_rules import dev_thresholds, model

    settings.MESSAGE_RULES_MODEL = True
    shipped = model.get_model()
    calibrate_on, judge_on = parse_sets(args.calibrate), parse_sets(args.judge)
    started = time.perf_counter()
    records = dev_thresholds.scored(sorted({*calibrate_on, *judge_on}), cache=args.cache)
    print(f"{len(records)} lines scored ({time.perf_counter() - started:.0f} s)")
    share = dev_thresholds.SHARE if args.share is None else args.share
    calibration = [record for record in records if record["set"] in calibrate_on]
    thresholds, allowed = dev_thresholds.calibrate(calibration, share=share)
    print(
        f"calibrated on sets {args.calibrate}: allowed lines {allowed['lines']}"
        f" (short {allowed['short_lines']}, long {allowed['long_lines']}), share {share:.3%}:"
        f" at most {allowed['short']} short and {allowed['long']} long model-only false"
        " blocks per category"
    )
    print_thresholds(thresholds, shipped.meta.get("thresholds", {}))
    judged = [record for record in records if record["set"] in judge_on]
    print_judgement(judged, judge_on, thresholds)
    if args.end_to_end:
        end_to_end(shipped, judge_on, thresholds)


if __name__ == "__main__":
    main()
