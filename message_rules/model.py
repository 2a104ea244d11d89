"""The learned model beside the rules: which category a message breaks, if any.

Char (2–5, within words) and word (1–2) n-grams of the rules' skeleton view of the text
(`normalize.skeleton`: lowercase ASCII, look-alikes, leet, spacing and repeated letters
undone), TF-IDF weighted, and the hits of word lists per category (`Lexicon`:
`data/lexicon/<category>.<lang>.txt`, swear words and prohibited goods written by a
second author, matched diacritic-free and, for words of 7+ letters, in their inflected
forms), into one multinomial logistic regression over "clean" and the rule categories.
The word lists are what lets it know a word no training template used ("marihuany",
"lofegyvert"): the n-grams only know the templates' own words.

Trained on every `data/training/*.jsonl` (`corpus.jsonl`: templates, `build.py`,
including short clean chat lines as hard negatives; `corpus_b.jsonl` … `corpus_m.jsonl`:
twelve more authors' phrasing families, `build_families.py`), the rules' own labelled set
`data/evaluation.jsonl` and the staff labels of the review queue (upheld → the entry's
category, released → clean; each weighs `STAFF_WEIGHT` lines). Rows that read the same
after normalising are fitted once,
weighted by their count (the same loss, a third fewer rows).
`data_digest` covers every file read (a changed, added or removed file retrains). The
held-out sets in `data/heldout*/` are never read here; the honest measure on the
training data is group-wise cross-validation, `bench/rules_model_cv.py` (the figures are
in docs/message-rules.md).

The rules decide first and explain themselves; the model adds a finding only when all of
these hold (`RulesModel.decide`):

- its probability for the category reaches that category's threshold. The thresholds are
  *calibrated on the training data*, not set by hand: `_fit_calibrated` scores every training
  example with a model fitted on the other two thirds of the templates (`GroupKFold`,
  `CALIBRATION_FOLDS`), so each probability is one for phrasings the model never saw,
  and picks per category the lowest threshold (never below `THRESHOLD`) at which at most
  `FALSE_FINDINGS` of the clean lines would get that category; then it fits on
  everything and keeps those thresholds in `meta`. (One held-apart quarter, as before,
  chose thresholds on too few clean lines: in cross-validation they let through 2.97 %
  of clean long lines instead of the ~1.2 % asked for; out-of-fold, 1.78 %.) Short lines
  (at most `SHORT_WORDS` words, most of everyday chat) get thresholds of their own,
  chosen on the short lines only, since a few words give the regression little to go
  on. The classes are not re-weighted (`_fit`): balanced weights pushed such lines
  towards the rare categories;
- the category leads "clean" by at least `MARGIN` (a near tie is no decision);
- the model can point at a whole word or two that weighed for the category (the phrases
  the writer is shown: the category's word-list hits first, then the word n-grams that
  weighed most); a verdict carried by letter n-grams alone is not given;
- on a short line, the patterns agree weakly (`engine._weak_signal`: a link, a word for
  money or codes, an @, five digits close together) or a word of the category's own
  list is among the phrases (`ModelFinding.lexical`); on short lines the model only
  raises recall where something besides its n-grams already half-sees it. For a scam,
  money and digits alone are not enough there; and profanity always needs a word of the
  lists among the phrases (both in `engine.Engine.check`).

Like Allina's classifier, the model is read once per process from
`settings.MESSAGE_RULES_MODEL_PATH` (default `message_rules/model/rules_model.joblib`)
and trained on first use (one fit, about two minutes, with the stored calibration; about
four on two idle cores when it calibrates; no network) when the file is
missing or was built from other code, data or scikit-learn; `manage.py moderate --train`
retrains it with the staff labels.
"""

import copy
import hashlib
import json
import logging
import multiprocessing
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sklearn
from django.conf import settings
from joblib import Parallel, delayed
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from core import modelfile
from core.sklearn_fastpath import UnionRow

