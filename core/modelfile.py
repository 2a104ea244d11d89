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
from filelock import FileLock

logger = logging.getLogger(__name__)


# The file is a plain pickle (highest protocol: numpy arrays as raw buffers), not
# joblib's compressed format: for the message rules' model (a vocabulary of ~850,000
# n-grams) joblib's pure-Python unpickler and zlib took 2.7 s to read and 5.2 s to write
# its 51 MB; the 70 MB pickle takes 0.4 s and 0.3 s (docs/testing.md, session 26). Files
# written by joblib before are still read (`load`).
PICKLE_PROTOCOL = 5


def save(model, path: Path) -> None:
    """Write atomically, so another process never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(model, out, protocol=PICKLE_PROTOCOL)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load(path: Path):
    """The object in a file `save` wrote, or joblib's compressed file `save` wrote before."""
    with path.open("rb") as handle:
        if handle.read(1) == b"\x80":  # a pickle (protocol 2+); joblib's zlib starts 0x78
            handle.seek(0)
            return pickle.load(handle)  # noqa: S301 (our own model file, as joblib's was)
    return joblib.load(path)


def _read[T](path: Path, *, kind: type[T], is_current: Callable[[T], bool], name: str) -> T | None:
    """The model in `path` if it is a current `kind`; None (and a log line) otherwise."""
    if not path.exists():
        return None
    try:
        model = load(path)
    except Exception:  # an unreadable or foreign file is rebuilt, never trusted
        logger.warning("%s: cannot read %s; training again", name, path, exc_info=True)
        return None
    if isinstance(model, kind) and is_current(model):
        return model
    logger.info("%s: %s is out of date; training again", name, path)
    return None


def load_or_train[T](
    path: Path,
    *,
    kind: type[T],
    is_current: Callable[[T], bool],
    train: Callable[[], T],
    name: str,
) -> T:
    """The model in `path` if it is a current `kind`, else a newly trained one (saved).

    Processes that find no current file at once (web workers starting together, the test
    suite's parallel processes) train it once: the first holds a lock file beside it while
    it trains, the others wait and read what it wrote. Where no lock can be taken (a
    read-only folder), each trains for itself.
    """
    model = _read(path, kind=kind, is_current=is_current, name=name)
    if model is not None:
        return model
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(f"{path}.lock")
        lock.acquire()
    except OSError:
        lock = None
    try:
        if lock is not None:  # another process may have written it while this one waited
            model = _read(path, kind=kind, is_current=is_current, name=name)
            if model is not None:
                return model
        model = train()
        try:
            save(model, path)
        except OSError:
            logger.warning("%s: cannot write %s; keeping the model in memory", name, path)
        return model
    finally:
        if lock is not None:
            lock.release()


_trainings: dict[str, bytes] = {}
_trainings_lock = threading.Lock()


def train_once[T](*, inputs: object, train: Callable[[], T]) -> T:
    """`train()`, or, when `settings.MODEL_TRAININGS_REUSED` is on (the test suite), a copy
    of the model an earlier call in this process trained from the same `inputs`; with
    `settings.MODEL_TRAININGS_DIR` too (a folder of one test run, shared by its parallel
    processes), of the model any process of the run trained from them.

    `inputs` is everything the training reads (examples, seeds), as a value whose `repr` is
    stable: the code and the library versions cannot change within one process (nor within
    one run). Every call gets a model of its own (unpickled from the first one), so changing
    one leaves the others alone. Each distinct training still runs once, with the real code.
    """
    if not getattr(settings, "MODEL_TRAININGS_REUSED", False):
        return train()
    key = hashlib.sha256(repr(inputs).encode()).hexdigest()
    with _trainings_lock:
        stored = _trainings.get(key)
        if stored is None:
            stored = _trainings[key] = _trained_in_this_run(key, train)
    return pickle.loads(stored)  # noqa: S301 (bytes this run's processes pickled themselves)


def _trained_in_this_run(key: str, train: Callable[[], object]) -> bytes:
    """The pickled model of `key`: from the run's folder if a process of the run already
    wrote it there, else trained here (and written there, while the others wanting it wait
    on its lock, as `load_or_train` does)."""
    folder = getattr(settings, "MODEL_TRAININGS_DIR", "")
    if not folder:
        return pickle.dumps(train(), protocol=pickle.HIGHEST_PROTOCOL)
    path = Path(folder) / f"{key}.pickle"
    with FileLock(f"{path}.lock"):
        if path.exists():
            return path.read_bytes()
        stored = pickle.dumps(train(), protocol=pickle.HIGHEST_PROTOCOL)
        handle, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(stored)
        os.replace(tmp, path)
        return stored
