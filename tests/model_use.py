"""Which tests use the message rules' model: an opt-in plugin for keeping
`tests/needs_model.txt` (the list `tests/conftest.py` orders by) up to date.

    MODEL_USE_FILE=/tmp/model-use.txt python -m pytest -n0 -p tests.model_use tests/orders

appends `M <seconds> <node id>` for a test that built a rule engine with the model, checked a
text or asked the model itself, `F <seconds> <node id>` for one that did not. The calls go
through to the real code; only the fact of the call is noted. A test that found the engine
already built by an earlier one still counts, as it checks texts with it.
"""

import os
import time

_state = {"used": False, "started": 0.0}


def _noting(function):
    def noted(*args, **kwargs):
        _state["used"] = True
        return function(*args, **kwargs)

    return noted


def pytest_configure(config):
    from message_rules import engine, model

    model.get_model = _noting(model.get_model)
    engine.Engine.check = _noting(engine.Engine.check)
    model.RulesModel.predict_skeleton = _noting(model.RulesModel.predict_skeleton)
    model.RulesModel.scores = _noting(model.RulesModel.scores)


def pytest_runtest_logstart(nodeid, location):
    _state["used"] = False
    _state["started"] = time.monotonic()


def pytest_runtest_logfinish(nodeid, location):
    seconds = time.monotonic() - _state["started"]
    with open(os.environ.get("MODEL_USE_FILE", "model-use.txt"), "a", encoding="utf-8") as out:
        out.write(f"{'M' if _state['used'] else 'F'} {seconds:.2f} {nodeid}\n")