from . import normalize

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
TRAINING = DATA / "training"
RULES_SET = DATA / "evaluation.jsonl"
LEXICON = DATA / "lexicon"  # <category>.<lang>.txt: a word or phrase a line
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model" / "rules_model.joblib"
FORMAT = 4  # 4: a letter read without its salutation and closing
CLEAN = "clean"
THRESHOLD = 0.5  # the floor of every calibrated threshold
MARGIN = 0.4  # the category's probability minus clean's
SHORT_WORDS = 5
STAFF_WEIGHT = 50  # one staff label weighs as much as this many training lines
RECALIBRATE_SHARE = 0.05  # staff labels weighing more than this share recalibrate
FALSE_FINDINGS = 0.005  # share of clean training lines (hard negatives) a threshold may flag
CALIBRATION_FOLDS = 3
GRID = tuple(round(0.5 + step / 100, 2) for step in range(50))
# The thresholds last calibrated on the shipped files (no staff labels), committed with
# them and keyed by exactly what was calibrated on (`_calibration_key`): a fresh checkout
# (CI, `make demo`'s first start) then fits the model once instead of four times. A
# training that calibrates rewrites it; commit it with the training data.
CALIBRATION_FILE = DATA / "calibration.json"
TOP_PHRASES = 3
STEM_FROM = 7  # letters from which a word-list entry also matches its inflected forms
LEXICON_WEIGHT = 1.0  # a hit's value beside the TF-IDF rows (each of norm 1)


def model_input(text: str) -> normalize.Skeleton:
    """What the model reads of a text: its skeleton, a letter's salutation and closing
    left out (`normalize.letter_body`), in training and in checking alike."""
    return normalize.skeleton(normalize.fold(normalize.letter_body(text)))


@dataclass(frozen=True)
class ModelFinding:
    category: str
    probability: float
    spans: tuple[tuple[int, int], ...]  # the weighing phrases: (start, end) in the original
    lexical: bool = False  # a word of the category's word list is among them
    item_spans: tuple[tuple[int, int], ...] = ()  # those words' own spans


