"""`core.modelfile.train_once`: the test suite trains each distinct model once a run."""

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


def test_outside_the_test_suite_every_call_trains(settings):
    settings.MODEL_TRAININGS_REUSED = False
    calls, train_for = counting_trainer()
    inputs = ("test", 7, ["always"])

    modelfile.train_once(inputs=inputs, train=train_for(inputs))
    modelfile.train_once(inputs=inputs, train=train_for(inputs))

    assert calls == [inputs, inputs]
