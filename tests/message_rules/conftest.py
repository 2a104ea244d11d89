import pytest

from message_rules import engine


@pytest.fixture(scope="session")
def rules():
    """The project's default rules, compiled once (the data migration loads the same)."""
    return engine.default_engine()


@pytest.fixture(autouse=True)
def _fresh_rule_set():
    """Each test compiles the rules of its own database (tests add and remove rules)."""
    engine.invalidate()
    yield
    engine.invalidate()
