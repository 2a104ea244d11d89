"""tests/needs_model.txt (the order tests/conftest.py gives the first tests) names tests
that exist, in the directories whose order it changes."""

import ast
from pathlib import Path

from tests import conftest

ROOT = Path(__file__).resolve().parent.parent


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef):
            names |= {f"{node.name}::{item.name}" for item in node.body if hasattr(item, "name")}
    return names


def test_every_listed_test_exists_in_the_directories_run_first():
    listed = conftest._needs_model()
    assert listed
    for entry in sorted(listed):
        file, test = entry.split("::", 1)
        assert entry.startswith(conftest._WITHOUT_MODEL_FIRST), entry
        assert test in _tests_in(ROOT / file), entry
