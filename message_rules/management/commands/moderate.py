"""`manage.py moderate`: the message rules for other tools (SPEC §8).

JSON lines in on stdin, `{"text": ...}`; JSON lines out, `{"verdict": "allow" | "block",
"categories": [...]}`, one per input line, in the same order. A line that is not a JSON
object with a string "text" is reported on stderr and answered with
`{"verdict": null, "categories": [], "error": "..."}`, so the output stays aligned.

`--evaluate` measures the rules and the model on the held-out sets (`data/heldout/`, then
`data/heldout2/` and on: `evaluation.HELDOUT_SETS`, each a section of the same shape;
`--set N`, repeated, picks some): per language and category recall, right category and
false blocks, the false-block rate on ordinary conversation, and the median time of one
check; with `--file`, the older summary on any labelled set. `--train` trains the model
again from its corpus and the review queue's staff labels (upheld → the entry's category,
released → clean).
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from message_rules import engine as rules
from message_rules import evaluation


class Command(BaseCommand):
    help = "Check messages against the message rules (JSON lines on stdin), or --evaluate."

    def add_arguments(self, parser):
        parser.add_argument(
            "--evaluate", action="store_true", help="measure the rules on the evaluation set"
        )
        parser.add_argument("--file", help="another labelled set (JSON lines) for --evaluate")
        parser.add_argument(
            "--train",
            action="store_true",
            help="train the model again, with the review queue's staff labels",
        )
        parser.add_argument(
            "--mistakes", action="store_true", help="with --evaluate: list every wrong verdict"
        )
        parser.add_argument(
            "--set",
            type=int,
            action="append",
            dest="sets",
            metavar="N",
            help=f"with --evaluate: only held-out set N (1-{len(evaluation.HELDOUT_SETS)});"
            " repeat for more; every set when left out",
        )
        parser.add_argument(
            "--with-model",
            action="store_true",
            help="with --evaluate: the learned model beside the rules even where "
            "MESSAGE_RULES_MODEL leaves it off",
        )

    def handle(self, *args, evaluate=False, file=None, mistakes=False, train=False, **options):
        try:
            engine = rules.build_engine()
        except DatabaseError as error:
            # No database (or not migrated): the project's defaults, and say so.
            self.stderr.write(
                f"the rules could not be read from the database ({error.__class__.__name__});"
                " checking with the project's default rules (run manage.py migrate)"
            )
            engine = rules.default_engine()
        for error in engine.errors:
            self.stderr.write(f"rule skipped: {error}")
        if train:
            self._train()
            return
        if evaluate and options.get("with_model") and engine.model is None:
            from message_rules.model import get_model

            engine.model = get_model()
        if evaluate and not file:
            chosen = options.get("sets") or range(1, len(evaluation.HELDOUT_SETS) + 1)
            unknown = sorted(set(chosen) - set(range(1, len(evaluation.HELDOUT_SETS) + 1)))
            if unknown:
                raise CommandError(
                    f"no held-out set {', '.join(map(str, unknown))}: there are sets"
                    f" 1-{len(evaluation.HELDOUT_SETS)}"
                )
            sections = []
            for number in chosen:
                title, heldout, ordinary = evaluation.HELDOUT_SETS[number - 1]
                try:
                    report = evaluation.heldout_report(
                        engine, evaluation.load(heldout), evaluation.load(ordinary)
                    )
                except (OSError, ValueError) as error:
                    raise CommandError(f"cannot read the held-out sets: {error}") from error
                sections.append(
                    evaluation.format_heldout(report, show_mistakes=mistakes, title=title)
                )
            self.stdout.write("\n\n".join(sections))
            return
        if evaluate:
            path = Path(file)
            try:
                items = evaluation.load(path)
            except (OSError, ValueError) as error:
                raise CommandError(f"cannot read {path}: {error}") from error
            report = evaluation.evaluate(engine, items)
            self.stdout.write(evaluation.format_report(report, show_mistakes=mistakes))
            return
        self._stream(engine)

    def _train(self) -> None:
        from message_rules import model
        from message_rules.learning import staff_examples

        try:
            extra = staff_examples()
        except DatabaseError as error:
            self.stderr.write(f"staff labels not read ({error.__class__.__name__})")
            extra = []
        # The current model (read, or trained if there is none): its thresholds carry over
        # when the staff labels are few (`model.train`).
        trained = model.train(extra, base=model.get_model() if extra else None)
        path = model.model_path()
        model.save_model(trained, path)
        model.reset_model()
        rules.invalidate()
        self.stdout.write(
            f"trained on {trained.meta['examples']} messages"
            f" ({len(extra)} staff labels from the review queue; thresholds"
            f" {trained.meta['thresholds_from']}); written to {path}"
        )

    def _stream(self, engine) -> None:
        # Bytes when there is a real stdin, so one badly encoded line is reported, not fatal.
        stdin = getattr(sys.stdin, "buffer", sys.stdin)
        for number, raw in enumerate(stdin, start=1):
            line, error = raw, ""
            if isinstance(raw, bytes):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as decode_error:
                    line, error = "", f"not valid UTF-8 (byte {decode_error.start + 1})"
            text, error = ("", error) if error else _parse(line)
            if error:
                self.stderr.write(f"line {number}: {error}")
                answer = {"verdict": None, "categories": [], "error": error}
            else:
                verdict = engine.check(text)
                answer = {"verdict": verdict.verdict, "categories": verdict.categories}
            self.stdout.write(json.dumps(answer, ensure_ascii=False))
            self.stdout.flush()


def _parse(line: str) -> tuple[str, str]:
    """(text, "") or ("", what is wrong with the line)."""
    if not line.strip():
        return "", 'empty line; expected {"text": "..."}'
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return "", f"not valid JSON ({error.msg} at column {error.colno})"
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return "", 'expected an object with a string "text"'
    return data["text"], ""
