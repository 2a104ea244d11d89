"""scikit-learn fast path: one text's TF-IDF row of a fitted `FeatureUnion`, without the
library's per-call overhead.

For a single short text, `FeatureUnion.transform` costs more in input validation, joblib
dispatch and sparse-matrix assembly than in arithmetic (about two thirds of a message
check). `UnionRow` does the same arithmetic straight from the fitted vectorizers'
`build_analyzer()`, `vocabulary_` and `idf_`: term counts, sublinear tf, idf, l2 norm per
vectorizer, each block at its offset in the union. A transformer of the project's own
may take part by offering `row(text) -> {column: value}`.

It is used only for the versions it was written against (`SUPPORTED`) and for the
settings it implements (TF-IDF with l2 norm, no transformer weights); otherwise
`UnionRow.build` returns None and callers use `FeatureUnion.transform`, the plain path.
Tests hold it to the library's own answers (tests/core/test_sklearn_fastpath.py).
"""

from __future__ import annotations

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer

SUPPORTED = ("1.7.", "1.8.", "1.9.")
VERSION = sklearn.__version__


def active() -> bool:
    return VERSION.startswith(SUPPORTED)


def describe() -> str:
    if active():
        return f"fast (scikit-learn {VERSION}, one text's TF-IDF row from the fitted parts)"
    return (
        f"fallback (scikit-learn {VERSION}, the fast path is for "
        f"{', '.join(v + 'x' for v in SUPPORTED)}: FeatureUnion.transform)"
    )


def _plain_tfidf(vectorizer) -> bool:
    return (
        isinstance(vectorizer, TfidfVectorizer)
        and vectorizer.norm == "l2"
        and vectorizer.use_idf
        and not vectorizer.binary
        and vectorizer.dtype in (np.float64, float)
    )


class UnionRow:
    """`row(text) -> (columns, values)`: the non-zero entries of
    `union.transform([text])[0]`, columns ascending within each block."""

    def __init__(self, blocks: list[tuple]):
        self.blocks = blocks

    @classmethod
    def build(cls, union) -> UnionRow | None:
        """The fast row of a fitted union, or None where the plain path must be used."""
        if not active() or getattr(union, "transformer_weights", None):
            return None
        blocks = []
        offset = 0
        for _name, transformer in union.transformer_list:
            if _plain_tfidf(transformer):
                blocks.append(
                    (
                        "tfidf",
                        transformer.build_analyzer(),
                        transformer.vocabulary_,
                        transformer.idf_,
                        transformer.sublinear_tf,
                        offset,
                    )
                )
                offset += len(transformer.vocabulary_)
            elif hasattr(transformer, "row") and hasattr(transformer, "get_feature_names_out"):
                blocks.append(("own", transformer.row, None, None, None, offset))
                offset += len(transformer.get_feature_names_out())
            else:
                return None
        return cls(blocks)

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        columns: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for kind, analyze, vocabulary, idf, sublinear, offset in self.blocks:
            if kind == "own":
                found = analyze(text)
                if found:
                    keys = sorted(found)
                    columns.append(np.asarray(keys, dtype=np.intp) + offset)
                    values.append(np.asarray([found[k] for k in keys], dtype=float))
                continue
            counts: dict[int, int] = {}
            for term in analyze(text):
                column = vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            block = np.fromiter(sorted(counts), dtype=np.intp, count=len(counts))
            tf = np.fromiter((counts[c] for c in block), dtype=float, count=len(counts))
            if sublinear:
                tf = 1.0 + np.log(tf)
            weights = tf * idf[block]
            norm = np.sqrt(weights @ weights)
            if norm > 0:
                weights /= norm
            columns.append(block + offset)
            values.append(weights)
        if not columns:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(columns), np.concatenate(values)
