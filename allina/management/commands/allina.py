"""`manage.py allina train | evaluate | classify`: Allina's understanding from the shell.

- `train` rebuilds the model from the shipped dataset plus questions staff labelled in
  admin, and writes it where `classify()` reads it (or to `--output`).
- `evaluate` trains on a fixed stratified part of the dataset and prints how the model does
  on the rest (never trained on): precision, coverage, out-of-scope answered, per language
  and per topic, and the time one classification takes.
- `classify` (SPEC §8): JSON lines in on stdin (`{"text": ...}`), one JSON line out per line
  in (`{"intent": <id or null>, "confidence": <0..1>}`), same order; a line that is not such
  an object gets `{"error": ...}` in its place and a message on stderr; blank lines are
  skipped.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from allina import classifier
from allina.nlp.dataset import (
    DATASET_PATH,
    DatasetError,
    feedback_examples,
    load_examples,
    split_examples,
)
from allina.nlp.evaluation import evaluate
from allina.nlp.language import detect_language


def describe_rules(rules) -> str:
    def limit(value: float) -> str:
        return "off" if value > 1 else f"{value:.2f}"

    return (
        f"threshold {rules.threshold:.2f}, second-topic limit "
        f"{limit(rules.second_topic_limit)}, clause limit {limit(rules.clause_limit)}"
    )


class Command(BaseCommand):
    help = "Allina's question understanding: train, evaluate, classify."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="subcommand", required=True, metavar="COMMAND")
        train_parser = commands.add_parser(
            "train", help="Rebuild the model from the dataset and staff-labelled questions."
        )
        train_parser.add_argument(
            "--output",
            type=Path,
            help="Where to write the model (default: where classify() reads it).",
        )
        train_parser.add_argument(
            "--no-feedback",
            action="store_true",
            help="Leave out the questions staff labelled in admin.",
        )
        evaluate_parser = commands.add_parser(
            "evaluate", help="Train on part of the dataset and report on the held-out rest."
        )
        evaluate_parser.add_argument("--test-share", type=float, default=0.2)
        evaluate_parser.add_argument("--seed", type=int, default=7)
        evaluate_parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print JSON."
        )
        evaluate_parser.add_argument(
            "--check", action="store_true", help="Exit with an error when a target is missed."
        )
        commands.add_parser(
            "classify", help="JSON lines {'text': ...} on stdin, topics as JSON lines out."
        )

    def handle(self, *args, subcommand, **options):
        return getattr(self, f"handle_{subcommand}")(**options)

    def handle_train(self, *, output: Path | None, no_feedback: bool, **options):
        extra, skipped = ([], 0) if no_feedback else feedback_examples()
        try:
            model = classifier.train_model(extra)
        except DatasetError as error:
            raise CommandError(str(error)) from error
        path = output or classifier.model_path()
        classifier.save_model(model, path)
        if output is None:
            classifier.reset_model()
        self.stdout.write(
            f"Trained on {model.meta['examples']} questions "
            f"({len(extra)} labelled by staff, {skipped} labels not usable); "
            f"{describe_rules(model.rules)}; written to {path}"
        )

    def handle_evaluate(
        self, *, test_share: float, seed: int, as_json: bool, check: bool, **options
    ):
        if not 0 < test_share < 1:
            raise CommandError("--test-share must be between 0 and 1 (exclusive)")
        try:
            examples = load_examples(DATASET_PATH)
        except DatasetError as error:
            raise CommandError(str(error)) from error
        train_part, test_part = split_examples(examples, test_share=test_share, seed=seed)
        model = classifier.train_examples(train_part, seed=seed)

        def predict(text: str) -> tuple[str | None, str]:
            language = detect_language(text)
            return model.decide([text], language)[0].intent, language

        report = evaluate(test_part, predict, train_size=len(train_part))
        if as_json:
            self.stdout.write(json.dumps(report.as_dict(), indent=2))
        else:
            self._print_report(report, model)
        if check and report.failures():
            raise CommandError("Targets missed: " + "; ".join(report.failures()))

    def _print_report(self, report, model) -> None:
        def pct(value):
            return "   -  " if value is None else f"{value * 100:5.1f}%"

        write = self.stdout.write
        write(
            f"Held-out split: trained on {report.train_size}, tested on {report.test_size} "
            f"questions ({describe_rules(model.rules)})"
        )
        write("")
        header = f"{'questions':>10}{'precision':>11}{'coverage':>10}"
        write(f"{'language':<10}{header}{'oos ans.':>10}")
        rows = [("all", report.overall), *report.by_language.items()]
        for name, figures in rows:
            write(
                f"{name:<10}{figures.questions:>10}{pct(figures.precision):>11}"
                f"{pct(figures.coverage):>10}{pct(figures.out_of_scope_rate):>10}"
            )
        write("")
        write(f"{'topic':<22}{'questions':>10}{'answered':>10}{'precision':>11}{'coverage':>10}")
        for name, figures in report.by_intent.items():
            write(
                f"{name:<22}{figures.questions:>10}{figures.answered_with:>10}"
                f"{pct(figures.precision):>11}{pct(figures.coverage):>10}"
            )
        write(
            f"out of scope: {report.overall.out_of_scope} questions, "
            f"{report.overall.out_of_scope_answered} answered "
            f"({pct(report.overall.out_of_scope_rate).strip()})"
        )
        write("")
        write(f"language detected right: {pct(report.language_accuracy).strip()}")
        write(
            f"classify time per question: median {report.median_ms:.2f} ms, "
            f"p95 {report.p95_ms:.2f} ms"
        )
        failures = report.failures()
        write("targets: " + ("all met" if not failures else "MISSED: " + "; ".join(failures)))

    def handle_classify(self, **options):
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                self._classify_error(number, f"not valid JSON ({error.msg})")
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str):
                self._classify_error(number, 'expected an object with a "text" string')
                continue
            prediction = classifier.classify(text)
            self.stdout.write(
                json.dumps({"intent": prediction.intent, "confidence": prediction.confidence})
            )
            self.stdout.flush()

    def _classify_error(self, number: int, message: str) -> None:
        self.stderr.write(f"line {number}: {message}")
        self.stdout.write(json.dumps({"error": f"line {number}: {message}"}))
        self.stdout.flush()
