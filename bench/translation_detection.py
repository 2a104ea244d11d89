"""How fast and how right the offline language detection is (translation/detection.py).

Detection runs inside the sender's transaction (messaging.services._deliver), so its
cost is added to every delivered message. Prints: the detector's build and first-call
(model loading) times, then per-message latency percentiles and accuracy over generated
messages in the five languages, with and without diacritics (anyascii), and the cost of
protecting numbers, links and addresses (translation/protection.py).

    .venv/bin/python bench/translation_detection.py [--messages 5000]
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

import django

django.setup()

from anyascii import anyascii  # noqa: E402

from bench.message_center_texts import message_text  # noqa: E402
from translation import detection  # noqa: E402
from translation.protection import protect  # noqa: E402

LANGUAGES = ["pl", "cs", "sk", "hu", "en"]


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return (
        f"mean {statistics.fmean(ordered) * 1000:.3f} ms, p50 {pick(0.5):.3f}, "
        f"p95 {pick(0.95):.3f}, p99 {pick(0.99):.3f}, max {ordered[-1] * 1000:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(2026)

    started = time.perf_counter()
    detection.detector()
    built = time.perf_counter() - started
    started = time.perf_counter()
    detection.detect_language("Dzień dobry, kiedy przyjdzie paczka?")
    first = time.perf_counter() - started
    print(
        f"detector built in {built * 1000:.1f} ms; "
        f"first detection (loads models) {first * 1000:.1f} ms"
    )

    samples = []
    for index in range(args.messages):
        language = LANGUAGES[index % len(LANGUAGES)]
        text = message_text(rng, language=language, seller=index % 2 == 0, first=index % 3 == 0)
        samples.append((language, text))
    print(
        f"{len(samples)} messages, {statistics.fmean(len(t) for _, t in samples):.0f} "
        "characters on average"
    )

    runs = (
        ("with diacritics", str, False),
        ("without diacritics", anyascii, False),
        ("without diacritics, the author's language as the hint", anyascii, True),
    )
    for label, transform, hinted in runs:
        timings, right, undecided = [], dict.fromkeys(LANGUAGES, 0), dict.fromkeys(LANGUAGES, 0)
        for language, text in samples:
            text = transform(text)
            hint = language if hinted else ""
            started = time.perf_counter()
            found = detection.detect_language(text, author_language=hint)
            timings.append(time.perf_counter() - started)
            if found is None:
                undecided[language] += 1
            elif found.language == language:
                right[language] += 1
        per = len(samples) // len(LANGUAGES)
        print(f"\n{label}: {percentiles(timings)}; {len(timings) / sum(timings):,.0f} messages/s")
        for language in LANGUAGES:
            print(
                f"  {language}: {right[language] / per:6.1%} right, "
                f"{undecided[language] / per:5.1%} left untranslated (too unsure)"
            )

    timings = []
    for _language, text in samples:
        text = f"{text} Zamówienie cub31c122, numer 620000000000000000000001, 129,00 zł."
        started = time.perf_counter()
        protect(text, keep=("cub31c122",)).as_xml()
        timings.append(time.perf_counter() - started)
    print(f"\nprotecting numbers, prices, links: {percentiles(timings)}")


if __name__ == "__main__":
    main()
