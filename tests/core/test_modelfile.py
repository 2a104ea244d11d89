"""`core.modelfile`: a model file is trained once, however many processes want it, and the
test suite trains each distinct model once a run (`train_once`)."""

import functools
import multiprocessing
import os
import time
from pathlib import Path

import joblib

from core import modelfile


class Model:
    def __init__(self, inputs):
        self.inputs = inputs
        self.meta = {}


def counting_trainer():
    calls = []

    def train_for(inputs):
        def train():
            calls.append(inputs)
            return Model(inputs)

        return train

    return calls, train_for


def test_the_same_inputs_are_trained_once_and_each_caller_gets_its_own_copy(settings):
    settings.MODEL_TRAININGS_REUSED = True
    calls, train_for = counting_trainer()
    inputs = ("test", 7, ["gdzie jest paczka?", "díky"])

    first = modelfile.train_once(inputs=inputs, train=train_for(inputs))
    first.meta["feedback"] = 5  # a caller changes its model (allina's train_model does)
    second = modelfile.train_once(inputs=inputs, train=train_for(inputs))

    assert calls == [inputs]
    assert second.inputs == inputs
    assert second is not first
    assert second.meta == {}


def test_other_inputs_are_trained_again(settings):
    settings.MODEL_TRAININGS_REUSED = True
    calls, train_for = counting_trainer()
    one, other = ("test", 7, ["a"]), ("test", 8, ["a"])

    assert modelfile.train_once(inputs=one, train=train_for(one)).inputs == one
    assert modelfile.train_once(inputs=other, train=train_for(other)).inputs == other

    assert calls == [one, other]


def test_a_training_another_process_of_the_run_did_is_read_from_the_runs_folder(
    settings, tmp_path, monkeypatch
):
    settings.MODEL_TRAININGS_REUSED = True
    settings.MODEL_TRAININGS_DIR = str(tmp_path)
    calls, train_for = counting_trainer()
    inputs = ("test", 7, ["shared by the run's processes"])

    first = modelfile.train_once(inputs=inputs, train=train_for(inputs))
    monkeypatch.setattr(modelfile, "_trainings", {})  # another process: nothing in memory
    second = modelfile.train_once(inputs=inputs, train=train_for(inputs))

    assert calls == [inputs]
    assert second.inputs == inputs and second is not first
    assert len(list(tmp_path.glob("*.pickle"))) == 1


def test_outside_the_test_suite_every_call_trains(settings):
    settings.MODEL_TRAININGS_REUSED = False
    calls, train_for = counting_trainer()
    inputs = ("test", 7, ["always"])

    modelfile.train_once(inputs=inputs, train=train_for(inputs))
    modelfile.train_once(inputs=inputs, train=train_for(inputs))

    assert calls == [inputs, inputs]


def _train_slowly(log: str):
    """A training that takes a while and notes in `log` that it ran (one line a run)."""
    time.sleep(1.5)
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return {"trained_by": os.getpid(), "current": True}


def _load_in_a_process(path: str, log: str, results) -> None:
    model = modelfile.load_or_train(
        Path(path),
        kind=dict,
        is_current=lambda model: model.get("current", False),
        train=functools.partial(_train_slowly, log),
        name="test model",
    )
    results.put(model["trained_by"])


def test_processes_that_find_no_model_file_train_it_once_and_share_it(tmp_path):
    """Web workers starting together (or the suite's parallel processes) train a missing
    model once: the others wait for the file and read it."""
    path, log = tmp_path / "model.joblib", tmp_path / "trainings.log"
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [
        context.Process(target=_load_in_a_process, args=(str(path), str(log), results))
        for _ in range(3)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
    trainers = {results.get(timeout=5) for _ in processes}

    assert len(log.read_text().splitlines()) == 1
    assert len(trainers) == 1  # all three use the one model that was trained
    assert joblib.load(path)["trained_by"] in trainers


def test_a_stale_model_file_is_trained_again_and_replaced(tmp_path):
    path, log = tmp_path / "model.joblib", tmp_path / "trainings.log"
    joblib.dump({"trained_by": 0, "current": False}, path)

    model = modelfile.load_or_train(
        path,
        kind=dict,
        is_current=lambda model: model.get("current", False),
        train=functools.partial(_train_slowly, str(log)),
        name="test model",
    )

    assert model["trained_by"] == os.getpid()
    assert joblib.load(path)["trained_by"] == os.getpid()


def test_a_model_file_is_a_plain_pickle_and_one_joblib_wrote_before_is_still_read(tmp_path):
    """`save` writes a pickle (read in a fraction of joblib's time, docs/testing.md); a
    file `save` wrote with joblib's compression before is still current, not retrained."""
    import numpy as np

    model = {"coef": np.arange(12.0).reshape(3, 4), "vocabulary": {"ab": 0, "bc": 1}}
    path, old = tmp_path / "model.joblib", tmp_path / "old.joblib"
    modelfile.save(model, path)
    joblib.dump(model, old, compress=3)

    assert path.read_bytes()[:1] == b"\x80" and old.read_bytes()[:1] == b"\x78"
    for written in (path, old):
        read = modelfile.load(written)
        assert read["vocabulary"] == model["vocabulary"]
        assert np.array_equal(read["coef"], model["coef"])
        assert read["coef"].flags.writeable
        assert modelfile.load_or_train(
            written, kind=dict, is_current=lambda m: True, train=dict, name="test"
        )["vocabulary"] == {"ab": 0, "bc": 1}
