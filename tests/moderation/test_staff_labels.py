"""Staff decisions in the review queue feed the message rules' model (issue #15)."""

import io

import pytest
from django.core.management import call_command

from message_rules import engine, model
from message_rules.learning import staff_examples
from messaging import services as messaging_services
from messaging.models import MessageState
from moderation import services
from moderation.models import CaseKind, ModerationCase

pytestmark = pytest.mark.django_db


def _blocked(thread, text):
    message = messaging_services.message_submit(thread=thread, author=thread.seller, text=text)
    assert message.state == MessageState.BLOCKED
    services.blocked_messages_enqueue()
    return ModerationCase.objects.get(kind=CaseKind.BLOCKED_MESSAGE, message=message)


def test_upheld_and_released_blocks_become_training_labels(thread, staff, tmp_path, settings):
    shipped = model.get_model()  # the model the message path uses now
    settings.MESSAGE_RULES_MODEL_PATH = str(tmp_path / "rules.joblib")
    upheld = _blocked(thread, "Kurwa, gdzie jest moja paczka?")
    released = _blocked(thread, "Zadzwoń 601 234 567 jak będziesz")
    services.case_decide(case=upheld, staff=staff, action="uphold")
    services.case_decide(case=released, staff=staff, action="release")
    open_entry = _blocked(thread, "Ty chuju")  # not decided: no label yet

    examples = staff_examples()
    assert ("Kurwa, gdzie jest moja paczka?", "profanity") in examples
    assert ("Zadzwoń 601 234 567 jak będziesz", "clean") in examples
    assert all(text != open_entry.message.text for text, _label in examples)

    out = io.StringIO()
    call_command("moderate", "--train", stdout=out)
    assert "(2 staff labels from the review queue; thresholds kept" in out.getvalue()
    trained = model.get_model()
    assert trained.meta["staff_labels"] == 2
    # Two labels weigh little beside the training files: the thresholds carry over, and so
    # do the features (the fit starts from the shipped model's solution).
    assert trained.meta["thresholds"] == shipped.meta["thresholds"]
    assert list(trained.names) == list(shipped.names)
    assert (tmp_path / "rules.joblib").exists()
    # What staff released, the next model reads as clean; the shipped one, as off-platform.
    assert shipped.scores("Zadzwoń 601 234 567 jak będziesz")["off_platform"] > 0.5
    after = trained.scores("Zadzwoń 601 234 567 jak będziesz")
    assert after["clean"] > after["off_platform"]
    model.reset_model()
    engine.invalidate()  # the next check builds with the shipped model again


def test_many_staff_labels_or_changed_files_calibrate_the_thresholds_again():
    shipped = model.get_model()
    examples = shipped.meta["examples"]
    few = int(model.RECALIBRATE_SHARE * examples / model.STAFF_WEIGHT)
    assert model.kept_thresholds(shipped, few, examples) == shipped.meta["thresholds"]
    assert model.kept_thresholds(shipped, few + 1, examples) is None
    assert model.kept_thresholds(None, 1, examples) is None
    stale = model.RulesModel(shipped.features, shipped.classifier)
    stale.meta = {**shipped.meta, "data": "built from other files"}
    assert model.kept_thresholds(stale, 1, examples) is None
