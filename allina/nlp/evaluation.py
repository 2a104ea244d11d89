"""Figures for `manage.py allina evaluate`: a model trained on one part, judged on the rest.

- precision: of the questions Allina answered, the share answered with the right topic
  (an answer to an out-of-scope question counts as wrong);
- coverage: of the answerable questions, the share answered with the right topic;
- out-of-scope answered: of the questions Allina must leave alone, the share she answered.
"""

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from allina.nlp.dataset import Example
from allina.nlp.intents import INTENTS
from allina.nlp.language import LANGUAGES

TARGET_PRECISION = 0.97
TARGET_COVERAGE = 0.85
TARGET_OUT_OF_SCOPE_ANSWERED = 0.03
TARGET_MEDIAN_MS = 5.0


@dataclass
class Figures:
    questions: int = 0
    answerable: int = 0
    out_of_scope: int = 0
    answered: int = 0
    right: int = 0
    out_of_scope_answered: int = 0

    @property
    def precision(self) -> float | None:
        return self.right / self.answered if self.answered else None

    @property
    def coverage(self) -> float | None:
        return self.right / self.answerable if self.answerable else None

    @property
    def out_of_scope_rate(self) -> float | None:
        return self.out_of_scope_answered / self.out_of_scope if self.out_of_scope else None

    def add(self, truth: str | None, given: str | None) -> None:
        self.questions += 1
        if truth is None:
            self.out_of_scope += 1
            self.out_of_scope_answered += given is not None
        else:
            self.answerable += 1
        self.answered += given is not None
        self.right += given is not None and given == truth

    def as_dict(self) -> dict:
        return {
            "questions": self.questions,
            "answerable": self.answerable,
            "out_of_scope": self.out_of_scope,
            "answered": self.answered,
            "precision": self.precision,
            "coverage": self.coverage,
            "out_of_scope_answered": self.out_of_scope_rate,
        }


@dataclass
class TopicFigures:
    """One topic: its questions, the answers given with it, and how many were right."""

    questions: int = 0
    answered_with: int = 0
    right: int = 0

    @property
    def precision(self) -> float | None:
        return self.right / self.answered_with if self.answered_with else None

    @property
    def coverage(self) -> float | None:
        return self.right / self.questions if self.questions else None

    def as_dict(self) -> dict:
        return {
            "questions": self.questions,
            "answered_with": self.answered_with,
            "precision": self.precision,
            "coverage": self.coverage,
        }


@dataclass
class Report:
    overall: Figures
    by_language: dict[str, Figures]
    by_intent: dict[str, TopicFigures]
    language_accuracy: float
    median_ms: float
    p95_ms: float
    train_size: int
    test_size: int

    def failures(self) -> list[str]:
        """The targets this report misses, in words (empty when all are met)."""
        missed = []
        for name, figures in [("all", self.overall), *self.by_language.items()]:
            if figures.precision is not None and figures.precision < TARGET_PRECISION:
                missed.append(f"precision {name} {figures.precision:.3f} < {TARGET_PRECISION}")
            if figures.coverage is not None and figures.coverage < TARGET_COVERAGE:
                missed.append(f"coverage {name} {figures.coverage:.3f} < {TARGET_COVERAGE}")
        rate = self.overall.out_of_scope_rate
        if rate is not None and rate > TARGET_OUT_OF_SCOPE_ANSWERED:
            missed.append(f"out-of-scope answered {rate:.3f} > {TARGET_OUT_OF_SCOPE_ANSWERED}")
        if self.median_ms > TARGET_MEDIAN_MS:
            missed.append(f"median classify {self.median_ms:.2f} ms > {TARGET_MEDIAN_MS} ms")
        return missed

    def as_dict(self) -> dict:
        return {
            "train_size": self.train_size,
            "test_size": self.test_size,
            "overall": self.overall.as_dict(),
            "by_language": {k: v.as_dict() for k, v in self.by_language.items()},
            "by_intent": {k: v.as_dict() for k, v in self.by_intent.items()},
            "language_accuracy": self.language_accuracy,
            "classify_median_ms": self.median_ms,
            "classify_p95_ms": self.p95_ms,
            "targets_missed": self.failures(),
        }


def evaluate(
    test: Sequence[Example],
    classify: Callable[[str], tuple[str | None, str]],
    *,
    train_size: int,
) -> Report:
    """Judge `classify` (text -> (intent, language)) on `test`, timing every call."""
    overall = Figures()
    by_language = {language: Figures() for language in LANGUAGES}
    by_intent = {intent: TopicFigures() for intent in INTENTS}
    timings, languages_right = [], 0
    for example in test:
        started = time.perf_counter()
        given, language = classify(example.text)
        timings.append((time.perf_counter() - started) * 1000)
        languages_right += language == example.language
        overall.add(example.intent, given)
        by_language[example.language].add(example.intent, given)
        if example.intent is not None:
            by_intent[example.intent].questions += 1
        if given is not None:
            by_intent[given].answered_with += 1
            by_intent[given].right += given == example.intent
    timings.sort()
    return Report(
        overall=overall,
        by_language=by_language,
        by_intent=by_intent,
        language_accuracy=languages_right / len(test) if test else 0.0,
        median_ms=statistics.median(timings) if timings else 0.0,
        p95_ms=timings[min(len(timings) - 1, int(len(timings) * 0.95))] if timings else 0.0,
        train_size=train_size,
        test_size=len(test),
    )
