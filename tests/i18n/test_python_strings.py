"""A lazy translation formatted while a module is imported is translated once, in the
import's language, and then shown in English to everyone (e.g. a form's help text built
with `_("…%(count)s…") % {...}` in a class body). This finds such places in the code."""

import ast
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
SKIPPED = {".venv", "tests", "bench", "migrations", "node_modules"}


EAGER = {"gettext", "ngettext", "pgettext", "npgettext"}


def _imported(tree: ast.AST) -> dict[str, str]:
    """Local name -> name in django.utils.translation."""
    return {
        alias.asname or alias.name: alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation"
        for alias in node.names
    }


def formatted_at_import(source: str) -> list[int]:
    """Lines that translate at import time: a lazy translation %-formatted, .format()-ed
    or str()-ed, or gettext() itself called, outside any function."""
    tree = ast.parse(source)
    imported = _imported(tree)
    lazy = {local for local, name in imported.items() if name.endswith("_lazy")}
    eager = {local for local, name in imported.items() if name in EAGER}
    in_functions = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for inner in ast.walk(node)
    }

    def calls(node, names) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in names
        )

    def translates_now(node) -> bool:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            return calls(node.left, lazy)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            return node.func.attr == "format" and calls(node.func.value, lazy)
        if calls(node, {"str"}):
            return bool(node.args) and calls(node.args[0], lazy)
        return calls(node, eager)

    return sorted(
        node.lineno
        for node in ast.walk(tree)
        if id(node) not in in_functions and translates_now(node)
    )


def test_no_lazy_translation_is_formatted_at_import_time():
    files = [
        path
        for path in BASE_DIR.rglob("*.py")
        if not SKIPPED & set(path.relative_to(BASE_DIR).parts)
    ]
    assert len(files) > 50
    found = [
        f"{path.relative_to(BASE_DIR)}:{line}"
        for path in files
        for line in formatted_at_import(path.read_text(encoding="utf-8"))
    ]
    assert not found, "Translated once at import, English for everyone:\n" + "\n".join(found)


def test_the_check_tells_import_time_from_run_time_formatting():
    source = """
from django.utils.translation import gettext_lazy as _, gettext
from django.utils.functional import lazy

HELP = _("Up to %(count)s files") % {"count": 3}
TITLE = _("Page {n}").format(n=1)
LABEL = str(_("Name"))
LATER = lazy(lambda: _("Up to %(count)s files") % {"count": 3}, str)()

def view():
    return _("Up to %(count)s files") % {"count": 3}

NOW = gettext("Hello %(name)s") % {"name": "x"}
"""
    assert formatted_at_import(source) == [5, 6, 7, 13]
