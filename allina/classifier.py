"""Allina's understanding: which topic a buyer's question is about, and in which language.

`classify()` runs in-process on the CPU in well under a millisecond. The model is read
once per process from `settings.ALLINA_MODEL_PATH` (default
`allina/model/classifier.joblib`, written by `manage.py allina train`). When that file is
missing or unreadable, or was built by other code, another scikit-learn version or from
another version of the shipped dataset, the model is trained from
`allina/data/questions.jsonl` on first use (about 25 s) and written there for the next
process, so a fresh checkout works with no manual step.
"""

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import sklearn
from django.conf import settings

from allina.nlp.dataset import DATASET_PATH, Example, dataset_digest, load_examples
from allina.nlp.intents import INTENTS
from allina.nlp.language import detect_language
from allina.nlp.model import FORMAT, IntentModel, code_digest, train
from core import modelfile

logger = logging.getLogger(__name__)

__all__ = ["INTENTS", "Prediction", "classify"]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model" / "classifier.joblib"


@dataclass(frozen=True)
class Prediction:
    intent: str | None  # one of INTENTS or None (abstain)
    confidence: float  # 0..1, the model's probability for its best topic
    language: str  # "pl" | "cs" | "sk" | "hu" | "en" (detected from the text)


def classify(text: str) -> Prediction:
    """The topic Allina may answer (None: leave it to the seller) and the text's language."""
    language = detect_language(text)
    if not text.strip():
        return Prediction(intent=None, confidence=0.0, language=language)
    decision = get_model().decide([text], language)[0]
    return Prediction(intent=decision.intent, confidence=decision.confidence, language=language)


def model_path() -> Path:
    return Path(getattr(settings, "ALLINA_MODEL_PATH", None) or DEFAULT_MODEL_PATH)


_lock = threading.Lock()
_model: IntentModel | None = None


def get_model() -> IntentModel:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load_or_train(model_path())
    return _model


def reset_model() -> None:
    """Forget the cached model (after `allina train` wrote a new one)."""
    global _model
    with _lock:
        _model = None


def is_current(model: IntentModel) -> bool:
    meta = model.meta
    return (
        meta.get("format") == FORMAT
        and meta.get("code") == code_digest()
        and meta.get("sklearn") == sklearn.__version__
        and meta.get("dataset_sha256") == dataset_digest(DATASET_PATH)
    )


def _load_or_train(path: Path) -> IntentModel:
    return modelfile.load_or_train(
        path, kind=IntentModel, is_current=is_current, train=train_model, name="Allina"
    )


def train_model(extra: list[Example] | None = None) -> IntentModel:
    """A model from the shipped dataset plus `extra` (staff-labelled feedback)."""
    model = train_examples(load_examples(DATASET_PATH) + list(extra or []))
    model.meta.update(dataset_sha256=dataset_digest(DATASET_PATH), feedback=len(extra or []))
    return model


def train_examples(examples: list[Example], *, seed: int = 7) -> IntentModel:
    """`train(examples, seed=seed)`; the test suite trains each distinct set once a run
    (`core.modelfile.train_once`)."""
    return modelfile.train_once(
        inputs=("allina", FORMAT, seed, examples), train=lambda: train(examples, seed=seed)
    )


def save_model(model: IntentModel, path: Path) -> None:
    modelfile.save(model, path)