@dataclass
class RulesModel:
    features: FeatureUnion
    classifier: LogisticRegression
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._prepare()

    def _prepare(self) -> None:
        self.classes = list(self.classifier.classes_)
        self.names = self.features.get_feature_names_out()
        self.clean_index = self.classes.index(CLEAN)
        self.lexicon = dict(self.features.transformer_list).get("lexicon")
        self._row = UnionRow.build(self.features)  # None: the plain scikit-learn path
        self._coef = np.ascontiguousarray(self.classifier.coef_.T)  # features x classes

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for derived in ("classes", "names", "clean_index", "lexicon", "_row", "_coef"):
            state.pop(derived, None)
        return state

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The features of one skeleton text (column indices, values) and the class
        probabilities: the fast path where it applies, else scikit-learn's own."""
        if self._row is None:
            matrix = self.features.transform([text]).tocsr()
            probabilities = self.classifier.predict_proba(matrix)[0]
            return matrix.indices, matrix.data, probabilities
        columns, values = self._row(text)
        scores = self.classifier.intercept_.copy()
        if len(columns):
            scores += values @ self._coef[columns]
        scores -= scores.max()
        exp = np.exp(scores)
        return columns, values, exp / exp.sum()

    def __setstate__(self, state) -> None:
        self.__dict__.update(state)
        self._prepare()

    def predict(self, text: str) -> ModelFinding | None:
        """The category the model is sure of (`decide`: calibrated threshold, margin), with
        the phrases that weighed most; None for a message it thinks clean or is unsure
        about, or when no whole word weighed for its category."""
        return self.predict_skeleton(model_input(text))

    def predict_skeleton(self, skeleton: normalize.Skeleton) -> ModelFinding | None:
        if len(skeleton.text.strip()) < 3:
            return None
        columns, values, probabilities = self.row(skeleton.text)
        best = int(np.argmax(probabilities))
        if not self.decide(probabilities, best, short=is_short(skeleton.text)):
            return None
        spans, lexical, listed = self._phrases(columns, values, best, skeleton)
        if not spans:
            return None  # nothing to show the writer: letter n-grams alone do not decide
        return ModelFinding(
            str(self.classes[best]), float(probabilities[best]), spans, lexical, listed
        )

    def decide(self, probabilities, best: int, *, short: bool) -> bool:
        if best == self.clean_index:
            return False
        category = str(self.classes[best])
        thresholds = self.meta.get("thresholds", {}).get("short" if short else "long", {})
        threshold = max(THRESHOLD, thresholds.get(category, THRESHOLD))
        return (
            probabilities[best] >= threshold
            and probabilities[best] - probabilities[self.clean_index] >= MARGIN
        )

    def scores(self, text: str) -> dict[str, float]:
        _columns, _values, probabilities = self.row(model_input(text).text)
        return dict(zip(self.classes, probabilities.tolist(), strict=True))

    def _phrases(
        self, columns, values, best: int, skeleton
    ) -> tuple[tuple[tuple[int, int], ...], bool, tuple[tuple[int, int], ...]]:
        """The n-grams present in the text that pushed most towards `best` (versus clean),
        as spans of the original text, widened to whole words, merged when they overlap;
        the category's word-list hits come first. Whether there was such a hit, and the
        hits' own spans."""
        coef = self.classifier.coef_
        weights = coef[best] - coef[self.clean_index]
        contributions = sorted(
            zip(columns, values * weights[columns], strict=True),
            key=lambda pair: -pair[1],
        )
        sk = skeleton.text
        spans: list[tuple[int, int]] = []
        category = str(self.classes[best])
        lexicon = self.lexicon
        if lexicon is not None and category in lexicon.categories_:
            column = lexicon.categories_.index(category)
            for hit, start, end in lexicon.hits(sk):
                free = not any(start < e and s < end for s, e in spans)
                if hit == column and free and len(spans) < TOP_PHRASES:
                    spans.append((start, end))
        lexical = bool(spans)
        listed = list(spans)
        for index, value in contributions:
            if value <= 0 or len(spans) >= TOP_PHRASES:
                break
            kind, gram = self.names[index].split("__", 1)
            gram = gram.strip()
            if kind != "word" or len(gram) < 4:
                continue  # a whole word or two say more to the writer than letters
            position = sk.find(gram)
            if position < 0:
                continue
            start = sk.rfind(" ", 0, position) + 1
            end = sk.find(" ", position + len(gram))
            end = len(sk) if end < 0 else end
            if any(start < e and s < end for s, e in spans):
                continue
            spans.append((start, end))
        found: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if found and start - found[-1][1] <= 1:  # next to each other: one phrase
                found[-1] = (found[-1][0], end)
            else:
                found.append((start, end))
        mapped: list[tuple[int, int]] = []
        items: list[tuple[int, int]] = []
        for source, target in ((found, mapped), (listed, items)):
            for start, end in source:
                try:
                    target.append(skeleton.span(start, end))
                except IndexError:
                    continue
        return tuple(mapped), lexical, tuple(items)


