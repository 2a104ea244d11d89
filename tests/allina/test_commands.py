"""`manage.py allina train | evaluate | classify` (SPEC §8 for classify)."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import joblib
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from allina import classifier
from allina.classifier import INTENTS
from allina.nlp.dataset import load_examples, split_examples
from tests.factories import message_at, question_at

ROOT = Path(__file__).resolve().parents[2]


def run_classify(monkeypatch, lines: str) -> tuple[list[dict], str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    out, err = io.StringIO(), io.StringIO()
    call_command("allina", "classify", stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_classify_answers_one_json_line_per_question_in_order(monkeypatch):
    questions = [
        "gdzie jest moja paczka?",
        "Chci zrušit objednávku, objednal jsem omylem.",
        "Czy zejdzie Pan z ceny do 100 zł?",
        "Kérek számlát a rendelésemhez.",
    ]
    stdin = "".join(json.dumps({"text": q}, ensure_ascii=False) + "\n" for q in questions)

    rows, err = run_classify(monkeypatch, stdin)

    assert err == ""
    assert [row["intent"] for row in rows] == [
        "delivery_eta",
        "cancellation",
        None,
        "invoice",
    ]
    for row in rows:
        assert set(row) == {"intent", "confidence"}
        assert 0.0 <= row["confidence"] <= 1.0


def test_classify_reports_a_bad_line_in_its_place_and_goes_on(monkeypatch):
    stdin = (
        '{"text": "Where is my parcel?"}\n'
        "this is not json\n"
        '{"text": 42}\n'
        '["text"]\n'
        '{"message": "no text key"}\n'
        "\n"
        '{"text": "How do I return the shoes?"}\n'
    )

    rows, err = run_classify(monkeypatch, stdin)

    assert rows[0]["intent"] == "delivery_eta"
    assert rows[1] == {"error": rows[1]["error"]} and rows[1]["error"].startswith("line 2:")
    assert "not valid JSON" in rows[1]["error"]
    assert rows[2]["error"].startswith("line 3:") and '"text" string' in rows[2]["error"]
    assert rows[3]["error"].startswith("line 4:")
    assert rows[4]["error"].startswith("line 5:")
    # The blank line is skipped; the last question still gets its answer, last.
    assert rows[5]["intent"] == "return"
    assert len(rows) == 6
    assert err.splitlines() == [row["error"] for row in rows if "error" in row], (
        "each bad line is also explained on stderr"
    )


def test_classify_runs_as_a_real_command_line_tool():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "allina", "classify"],
        input='{"text": "Mikor érkezik a csomagom?"}\n{"text": "Díky, všechno dorazilo!"}\n',
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["intent"] for row in rows] == ["delivery_eta", None]


def test_classify_needs_a_subcommand():
    with pytest.raises(CommandError):
        call_command("allina")


@pytest.mark.django_db
def test_train_writes_a_model_to_the_given_path_with_staff_labels(tmp_path, thread, buyer):
    """Staff labels in admin reach the model: questions like the ones staff labelled
    become answerable after `allina train`."""
    labelled = [
        ("Czy ten talerz można myć w zmywarce?", "product_question"),
        ("Czy ta miska nadaje się do zmywarki?", "product_question"),
        ("Czy garnek można wkładać do zmywarki?", "product_question"),
        ("Czy patelnię można myć w zmywarce?", "product_question"),
        ("Sprzedajecie też hurtowo do restauracji?", "null"),
    ]
    for text, label in labelled:
        message = message_at(thread, buyer, created_at=timezone.now(), text=text)
        question_at(message, staff_label=label)
    not_labelled = message_at(thread, buyer, created_at=timezone.now(), text="Hej")
    question_at(not_labelled, staff_label="")
    current = classifier.get_model()
    output = tmp_path / "model" / "allina.joblib"
    out = io.StringIO()

    call_command("allina", "train", "--output", str(output), stdout=out)

    shipped_texts = {e.text for e in load_examples()}
    assert f"Trained on {len(shipped_texts) + 5} questions" in out.getvalue()
    assert "5 labelled by staff" in out.getvalue()
    assert str(output) in out.getvalue()
    model = joblib.load(output)
    assert model.meta["feedback"] == 5
    assert classifier.is_current(model)
    question = "Czy ten dzbanek można myć w zmywarce?"
    assert question not in shipped_texts
    before = current.decide([question], "pl")[0]
    after = model.decide([question], "pl")[0]
    assert after.intent == "product_question"
    assert after.confidence > before.confidence
    # The model classify() reads is not the one just written.
    shipped = classifier.model_path()
    assert shipped != output
    assert not shipped.exists() or joblib.load(shipped).meta != model.meta


@pytest.mark.django_db
def test_train_without_feedback_and_into_the_configured_path(tmp_path, settings):
    settings.ALLINA_MODEL_PATH = str(tmp_path / "classifier.joblib")
    out = io.StringIO()
    try:
        call_command("allina", "train", "--no-feedback", stdout=out)
        assert "0 labelled by staff" in out.getvalue()
        model = joblib.load(tmp_path / "classifier.joblib")
        assert model.meta["feedback"] == 0
        # classify() now reads the freshly written model.
        assert classifier.get_model().meta == model.meta
    finally:
        classifier.reset_model()


def test_evaluate_holds_out_a_fixed_stratified_split_never_trained_on():
    examples = load_examples()
    train, test = split_examples(examples)
    again_train, again_test = split_examples(examples)
    assert test == again_test and train == again_train
    assert not {e.text for e in train} & {e.text for e in test}
    for language in ("pl", "cs", "sk", "hu", "en"):
        for intent in (*INTENTS, None):
            group = [e for e in examples if (e.language, e.intent) == (language, intent)]
            held = [e for e in test if (e.language, e.intent) == (language, intent)]
            assert len(held) == round(len(group) * 0.2)


def test_evaluate_meets_the_targets_and_reports_every_language_and_topic():
    out = io.StringIO()
    call_command("allina", "evaluate", "--json", "--check", stdout=out)
    report = json.loads(out.getvalue())

    assert report["targets_missed"] == []
    assert report["overall"]["precision"] >= 0.97
    assert report["overall"]["out_of_scope_answered"] <= 0.03
    assert set(report["by_language"]) == {"pl", "cs", "sk", "hu", "en"}
    for figures in report["by_language"].values():
        assert figures["questions"] >= 100
        assert figures["precision"] >= 0.97
        assert figures["coverage"] >= 0.85
    assert set(report["by_intent"]) == set(INTENTS)
    assert report["classify_median_ms"] <= 5.0
    assert report["test_size"] + report["train_size"] == len(load_examples())


def test_evaluate_prints_a_readable_table():
    out = io.StringIO()
    call_command("allina", "evaluate", stdout=out)
    text = out.getvalue()
    for heading in ("precision", "coverage", "oos ans.", "out of scope:", "median"):
        assert heading in text
    for name in ("pl", "cs", "sk", "hu", "en", *INTENTS):
        assert f"\n{name} " in text
    assert "targets: all met" in text


@pytest.mark.parametrize("share", ["0", "1", "1.5"])
def test_evaluate_refuses_a_held_out_share_outside_zero_and_one(share):
    with pytest.raises(CommandError, match="between 0 and 1"):
        call_command("allina", "evaluate", "--test-share", share)
