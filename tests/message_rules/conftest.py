import pytest

from message_rules import engine


@pytest.fixture(scope="session")
def rules():
    """The project's default rules, compiled once (the data migration loads the same)."""
    return engine.default_engine()