class Lexicon(BaseEstimator, TransformerMixin):
    """Hits of the word lists `data/lexicon/<category>.<lang>.txt` per category, as
    features (`lexicon__<category>`: 1 for one hit, more for several).

    An entry is read as the skeleton reads text (no diacritics, look-alikes and repeated letters
    undone), so "wódki" also finds "wodki". A word of seven letters or more also matches its
    inflected forms: any text word that starts with it less its last two letters (but at least its
    first six) and is at most three letters longer ("lőfegyver" → "lofegyvert", "marihuana" →
    "marihuany"); an entry ending in `*` matches any ending; shorter words match only as themselves
    (the lists spell out their forms; "heroin" is not "heroes", Hungarian "szar" is not "szarvas").
    A phrase matches word by word, in a row. Lines starting with `#` are comments (the lists'
    context-dependent words, `#~`, among them).
    """

    def __init__(self, entries: tuple[tuple[str, str], ...] = ()):
        self.entries = entries  # (category, entry as written)

    def fit(self, texts=None, labels=None):
        self.categories_ = sorted({category for category, _entry in self.entries})
        index: dict[str, list[tuple[tuple[tuple[str, int, bool], ...], int]]] = {}
        for category, entry in self.entries:
            words = []
            for word in entry.split():
                star = word.endswith("*")
                form = model_input(word.rstrip("*")).text.strip()
                if not form or " " in form:
                    words = []
                    break
                exact = not star and len(form) < STEM_FROM
                # at least six letters of the word: "szarrágó" reads "szarago" once its
                # double letter is undone, and "szara-" would find "szárazra" (dry)
                stem = form if star or exact else form[: max(STEM_FROM - 1, len(form) - 2)]
                words.append((stem, len(form) + 3 if not star else 10**6, exact))
            if words:
                column = self.categories_.index(category)
                index.setdefault(words[0][0][:4], []).append((tuple(words), column))
        self.index_ = index
        return self

    @staticmethod
    def _matches(word: str, stem: str, longest: int, exact: bool) -> bool:
        if exact:
            return word == stem
        return word.startswith(stem) and len(word) <= longest

    def hits(self, text: str) -> list[tuple[int, int, int]]:
        """(column, start, end) of each hit, positions in `text` (a skeleton text)."""
        found = []
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        for position, (start, _end, word) in enumerate(words):
            for entry, column in self.index_.get(word[:4], ()):
                if position + len(entry) > len(words):
                    continue
                if all(
                    self._matches(words[position + k][2], *entry[k]) for k in range(len(entry))
                ):
                    found.append((column, start, words[position + len(entry) - 1][1]))
        return found

    def row(self, text: str) -> dict[int, float]:
        """{column: value} of one text: 1 for one hit of a category, 2 for several."""
        counts = Counter(column for column, _start, _end in self.hits(text))
        return {column: min(count, 2) * LEXICON_WEIGHT for column, count in counts.items()}

    def transform(self, texts):
        rows, columns, values = [], [], []
        for row, text in enumerate(texts):
            for column, value in self.row(text).items():
                rows.append(row)
                columns.append(column)
                values.append(value)
        return sparse.csr_matrix(
            (np.asarray(values, dtype=float), (rows, columns)),
            shape=(len(texts), max(1, len(self.categories_))),
        )

    def get_feature_names_out(self, input_features=None):
        return np.array(self.categories_ or ["none"], dtype=object)


_WORD = re.compile(r"[a-z0-9]+")


def lexicon_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or LEXICON).glob("*.txt"))


