"""The catalogues are complete: every marked string has a translation in pl, cs, sk and
hu with all its plural forms, none is fuzzy, placeholders survive, and the compiled .mo
files say what the .po files say (so a fresh clone needs no gettext tools).

Extraction is the real `manage.py makemessages` (GNU xgettext and msgmerge) run against
a scratch copy of `locale/`, with the same options the README gives for updating it.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
LOCALE = BASE_DIR / "locale"
LANGUAGES = ["pl", "cs", "sk", "hu"]
PLURAL_FORMS = {"pl": 3, "cs": 3, "sk": 3, "hu": 2}
# What makemessages must not read: the virtual environment, tests, benchmarks and files
# the running system writes. The README's command uses the same list.
IGNORE = [".venv/*", "tests/*", "bench/*", "staticfiles/*", "media/*", "mailbox/*"]
SOURCE_DIRS_SKIPPED = {".venv", "tests", "bench", "staticfiles", "media", "mailbox", "locale"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfr]|%[sd]|\{\w*\}")


def _require(tool: str) -> None:
    if shutil.which(tool):
        return
    reason = f"{tool} is not installed (apt-get install gettext)"
    if os.environ.get("REQUIRE_REAL_SERVICES") == "1":
        pytest.fail(f"required in this run: {reason}")
    pytest.skip(reason)


def _read_po(path: Path):
    with path.open("rb") as f:
        return read_po(f, abort_invalid=True)


def _strings(message) -> list[str]:
    string = message.string
    return list(string) if isinstance(string, tuple | list) else [string]


def _text(context: str | bytes | None) -> str | None:
    # Babel's .mo reader returns message contexts as bytes.
    return context.decode() if isinstance(context, bytes) else context


def _ids(message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple | list) else [message.id]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, Path]:
    """makemessages run over the sources into a copy of locale/: {language: .po path}."""
    _require("xgettext")
    _require("msgmerge")
    work = tmp_path_factory.mktemp("i18n")
    for entry in BASE_DIR.iterdir():
        if entry.name.startswith(".") or entry.name in SOURCE_DIRS_SKIPPED:
            continue
        (work / entry.name).symlink_to(entry)
    shutil.copytree(LOCALE, work / "locale")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.i18n.extract_settings",
        "PYTHONPATH": str(BASE_DIR),
    }
    command = [sys.executable, "-m", "django", "makemessages", "--symlinks", "--no-obsolete"]
    command += [arg for language in LANGUAGES for arg in ("-l", language)]
    command += [arg for pattern in IGNORE for arg in ("--ignore", pattern)]
    # our own fixed command line (sys.executable and constant arguments)
    subprocess.run(command, cwd=work, env=env, check=True, capture_output=True, timeout=300)  # noqa: S603
    return {
        language: work / "locale" / language / "LC_MESSAGES" / "django.po"
        for language in LANGUAGES
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_translated_and_none_is_fuzzy(extracted, language):
    catalogue = _read_po(extracted[language])
    messages = [m for m in catalogue if m.id]
    assert len(messages) > 500  # extraction really read the project
    missing, fuzzy = [], []
    for message in messages:
        label = f"{message.context + ' | ' if message.context else ''}{_ids(message)[0]!r}"
        if message.fuzzy:
            fuzzy.append(label)
        elif not all(_strings(message)):
            missing.append(label)
    problems = [f"missing: {m}" for m in missing] + [f"fuzzy: {f}" for f in fuzzy]
    assert not problems, (
        f"{len(problems)} entries of locale/{language} need a translation "
        "(run makemessages, see README):\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_catalogue_is_well_formed(language):
    catalogue = _read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert catalogue.num_plurals == PLURAL_FORMS[language]
    assert not catalogue.fuzzy  # the header too: msgfmt skips a fuzzy header
    for message in catalogue:
        if not message.id or message.fuzzy or not all(_strings(message)):
            continue  # left for the completeness test; msgfmt skips these
        strings = _strings(message)
        if isinstance(message.id, tuple):
            assert len(strings) == PLURAL_FORMS[language], message.id
        # every placeholder of the English text is in the translation, and no other
        expected = set(PLACEHOLDER.findall(" ".join(_ids(message))))
        for string in strings:
            found = set(PLACEHOLDER.findall(string))
            plural_may_drop = isinstance(message.id, tuple) and found <= expected
            assert found == expected or plural_may_drop, (language, message.id, string)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_the_po_file(language):
    catalogue = _read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as f:
        compiled = read_mo(f)
    in_po = {
        (m.context, *_ids(m)): tuple(_strings(m))
        for m in catalogue
        if m.id and not m.fuzzy and all(_strings(m))
    }
    in_mo = {(_text(m.context), *_ids(m)): tuple(_strings(m)) for m in compiled if m.id}
    stale = sorted(str(key) for key in in_po.keys() ^ in_mo.keys())
    stale += sorted(str(key) for key in in_po.keys() & in_mo.keys() if in_po[key] != in_mo[key])
    assert not stale, (
        f"locale/{language}/LC_MESSAGES/django.mo is out of date "
        "(manage.py compilemessages --ignore=.venv):\n" + "\n".join(stale[:50])
    )
