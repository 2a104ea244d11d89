"""Message rules benchmark: time of one check per message (target: median ≤ 2 ms with the
model; the rules alone were held to ≤ 1 ms).

    .venv/bin/python bench/moderation.py [--rounds 20]

Checks every message of the rules' set, the held-out sets and the ordinary-conversation
sets (message_rules/data/heldout/ to heldout5/), with the learned model beside the
rules (as the message path runs it) and with the rules alone.

Compiles the project's default rules (message_rules/defaults.py, the same the data
migration loads) and checks every message of the evaluation set
(message_rules/data/evaluation.jsonl) `--rounds` times, round-robin, then a synthetic
long message (10,000 characters, the longest a message may be, ending with a phone
number), and prints the median, p95 and p99 of one check. The check is the whole of
`Engine.check`: normalising the text, phrase and regex rules, link, e-mail, phone and
account detectors, allowlist exceptions. No database: the stage adds one INSERT of the
MessageCheck row around it.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def figures(label: str, samples_ms: list[float]) -> str:
    return (
        f"{label:<44} n={len(samples_ms):>6}  median {statistics.median(samples_ms):7.3f} ms"
        f"  p95 {percentile(samples_ms, 0.95):7.3f} ms  p99 {percentile(samples_ms, 0.99):7.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    import django

    django.setup()
    from message_rules import engine, evaluation

    started = time.perf_counter()
    rules = engine.default_engine()
    compile_ms = (time.perf_counter() - started) * 1000
    items = [*evaluation.load()]
    for _title, blocked, ordinary in evaluation.HELDOUT_SETS:
        items += [*evaluation.load(blocked), *evaluation.load(ordinary)]
    texts = [item["text"] for item in items]
    rules_only: list[float] = []

    for text in texts:  # warm-up: per-character caches, phonenumbers metadata
        rules.check(text)
    samples: list[float] = []
    blocked_samples: list[float] = []
    clean_samples: list[float] = []
    for _round in range(args.rounds):
        for item, text in zip(items, texts, strict=True):
            t0 = time.perf_counter()
            rules.check(text)
            elapsed = (time.perf_counter() - t0) * 1000
            samples.append(elapsed)
            (blocked_samples if item["expected"] == "block" else clean_samples).append(elapsed)
            t0 = time.perf_counter()
            rules.check(text, use_model=False)
            rules_only.append((time.perf_counter() - t0) * 1000)

    paragraph = (
        "Dzień dobry, paczka dotarła wczoraj, ale karton był trochę zgnieciony. "
        "Produkt działa, tylko brakuje instrukcji po polsku; czy można ją dosłać? "
    )
    long_text = (paragraph * (10_000 // len(paragraph) + 1))[: 10_000 - 40]
    long_text += " Proszę o telefon: 601 234 567."
    rules.check(long_text)
    long_samples = []
    for _ in range(max(20, args.rounds * 2)):
        t0 = time.perf_counter()
        verdict = rules.check(long_text)
        long_samples.append((time.perf_counter() - t0) * 1000)
    assert verdict.blocked

    print(f"rule set compiled in {compile_ms:.1f} ms ({len(rules.rules)} rules)")
    print(figures(f"all sets, rules + model ({len(texts)} messages)", samples))
    print(figures("  the same, rules alone", rules_only))
    print(figures("  of them: to block", blocked_samples))
    print(figures("  of them: clean", clean_samples))
    print(figures(f"synthetic long message ({len(long_text):,} chars)", long_samples))
    median = statistics.median(samples)
    print(f"target: median ≤ 2 ms per message: {'met' if median <= 2.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