def load_lexicon(directory: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(category, entry) of every `data/lexicon/<category>.<lang>.txt` (`#` comments)."""
    from .engine import CATEGORIES

    entries = []
    for path in lexicon_files(directory):
        category = path.name.split(".", 1)[0]
        if category not in CATEGORIES:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                entries.append((category, line))
    return tuple(entries)


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    token_pattern=r"(?u)\b\w\w+\b",  # noqa: S106
                    sublinear_tf=True,
                    min_df=1,
                ),
            ),
            ("lexicon", Lexicon(load_lexicon())),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )


def _digest(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def training_files() -> list[Path]:
    """Every `data/training/*.jsonl` (corpus.jsonl, and any further author's corpus)."""
    return sorted(TRAINING.glob("*.jsonl"))


def data_digest() -> str:
    """Of every file training reads (their names too: a file added or removed counts)."""
    paths = [
        *training_files(),
        *lexicon_files(),
        RULES_SET,
        Path(__file__),
        Path(normalize.__file__),
    ]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
    digest.update(_digest(*paths).encode())
    return digest.hexdigest()


def is_short(skeleton_text: str) -> bool:
    return len(skeleton_text.split()) <= SHORT_WORDS


def load_examples() -> list[tuple[str, str]]:
    return [(text, label) for text, label, _group in load_grouped_examples()]


def load_grouped_examples() -> list[tuple[str, str, str]]:
    """(text, label, group): the template a corpus line came from; each line of the rules'
    set is a group of its own."""
    return [(item["text"], item["label"], item["group"]) for item in load_items()]


def load_items() -> list[dict]:
    """Every training example as {text, label, group, lang, source}: the lines of each
    `data/training/*.jsonl` (source: the file's stem; group: its template, prefixed by
    the source) and of the rules' set (source "rules", each line a group of its own)."""
    items: list[dict] = []
    for path in training_files():
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if line.strip():
                    item = json.loads(line)
                    group = item.get("group") or f"line{number}"
                    items.append(
                        {
                            "text": item["text"],
                            "label": item["label"],
                            "group": f"{path.stem}:{group}",
                            "lang": item.get("lang", ""),
                            "source": path.stem,
                        }
                    )
    with RULES_SET.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                item = json.loads(line)
                label = item["categories"][0] if item["expected"] == "block" else CLEAN
                items.append(
                    {
                        "text": item["text"],
                        "label": label,
                        "group": f"rules/{number}",
                        "lang": item.get("lang", ""),
                        "source": "rules",
                    }
                )
    return items


def _fit(
    texts: list[str], labels: list[str], weights: list[int]
) -> tuple[FeatureUnion, LogisticRegression]:
    """Fitted on distinct (text, label) rows, each weighing as many times as it was given:
    the same loss as fitting every copy, a third fewer rows to read."""
    features = _features()
    matrix = features.fit_transform(texts)
    # No class weighting: "balanced" weights (up to ~20× for the rarest category) pushed
    # texts the model knows little about, such as short everyday lines, towards the rare
    # categories; on the validation quarter (unseen templates) they flagged 20 of 797
    # clean lines against 1 without, for recall 0.77 against 0.65 (the rules come first).
    classifier = LogisticRegression(C=20.0, max_iter=3000)
    classifier.fit(matrix, labels, sample_weight=np.asarray(weights, dtype=float))
    return features, classifier


def _held_out_probabilities(
    texts: list[str], labels: list[str], weights: list[int], held_texts: list[str]
) -> tuple[np.ndarray, list[str]]:
    """Probabilities of `held_texts` from a model fitted on the rest, and its classes."""
    features, classifier = _fit(texts, labels, weights)
    return classifier.predict_proba(features.transform(held_texts)), list(classifier.classes_)


def _fit_calibrated(
    texts: list[str], labels: list[str], groups: list[str], weights: list[int]
) -> tuple[FeatureUnion, LogisticRegression, dict]:
    """The model fitted on every row, and per-category thresholds for long and short lines
    from probabilities each example got from a model that never saw its template (see the
    module's doc). Each fold fits its own features (vocabulary and IDF of its rows only, so
    a held-out row is read as a new message is: its unknown n-grams dropped); the folds'
    fits and the final one are independent, so they run as one batch (on two cores, the
    final fit and the first fold, then the other two: two rounds instead of three)."""
    splits = list(GroupKFold(n_splits=CALIBRATION_FOLDS).split(texts, labels, groups))
    folds = [
        (
            [texts[i] for i in fitted],
            [labels[i] for i in fitted],
            [weights[i] for i in fitted],
            [texts[i] for i in held],
        )
        for fitted, held in splits
    ]
    # In processes of their own where the machine has cores to spare (not inside a
    # daemonic process, such as a Celery pool's child).
    jobs = 1 if multiprocessing.current_process().daemon else os.cpu_count() or 1
    jobs = min(jobs, len(folds) + 1)
    tasks = [delayed(_fit)(texts, labels, weights)]
    tasks += [delayed(_held_out_probabilities)(*fold) for fold in folds]
    (features, classifier), *results = Parallel(n_jobs=jobs)(tasks)
    held = np.concatenate([held for _fitted, held in splits])
    probabilities = np.vstack([part for part, _classes in results])
    held_texts = [texts[i] for i in held]
    classes = results[0][1]
    clean = classes.index(CLEAN)
    best = probabilities.argmax(axis=1)
    top = probabilities.max(axis=1)
    margin = top - probabilities[:, clean]
    truth = np.array([labels[i] for i in held])
    short = np.array([is_short(text) for text in held_texts])
    thresholds: dict[str, dict[str, float]] = {"long": {}, "short": {}}
    for bucket, mask in (("long", ~short), ("short", short)):
        clean_lines = int(((truth == CLEAN) & mask).sum())
        allowed = int(FALSE_FINDINGS * clean_lines)
        for index, category in enumerate(classes):
            if index == clean:
                continue
            candidate = (best == index) & mask & (margin >= MARGIN)
            chosen = GRID[-1]
            for threshold in GRID:
                wrong = int((candidate & (top >= threshold) & (truth == CLEAN)).sum())
                if wrong <= allowed:
                    chosen = threshold
                    break
            thresholds[bucket][str(category)] = max(THRESHOLD, chosen)
    return features, classifier, thresholds


def train(
    extra: list[tuple[str, str]] | None = None, *, base: "RulesModel | None" = None
) -> RulesModel:
    """A model from the training files, the word lists, the rules' set and `extra` (staff
    labels), with thresholds calibrated out-of-fold on the same training data.

    Given `base`, a current model of the same files (`is_current`), and staff labels that
    weigh little beside them (`RECALIBRATE_SHARE`), the new model keeps `base`'s thresholds
    instead of calibrating again: a few labels move single texts, not the share of clean
    lines each threshold flags. It keeps `base`'s features too (vocabulary and weights of
    the n-grams; a staff text's n-grams the training files never had are not learned) and
    its classifier's solution as the fit's start: the loss differs by the labels alone, so
    the fit takes a few steps instead of four full fits."""
    examples = load_grouped_examples() + [
        (text, label, f"staff/{number}") for number, (text, label) in enumerate(extra or [])
    ]
    kept = base if kept_thresholds(base, len(extra or []), len(examples)) else None
    # The test suite trains each distinct set once a run (`core.modelfile.train_once`).
    return modelfile.train_once(
        inputs=(
            "message_rules",
            FORMAT,
            len(extra or []),
            examples,
            kept and (kept.meta["thresholds"], kept.meta["examples"], kept.meta["staff_labels"]),
        ),
        train=lambda: _train(examples, extra, kept),
    )


def kept_thresholds(base: "RulesModel | None", staff_labels: int, examples: int) -> dict | None:
    """`base`'s thresholds, if a retraining with `staff_labels` among `examples` may keep
    them (see `train`); None when it must calibrate."""
    if base is None or not is_current(base) or "thresholds" not in base.meta:
        return None
    if staff_labels * STAFF_WEIGHT > RECALIBRATE_SHARE * examples:
        return None
    return base.meta["thresholds"]


def _train(
    examples: list[tuple[str, str, str]],
    extra: list[tuple[str, str]] | None,
    base: "RulesModel | None" = None,
) -> RulesModel:
    """Fitted on `examples`; from `base` (its features, thresholds and solution) if given,
    else with features fitted and thresholds calibrated here (see `train`)."""
    # Variants that differ only in case, diacritics or look-alikes read the same after
    # normalising: each distinct (input, label, group) is one row with its count as weight.
    counts = Counter((model_input(text).text, label, group) for text, label, group in examples)
    texts = [text for text, _label, _group in counts]
    labels = [label for _text, label, _group in counts]
    groups = [group for _text, _label, group in counts]
    # A label staff gave a real message after review outweighs a template line: one
    # released false block must be able to move a model of 120,000 lines.
    weights = [
        count * (STAFF_WEIGHT if group.startswith("staff/") else 1)
        for (_text, _label, group), count in counts.items()
    ]
    thresholds_from = "kept from the current model, with its features"
    if base is None:
        key = _calibration_key(texts, labels, groups, weights)
        thresholds = _stored_thresholds(key)
        if thresholds is not None:
            features, classifier = _fit(texts, labels, weights)
            thresholds_from = f"calibrated on the same data before ({CALIBRATION_FILE.name})"
        else:
            features, classifier, thresholds = _fit_calibrated(texts, labels, groups, weights)
            thresholds_from = "calibrated"
            if not extra:
                _store_thresholds(key, thresholds)
    else:
        features = base.features  # fitted; only read (transform) from here on
        thresholds = base.meta["thresholds"]
        classifier = copy.deepcopy(base.classifier)  # the live model is not fitted in place
        # The same loss but for the labels: the fit starts from the current solution.
        classifier.set_params(warm_start=True)
        classifier.fit(features.transform(texts), labels, sample_weight=np.asarray(weights, float))
        classifier.set_params(warm_start=False)
    model = RulesModel(features, classifier)
    model.meta = {
        "format": FORMAT,
        "sklearn": sklearn.__version__,
        "data": data_digest(),
        "examples": len(examples),
        "staff_labels": len(extra or []),
        "thresholds": thresholds,
        "thresholds_from": thresholds_from,
    }
    return model


def _calibration_key(
    texts: list[str], labels: list[str], groups: list[str], weights: list[int]
) -> str:
    """Of everything the calibration reads: the rows, the word lists (features, not rows),
    the code, its settings, scikit-learn."""
    digest = hashlib.sha256()
    settings_used = (FORMAT, CALIBRATION_FOLDS, GRID, THRESHOLD, MARGIN, FALSE_FINDINGS)
    digest.update(repr((settings_used, sklearn.__version__)).encode())
    code_and_lists = [Path(__file__), Path(normalize.__file__), *lexicon_files()]
    digest.update(repr([path.name for path in code_and_lists]).encode())
    digest.update(_digest(*code_and_lists).encode())
    for row in zip(texts, labels, groups, weights, strict=True):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def _stored_thresholds(key: str) -> dict | None:
    try:
        stored = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    return stored.get("thresholds")


def _store_thresholds(key: str, thresholds: dict) -> None:
    try:
        CALIBRATION_FILE.write_text(
            json.dumps({"key": key, "thresholds": thresholds}, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    except OSError:  # a read-only checkout: the next fresh training calibrates again
        logger.warning("message rules: %s could not be written", CALIBRATION_FILE)


def is_current(model: RulesModel) -> bool:
    meta = model.meta
    return (
        meta.get("format") == FORMAT
        and meta.get("sklearn") == sklearn.__version__
        and meta.get("data") == data_digest()
    )


def model_path() -> Path:
    return Path(getattr(settings, "MESSAGE_RULES_MODEL_PATH", None) or DEFAULT_MODEL_PATH)


_lock = threading.Lock()
_model: list[RulesModel | None] = [None]


def get_model() -> RulesModel:
    if _model[0] is None:
        with _lock:
            if _model[0] is None:
                _model[0] = _load_or_train(model_path())
    return _model[0]


def reset_model() -> None:
    with _lock:
        _model[0] = None


def _load_or_train(path: Path) -> RulesModel:
    return modelfile.load_or_train(
        path, kind=RulesModel, is_current=is_current, train=train, name="message rules"
    )


def save_model(model: RulesModel, path: Path) -> None:
    modelfile.save(model, path)


def model_warm(**kwargs) -> None:
    """Load (or, on a fresh checkout, train) the model once as a Celery worker starts,
    before its pool forks, so relayed mail is never held up by training (apps.py)."""
    try:
        get_model()
    except Exception:
        logger.exception("message rules: the model could not be loaded; rules alone apply")
