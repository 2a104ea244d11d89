"""Measuring the rules on the project's labelled evaluation set (data/evaluation.jsonl).

Each line: {"text", "lang" (pl/cs/sk/hu/en), "expected" ("block"/"allow"), "categories"
(the rule categories a blocked message breaks), "tags" (disguise kinds, near_miss, ...)}.
The set was written for this project: real-looking marketplace messages, half of them
clean, with disguises and near misses (innocent words that contain bad ones, courier
links, warnings, price negotiation).
"""

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from .engine import CATEGORIES, Engine

EVALUATION_SET = Path(__file__).resolve().parent / "data" / "evaluation.jsonl"
TARGET_RECALL = 0.97
TARGET_FALSE_BLOCKS = 0.01
TARGET_MEDIAN_MS = 1.0


def load(path: Path = EVALUATION_SET) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Counts:
    blocked: int = 0  # expected block, blocked
    missed: int = 0  # expected block, allowed
    false_blocks: int = 0  # expected allow, blocked
    clean: int = 0  # expected allow, allowed

    @property
    def recall(self) -> float:
        total = self.blocked + self.missed
        return self.blocked / total if total else 1.0

    @property
    def false_block_rate(self) -> float:
        total = self.false_blocks + self.clean
        return self.false_blocks / total if total else 0.0


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_category: dict[str, list[int]] = field(default_factory=dict)  # [found, total]
    timings_ms: list[float] = field(default_factory=list)
    mistakes: list[tuple[dict, list[str]]] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.timings_ms) if self.timings_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if not self.timings_ms:
            return 0.0
        ordered = sorted(self.timings_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]

    @property
    def targets_met(self) -> bool:
        return (
            self.overall.recall >= TARGET_RECALL
            and self.overall.false_block_rate <= TARGET_FALSE_BLOCKS
            and self.median_ms <= TARGET_MEDIAN_MS
        )


def evaluate(engine: Engine, items: list[dict], *, repeats: int = 3) -> Report:
    report = Report()
    for item in items:
        text = item["text"]
        engine.check(text)  # warm the per-character caches, as a running process has them
        best = None
        for _ in range(repeats):
            started = time.perf_counter()
            verdict = engine.check(text)
            elapsed = (time.perf_counter() - started) * 1000
            best = elapsed if best is None else min(best, elapsed)
        report.timings_ms.append(best)
        counts = report.by_language.setdefault(item["lang"], Counts())
        expected_block = item["expected"] == "block"
        for bucket in (report.overall, counts):
            if expected_block and verdict.blocked:
                bucket.blocked += 1
            elif expected_block:
                bucket.missed += 1
            elif verdict.blocked:
                bucket.false_blocks += 1
            else:
                bucket.clean += 1
        for category in item.get("categories", []):
            found_total = report.by_category.setdefault(category, [0, 0])
            found_total[1] += 1
            if category in verdict.categories:
                found_total[0] += 1
        if expected_block != verdict.blocked:
            report.mistakes.append(
                (item, [f"{f.category}: {f.fragment!r} ({f.rule})" for f in verdict.findings])
            )
    return report


def format_report(report: Report, *, show_mistakes: bool = False) -> str:
    def pct(value: float) -> str:
        return f"{value * 100:.1f} %"

    overall = report.overall
    lines = [
        f"messages: {overall.blocked + overall.missed + overall.false_blocks + overall.clean}"
        f" ({overall.blocked + overall.missed} to block, "
        f"{overall.false_blocks + overall.clean} clean)",
        f"recall of blocked messages: {overall.recall:.3f}"
        f" ({overall.blocked}/{overall.blocked + overall.missed}; target ≥ {TARGET_RECALL})",
        f"false-block rate: {pct(overall.false_block_rate)}"
        f" ({overall.false_blocks}/{overall.false_blocks + overall.clean};"
        f" target ≤ {pct(TARGET_FALSE_BLOCKS)})",
        f"median check: {report.median_ms:.3f} ms per message (p95 {report.p95_ms:.3f} ms;"
        f" target ≤ {TARGET_MEDIAN_MS} ms)",
        "",
        "per language:          recall   false blocks",
    ]
    for language in ("pl", "cs", "sk", "hu", "en"):
        counts = report.by_language.get(language)
        if counts:
            lines.append(
                f"  {language}                   {counts.recall:.3f}    "
                f"{pct(counts.false_block_rate)} ({counts.false_blocks}/"
                f"{counts.false_blocks + counts.clean})"
            )
    lines.append("per category (expected category found):")
    for category in CATEGORIES:
        found, total = report.by_category.get(category, [0, 0])
        if total:
            lines.append(f"  {category:<22}{found / total:.3f} ({found}/{total})")
    lines.append(f"targets met: {'yes' if report.targets_met else 'no'}")
    if show_mistakes and report.mistakes:
        lines.append("mistakes:")
        for item, findings in report.mistakes:
            lines.append(f"  [{item['lang']} {item['expected']}] {item['text']!r} -> {findings}")
    return "\n".join(lines)
