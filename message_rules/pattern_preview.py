"""How a rule's pattern reads, what is likely wrong with it, and what it finds in a sample.

Staff see this on the rule's admin form (message_rules/admin.py). The pattern is read with
the engine's own tokenizer (`engine.phrase_tokens`, `engine.GAP_TOKEN`, `engine.word_regex`,
`engine.MAX_GAP`) and then compiled by the engine itself
(`engine.validate`), so the reading can never accept a pattern the engine refuses: what the
reading does not explain, the engine's own message does. A sample is matched on the
engine's views of the text (`normalize.fold`, `normalize.skeleton`, `normalize.accent`)
and checked by an `engine.Engine` holding this one rule, so "Try it" answers as the engine
will.

The traps this exists for (docs/message-rules.md, "Editing a rule in admin"):
- `|` binds loosest inside a group, so `kup u mnie|taniej ~3 bez prowizji` is
  ("kup u mnie" or "taniej"), then "bez prowizji" within 3 words: "kup u mnie" alone is
  no match;
- `60|90|120 day terms` is "60" or "90" or "120 day terms": a bare number blocks every
  message that has it;
- `~9` and more: the engine refuses it, and skips a stored rule that has it.
"""

import re
from dataclasses import dataclass, field

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import engine, normalize

MAX_GAP = engine.MAX_GAP  # the compiler refuses more
DEFAULT_GAP = engine.DEFAULT_GAP  # a bare "~"
_NUMBER = re.compile(r"[\d*]+")
SHORT_STEM = 3  # a lone word with * and a stem this short matches many ordinary words

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Alternative:
    written: str  # the words as staff wrote them (a hyphen inside a word read as a space)
    reads_as: str  # as the engine matches them (skeleton or accent view), `*` kept

    @property
    def words(self) -> list[str]:
        return self.written.split()


@dataclass(frozen=True)
class Group:
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class Gap:
    words: int  # up to this many words in between


@dataclass(frozen=True)
class Piece:
    number: int  # 1-based, among the pattern's non-empty pieces
    parts: tuple[Group | Gap, ...]

    @property
    def groups(self) -> list[Group]:
        return [part for part in self.parts if isinstance(part, Group)]


@dataclass(frozen=True)
class Problem:
    level: str  # ERROR: the engine refuses the pattern; WARNING: it works, likely not as meant
    message: str  # plain text, translated; escaped when shown
    engine_says: bool = False  # only the engine's own message, nothing explained

    @property
    def is_error(self) -> bool:
        return self.level == ERROR

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", capfirst(self.message))


@dataclass(frozen=True)
class Reading:
    kind: str
    pattern: str
    pieces: tuple[Piece, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    accent: bool = False  # an exception with diacritics: matched on the accent view

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]

    @property
    def summary(self) -> str:
        """One sentence on what kind of thing this is and what it is matched on."""
        if self.kind == engine.KIND_REGEX:
            return _(
                "A regular expression, matched on the text in lower case without diacritics "
                "(not on words)."
            )
        if self.kind == engine.KIND_ALLOW:
            if self.accent:
                return _(
                    "An exception: a finding that overlaps it is cancelled. It has "
                    "diacritics, so it is matched with them (“szár” is not “szar”)."
                )
            return _(
                "An exception: a finding that overlaps it is cancelled. Matched on words in "
                "lower case, without diacritics, a repeated letter counted once."
            )
        if len(self.pieces) > 1:
            return _(
                "A phrase rule of %(count)d pieces; a message matches if any piece matches. "
                "Matched on words in lower case, without diacritics, a repeated letter "
                "counted once."
            ) % {"count": len(self.pieces)}
        return _(
            "A phrase rule, matched on words in lower case, without diacritics, a repeated "
            "letter counted once."
        )

    @property
    def lines(self) -> list[tuple[str, str]]:
        """(label, description) for each piece, in plain words."""
        count = len(self.pieces)
        return [
            (
                _("Piece %(number)d of %(count)d") % {"number": piece.number, "count": count}
                if count > 1
                else _("The phrase"),
                describe_piece(piece),
            )
            for piece in self.pieces
        ]


