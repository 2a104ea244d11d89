"""How a rule's pattern reads for staff (message_rules/pattern_preview.py): the reading
agrees with the engine, names the traps, and "Try it" answers as the engine does."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from message_rules import defaults, engine
from message_rules.pattern_preview import read_pattern, try_pattern


def _refused(kind: str, pattern: str) -> bool:
    try:
        engine.validate(kind=kind, pattern=pattern)
    except Exception:  # whatever the engine raises, it refuses
        return True
    return False


def _messages(reading) -> list[str]:
    return [problem.message for problem in reading.problems]


def test_the_trap_reads_as_the_engine_groups_it_and_is_named():
    reading = read_pattern(kind="phrase", pattern="kup u mnie|taniej ~3 bez prowizji")
    assert reading.lines == [
        ("The phrase", "one of: «kup u mnie» / «taniej» — then within 3 words — «bez prowizji»")
    ]
    assert reading.errors == []
    (warning,) = reading.warnings
    assert "So «kup u mnie» alone is no match." in warning.message
    assert "only together with what follows: then within 3 words — «bez prowizji»" in (
        warning.message
    )


def test_single_word_alternatives_before_a_gap_are_no_warning():
    # the documented form: (kup* or zamow*), then within 2 words (mailem or przez maila)
    reading = read_pattern(kind="phrase", pattern="kup*|zamow* ~2 mailem|przez maila")
    assert reading.problems == ()
    assert reading.lines[0][1] == (
        "one of: «kup*» / «zamow*» — then within 2 words — one of: «mailem» / «przez maila»"
    )


def test_pieces_gaps_and_the_words_as_the_skeleton_reads_them():
    reading = read_pattern(kind="phrase", pattern="password ~0 reset; x-ray ~1 okular*; hasło")
    assert reading.lines == [
        ("Piece 1 of 3", "«password» (read as «pasword») — then right after it — «reset»"),
        ("Piece 2 of 3", "«x ray» — then within 1 word — «okular*»"),
        ("Piece 3 of 3", "«hasło» (read as «haslo»)"),
    ]
    assert "3 pieces; a message matches if any piece matches" in reading.summary


def test_a_bare_number_alternative_is_a_warning_only_where_it_matches_alone():
    bare = read_pattern(kind="phrase", pattern="60|90|120 day terms")
    assert [p.message[:40] for p in bare.warnings] == [
        "“60” alone is an alternative: every mess",
        "“90” alone is an alternative: every mess",
    ]
    assert read_pattern(kind="phrase", pattern="60|90|120 ~0 day terms").problems == ()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("zaplac* ~9 komornik*", "The gap “~9” is longer than 8 words"),
        ("zaplac* ~" + "9" * 5000 + " komornik*", "is longer than 8 words"),
        ("kup*||zamow*", "An empty alternative"),
        ("kup*| ~2 mailem", "An empty alternative"),
        ("~", "A piece cannot start or end with a gap"),
        ("~2 mailem", "“~2” cannot be read as a word"),
        ("kup*|zamow* ~2", "“~2” cannot be read as a word"),
        ("k* mail", "The first word “k*” needs at least two letters"),
        ("a; ab", "In piece 1: the first word “a” needs at least two letters"),
        ("  ;  ", "The pattern is empty."),
    ],
)
def test_what_the_engine_refuses_is_an_error_with_the_reason(pattern, expected):
    reading = read_pattern(kind="phrase", pattern=pattern)
    assert _refused("phrase", pattern)
    assert len(reading.errors) >= 1
    assert any(expected in message for message in _messages(reading)), _messages(reading)


def test_gaps_in_a_row_add_up_past_the_limit_and_are_named():
    # the engine takes "~ ~ ~" (3 + 3 + 3 words): past the limit a gap has on its own
    reading = read_pattern(kind="phrase", pattern="zaplac* ~ ~ ~ komornik*")
    assert not _refused("phrase", "zaplac* ~ ~ ~ komornik*")
    messages = [p.message for p in reading.warnings]
    assert messages == [
        "Gaps in a row add up: here to 9 words. Write one gap (“~N”, N at most 8)."
    ]


def test_a_short_stem_alone_is_a_warning():
    (warning,) = read_pattern(kind="phrase", pattern="na*").warnings
    assert warning.message.startswith("“na*” alone matches every word that starts with “na”")


def test_regular_expressions_and_exceptions():
    assert read_pattern(kind="regex", pattern=r"\bpay\s+pal\b").problems == ()
    (error,) = read_pattern(kind="regex", pattern="(unclosed").errors
    assert error.message.startswith("The engine refuses this pattern: missing )")
    accented = read_pattern(kind="allow", pattern="szárny")
    assert accented.accent and "matched with them" in accented.summary
    assert accented.lines == [("The phrase", "«szárny»")]  # diacritics kept, as matched


def test_every_default_phrase_reads_without_an_error_or_a_bare_number():
    for _category, _language, pattern in defaults.PHRASES:
        reading = read_pattern(kind="phrase", pattern=pattern)
        assert reading.errors == [], (pattern, _messages(reading))
        assert not any("alone is an alternative" in m for m in _messages(reading)), pattern
    for _language, pattern in defaults.ALLOW:
        assert read_pattern(kind="allow", pattern=pattern).errors == [], pattern


# Patterns made of the grammar's own characters, where the traps are.
GRAMMAR = st.text(
    alphabet=st.sampled_from([*"ab cz|~;*0189-", "\t", "ą", "ł", "ß", "\u0301", "٣", "é"]),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(
    kind=st.sampled_from(["phrase", "allow", "regex", "nonsense", ""]),
    pattern=GRAMMAR | st.text(max_size=60),
)
def test_any_pattern_reads_and_agrees_with_the_engine(kind, pattern):
    reading = read_pattern(kind=kind, pattern=pattern)  # never raises
    if kind in ("phrase", "allow", "regex"):
        assert bool(reading.errors) == _refused(kind, pattern), (
            pattern,
            _messages(reading),
        )
    if not reading.errors:
        for _label, text in reading.lines:
            assert text


def test_try_it_answers_as_the_engine_does():
    pattern = "kup u mnie|taniej ~3 bez prowizji"
    trial = try_pattern(
        kind="phrase",
        pattern=pattern,
        text="Kup u MNIEEE, taniej\nbędzie bez prowizji.",
        category="off_platform",
    )
    assert [m.text for m in trial.matches] == ["Kup u MNIEEE, taniej\nbędzie bez prowizji"]
    assert trial.findings == trial.matches
    assert trial.segments == [
        ("Kup u MNIEEE, taniej\nbędzie bez prowizji", True),
        (".", False),
    ]


def test_try_it_tells_a_match_the_engine_drops():
    # credentials_request after a negation in the same clause: a warning, no finding
    trial = try_pattern(
        kind="phrase",
        pattern="podaj* hasl*",
        text="Nigdy nie podaj hasła nikomu.",
        category="credentials_request",
    )
    assert [m.text for m in trial.matches] == ["podaj hasła"]
    assert trial.findings == () and trial.dropped
    blocked = engine.Engine(
        rules=[engine.RuleSpec("credentials_request", "phrase", "podaj* hasl*")]
    ).check("Nigdy nie podaj hasła nikomu.", use_model=False)
    assert not blocked.blocked  # what the one-rule engine says, Try it says


def test_try_it_on_a_regex_and_an_exception_and_a_refused_pattern():
    regex = try_pattern(kind="regex", pattern=r"ha+slo", text="Podaj HASŁO", category="scam")
    assert [m.text for m in regex.findings] == ["HASŁO"]
    allow = try_pattern(kind="allow", pattern="szárny", text="A szárny jó, a szar nem.")
    assert [m.text for m in allow.matches] == ["szárny"] and not allow.dropped
    assert try_pattern(kind="phrase", pattern="ab ~9 cd", text="ab cd") is None
    unjudged = try_pattern(kind="phrase", pattern="kup*", text="kupię", category="")
    assert [m.text for m in unjudged.matches] == ["kupię"]
    assert not unjudged.judged and not unjudged.dropped


@settings(max_examples=200, deadline=None)
@given(pattern=GRAMMAR, text=st.text(max_size=80) | GRAMMAR)
def test_try_it_never_raises_and_finds_only_what_matches(pattern, text):
    trial = try_pattern(kind="phrase", pattern=pattern, text=text, category="scam")
    if trial is None:
        assert _refused("phrase", pattern)
        return
    for fragment in trial.findings:
        assert text[fragment.start : fragment.end] == fragment.text
    assert "".join(part for part, _marked in trial.segments) == text
