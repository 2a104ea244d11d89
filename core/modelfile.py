"""A trained model kept in a file next to the code: read it if it is current, otherwise
train it and write it atomically (Allina's classifier and the message rules' model).

A file that cannot be read, is of another type or is out of date (`is_current` says so)
is never trusted: the model is trained again. If the new file cannot be written, the
model is still used from memory. `train_once` lets the test suite train each distinct
model once per run.
"""

import hashlib
import logging
import os
import pickle
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import joblib
from django.conf import settings

logger = logging.getLogger(__name__)


def save(model, path: Path) -> None:
    """Write atomically, so another process never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        joblib.dump(model, tmp, compress=3)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_or_train[T](
    path: Path,
    *,
    kind: type[T],
    is_current: Callable[[T], bool],
    train: Callable[[], T],
    name: str,
) -> T:
    """The model in `path` if it is a current `kind`, else a newly trained one (saved)."""
    if path.exists():
        try:
            model = joblib.load(path)
        except Exception:  # an unreadable or foreign file is rebuilt, never trusted
            logger.warning("%s: cannot read %s; training again", name, path, exc_info=True)
        else:
            if isinstance(model, kind) and is_current(model):
                return model
            logger.info("%s: %s is out of date; training again", name, path)
    model = train()
    try:
        save(model, path)
    except OSError:
        logger.warning("%s: cannot write %s; keeping the model in memory", name, path)
    return model


_trainings: dict[str, bytes] = {}
_trainings_lock = threading.Lock()


def train_once[T](*, inputs: object, train: Callable[[], T]) -> T:
    """`train()`, or, when `settings.MODEL_TRAININGS_REUSED` is on (the test suite), a copy
    of the model an earlier call in this process trained from the same `inputs`.

    `inputs` is everything the training reads (examples, seeds), as a value whose `repr` is
    stable: the code and the library versions cannot change within one process. Every call
    gets a model of its own (unpickled from the first one), so changing one leaves the
    others alone. Each distinct training still runs once, with the real code.
    """
    if not getattr(settings, "MODEL_TRAININGS_REUSED", False):
        return train()
    key = hashlib.sha256(repr(inputs).encode()).hexdigest()
    with _trainings_lock:
        stored = _trainings.get(key)
        if stored is None:
            stored = _trainings[key] = pickle.dumps(train(), protocol=pickle.HIGHEST_PROTOCOL)
    return pickle.loads(stored)  # noqa: S301 (bytes this process pickled itself)