def read_pattern(*, kind: str, pattern: str) -> Reading:
    """How `pattern` of a rule of `kind` reads; never raises for any string."""
    pattern = pattern or ""
    if kind == engine.KIND_REGEX:
        return Reading(kind, pattern, problems=tuple(_engine_refusal(kind, pattern, [])))
    if kind not in (engine.KIND_PHRASE, engine.KIND_ALLOW):
        return Reading(kind, pattern)
    accent = kind == engine.KIND_ALLOW and not pattern.isascii()
    problems: list[Problem] = []
    pieces: list[Piece] = []
    texts = [text for text in pattern.split(";") if text.strip()]
    if not texts:
        problems.append(Problem(ERROR, _("The pattern is empty.")))
    for number, text in enumerate(texts, start=1):
        piece = _read_piece(number, text, accent=accent, several=len(texts) > 1, problems=problems)
        if piece is not None:
            pieces.append(piece)
            problems += _warnings(piece, kind=kind, several=len(texts) > 1)
    problems += _engine_refusal(kind, pattern, problems)
    return Reading(kind, pattern, tuple(pieces), tuple(problems), accent)


def _where(number: int, several: bool) -> str:
    return _("In piece %(number)d: ") % {"number": number} if several else ""


def _read_piece(
    number: int, text: str, *, accent: bool, several: bool, problems: list
) -> Piece | None:
    """One `;` piece, as engine._compile_one reads it; None (and an error) if refused."""
    tokens = engine.phrase_tokens(text)
    where = _where(number, several)
    if (
        not tokens
        or not tokens[0]
        or engine.GAP_TOKEN.match(tokens[0])
        or engine.GAP_TOKEN.match(tokens[-1])
    ):
        problems.append(
            Problem(
                ERROR,
                where + _("a piece cannot start or end with a gap (~); write a word there."),
            )
        )
        return None
    parts: list[Group | Gap] = []
    refused = False
    for position, token in enumerate(tokens):
        gap = engine.GAP_TOKEN.match(token)
        if gap:
            digits = gap.group(1)
            # (int() refuses thousands of digits; any such gap is over the limit anyway)
            limit = int(digits) if 0 < len(digits) <= 4 else MAX_GAP + 1 if digits else DEFAULT_GAP
            if limit > MAX_GAP:
                problems.append(
                    Problem(
                        ERROR,
                        where
                        + _(
                            "the gap “%(gap)s” is longer than %(max)d words, the most a gap "
                            "can span. The engine refuses the pattern, and a rule stored with it "
                            "(say, by a migration) is skipped without a word: it finds "
                            "nothing. Write ~%(max)d or less, or split the phrase into pieces "
                            "with “;”."
                        )
                        % {"gap": token[:12], "max": MAX_GAP},
                    )
                )
                refused = True
            parts.append(Gap(limit))
            continue
        alternatives: list[Alternative] = []
        for written in token.split("|"):
            words = written.split()
            if not words:
                problems.append(
                    Problem(
                        ERROR,
                        where
                        + _(
                            "an empty alternative: “||”, or “|” at the start or end of a "
                            "group. Write a word on both sides of every “|”."
                        ),
                    )
                )
                refused = True
                continue
            read: list[str] = []
            for index, word in enumerate(words):
                try:
                    _regex, literal = engine.word_regex(word, accent=accent)
                except engine.RuleError:
                    problems.append(
                        Problem(
                            ERROR,
                            where
                            + _(
                                "“%(word)s” cannot be read as a word: use letters and "
                                "digits, with * only at the end (a gap is “~” or “~N” "
                                "between spaces)."
                            )
                            % {"word": word},
                        )
                    )
                    refused = True
                    break
                stem = word.endswith("*")
                if (
                    position == 0
                    and index == 0
                    and not accent
                    and len(literal) < 2
                    and (stem or len(words) == 1)
                ):
                    problems.append(
                        Problem(
                            ERROR,
                            where
                            + _(
                                "the first word “%(word)s” needs at least two letters "
                                "(before *, if it has one): rules are looked up by the first "
                                "letters of their first word."
                            )
                            % {"word": word},
                        )
                    )
                    refused = True
                read.append(literal + ("*" if stem else ""))
            else:
                alternatives.append(Alternative(" ".join(words), " ".join(read)))
        parts.append(Group(tuple(alternatives)))
    return None if refused else Piece(number, tuple(parts))


