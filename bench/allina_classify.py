"""Allina's understanding: time per `allina.classifier.classify(text)` call, in-process.

    .venv/bin/python bench/allina_classify.py [--rounds 5]

Loads the model once (training it from the shipped dataset first if the saved one is
missing or out of date; that time is printed separately and not counted), then classifies
the held-out questions of `manage.py allina evaluate` (questions the evaluated model never
saw, all five languages, short and long, in and out of scope) one call at a time,
`--rounds` times over after one warm-up round. Each call is timed on its own
(perf_counter) and includes everything classify() does: language detection (lingua),
normalisation, features, the model, the rules for abstaining. Prints the median, p95, p99
and max per call, per language and overall. Target (issue 7): median <= 5 ms.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

TARGET_MEDIAN_MS = 5.0


def percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * share))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    args = parser.parse_args()

    import django

    django.setup()
    from allina.classifier import classify, get_model
    from allina.nlp.dataset import load_examples, split_examples

    started = time.perf_counter()
    model = get_model()
    print(
        f"model ready in {time.perf_counter() - started:.1f} s "
        f"({model.meta['examples']} training questions)"
    )
    _, questions = split_examples(load_examples())
    for question in questions:  # warm-up round
        classify(question.text)

    timings: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for question in questions:
            start = time.perf_counter()
            classify(question.text)
            elapsed = (time.perf_counter() - start) * 1000
            timings.setdefault(question.language, []).append(elapsed)
            timings.setdefault("all", []).append(elapsed)

    print(f"{len(questions)} questions x {args.rounds} rounds, one call at a time")
    print(f"{'language':<10}{'calls':>8}{'median ms':>11}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for language in ("pl", "cs", "sk", "hu", "en", "all"):
        values = sorted(timings[language])
        print(
            f"{language:<10}{len(values):>8}{statistics.median(values):>11.3f}"
            f"{percentile(values, 0.95):>9.3f}{percentile(values, 0.99):>9.3f}"
            f"{values[-1]:>9.3f}"
        )
    median = statistics.median(timings["all"])
    met = median <= TARGET_MEDIAN_MS
    print(f"target: median <= {TARGET_MEDIAN_MS} ms: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