def _engine_refusal(kind: str, pattern: str, problems: list) -> list[Problem]:
    """The engine's own verdict: its message if it refuses what the reading did not explain."""
    try:
        engine.validate(kind=kind, pattern=pattern)
    except Exception as error:  # a pattern must never break the form
        if any(problem.is_error for problem in problems):
            return []
        message = _("The engine refuses this pattern: %(error)s") % {"error": error}
        # Rule.clean() reports a RuleError itself; anything else it would let through.
        return [Problem(ERROR, message, engine_says=isinstance(error, engine.RuleError))]
    return []


def _quoted(alternatives) -> str:
    return " / ".join(f"«{alternative.written}»" for alternative in alternatives)


def describe_group(group: Group) -> str:
    if len(group.alternatives) == 1:
        return _describe_alternative(group.alternatives[0])
    return _("one of: %(alternatives)s") % {
        "alternatives": " / ".join(_describe_alternative(a) for a in group.alternatives)
    }


def _describe_alternative(alternative: Alternative) -> str:
    if alternative.reads_as == alternative.written.lower():
        return f"«{alternative.written}»"
    return _("«%(written)s» (read as «%(reads)s»)") % {
        "written": alternative.written,
        "reads": alternative.reads_as,
    }


def describe_gap(gap: Gap) -> str:
    if gap.words == 0:
        return _("then right after it")
    return ngettext("then within %(count)d word", "then within %(count)d words", gap.words) % {
        "count": gap.words
    }


def describe_piece(piece: Piece) -> str:
    """ "one of: «kup u mnie» / «taniej» — then within 3 words — «bez prowizji»"."""
    return " — ".join(
        describe_gap(part) if isinstance(part, Gap) else describe_group(part)
        for part in piece.parts
    )


def _after_first(piece: Piece) -> str:
    """What the piece requires after its first group, in words."""
    return " — ".join(
        describe_gap(part) if isinstance(part, Gap) else describe_group(part)
        for part in piece.parts[1:]
    )


def _warnings(piece: Piece, *, kind: str, several: bool) -> list[Problem]:
    where = _where(piece.number, several)
    problems: list[Problem] = []
    groups = piece.groups
    if len(groups) == 1:
        for alternative in groups[0].alternatives:
            if _NUMBER.fullmatch(alternative.written):
                if kind == engine.KIND_ALLOW:
                    text = _(
                        "“%(number)s” alone is an alternative: any finding next to the number "
                        "%(number)s is cancelled."
                    )
                else:
                    text = _(
                        "“%(number)s” alone is an alternative: every message with the number "
                        "%(number)s matches (“|” binds loosest: “60|90|120 day terms” is "
                        "“60” or “90” or “120 day terms”). To mean a number before the "
                        "words, write “60|90|120 ~0 day terms”."
                    )
                problems.append(Problem(WARNING, where + text % {"number": alternative.written}))
        for alternative in groups[0].alternatives:
            words = alternative.words
            stem = words[0].rstrip("*")
            if len(words) == 1 and words[0].endswith("*") and len(stem) <= SHORT_STEM:
                problems.append(
                    Problem(
                        WARNING,
                        where
                        + _(
                            "“%(word)s” alone matches every word that starts with “%(stem)s”, "
                            "many of them ordinary words."
                        )
                        % {"word": alternative.written, "stem": stem},
                    )
                )
    gaps = [part for part in piece.parts if isinstance(part, Gap)]
    if any(
        isinstance(part, Gap) and isinstance(following, Gap)
        for part, following in zip(piece.parts, piece.parts[1:], strict=False)
    ):
        problems.append(
            Problem(
                WARNING,
                where
                + _(
                    "gaps in a row add up: here to %(total)d words. Write one gap (“~N”, "
                    "N at most %(max)d)."
                )
                % {"total": sum(gap.words for gap in gaps), "max": MAX_GAP},
            )
        )
    if len(groups) > 1:
        first = groups[0]
        long_ones = [a for a in first.alternatives if len(a.words) > 1]
        if len(first.alternatives) > 1 and long_ones:
            problems.append(
                Problem(
                    WARNING,
                    where
                    + _(
                        "“|” binds loosest: %(alternatives)s are alternatives of one group, "
                        "and every one of them matches only together with what follows: "
                        "%(rest)s. So %(example)s alone is no match. If it should match "
                        "alone, make it a piece of its own with “;” (“%(example_plain)s; "
                        "…”)."
                    )
                    % {
                        "alternatives": _quoted(first.alternatives),
                        "rest": _after_first(piece),
                        "example": f"«{long_ones[0].written}»",
                        "example_plain": long_ones[0].written,
                    },
                )
            )
    return problems


# -- Trying a rule on a sample message ----------------------------------------------------

TRY_LABEL = "this rule"  # how the one-rule engine names its findings (never shown)


@dataclass(frozen=True)
class Fragment:
    text: str  # the sample's own characters
    start: int
    end: int


@dataclass(frozen=True)
class Trial:
    matches: tuple[Fragment, ...]  # where the pattern matches the sample, as the engine reads it
    findings: tuple[Fragment, ...]  # what the engine makes of them (empty for an exception)
    kind: str
    text: str  # the sample
    judged: bool = True  # False: no category, so the engine's verdict was not asked

    @property
    def segments(self) -> list[tuple[str, bool]]:
        """The sample in (text, is part of a match) runs, to show the matches in place."""
        out: list[tuple[str, bool]] = []
        at = 0
        for fragment in sorted(self.matches, key=lambda f: f.start):
            if fragment.start < at:
                continue
            if fragment.start > at:
                out.append((self.text[at : fragment.start], False))
            out.append((self.text[fragment.start : fragment.end], True))
            at = fragment.end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out

    @property
    def dropped(self) -> bool:
        """The pattern matches, and the engine lets the message pass all the same (a
        negation, a report or a quote around it: docs/message-rules.md)."""
        return self.judged and bool(self.matches) and not self.findings


def try_pattern(*, kind: str, pattern: str, text: str, category: str = "") -> Trial | None:
    """Where `pattern` matches `text`, on the same view of the text the engine matches it
    on, and whether the engine, holding only this rule, makes a finding of it. None if the
    engine refuses the pattern."""
    try:
        engine.validate(kind=kind, pattern=pattern)
        matches = tuple(_matches(kind, pattern, text))
    except Exception:  # refused patterns are the reading's errors; nothing to try
        return None
    findings: tuple[Fragment, ...] = ()
    judged = kind != engine.KIND_ALLOW and category in engine.CATEGORIES
    if judged:
        one_rule = engine.Engine(
            rules=[engine.RuleSpec(category, kind, pattern, name=TRY_LABEL)], model=None
        )
        verdict = one_rule.check(text, use_model=False)
        findings = tuple(
            Fragment(finding.fragment, finding.start, finding.end)
            for finding in verdict.findings
            if finding.rule == TRY_LABEL
        )
    return Trial(matches, findings, kind, text, judged)


def _matches(kind: str, pattern: str, text: str):
    if kind == engine.KIND_REGEX:
        view = normalize.fold(text)
        regex = engine.compile_regex(pattern)
        spans = (view.span(*m.span()) for m in regex.finditer(view.text) if m.end() > m.start())
    elif kind == engine.KIND_ALLOW and not pattern.isascii():
        view = normalize.accent(text)
        regex, _starts = engine.compile_phrase(pattern, accent=True)
        spans = (view.span(*m.span()) for m in regex.finditer(view.text) if m.end() > m.start())
    else:
        skeleton = normalize.skeleton(normalize.fold(text))
        regex, _starts = engine.compile_phrase(pattern)
        spans = (
            skeleton.span(*m.span()) for m in regex.finditer(skeleton.text) if m.end() > m.start()
        )
    for start, end in spans:
        yield Fragment(text[start:end], start, end)
