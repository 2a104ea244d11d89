"""The scikit-learn fast path gives the library's own rows, and steps aside where it must."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from core import sklearn_fastpath
from core.sklearn_fastpath import UnionRow

CORPUS = [
    "Dzień dobry, czy rower jest jeszcze dostępny?",
    "zadzwon 601 234 567 to sie dogadamy taniej",
    "Where is my parcel? Tracking 1Z999AA10123456784",
    "Kérem, küldje el a csomagot a Foxpost automatába.",
    "Dobrý den, pošlete to Zásilkovnou, díky díky díky",
    "ok ok ok dzieki",
    "Send me your password and the code from the SMS",
]


class Hits:
    """A transformer of our own shape: a `row(text)` and two feature names."""

    def fit(self, texts=None, labels=None):
        return self

    def row(self, text):
        return {1: 2.0} if "code" in text else ({0: 1.0} if "rower" in text else {})

    def transform(self, texts):
        from scipy import sparse

        matrix = sparse.lil_matrix((len(texts), 2))
        for index, text in enumerate(texts):
            for column, value in self.row(text).items():
                matrix[index, column] = value
        return matrix.tocsr()

    def fit_transform(self, texts, labels=None):
        return self.transform(texts)

    def get_feature_names_out(self, input_features=None):
        return np.array(["a", "b"], dtype=object)


def _union(**weights):
    union = FeatureUnion(
        [
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
            ("hits", Hits()),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2)),
        ],
        **weights,
    )
    return union.fit(CORPUS)


def _library_row(union, text):
    matrix = union.transform([text]).tocsr()
    matrix.sort_indices()
    return matrix.indices, matrix.data


def _assert_same_row(union, text):
    columns, values = UnionRow.build(union)(text)
    order = np.argsort(columns)
    expected_columns, expected_values = _library_row(union, text)
    assert columns[order].tolist() == expected_columns.tolist()
    assert np.allclose(values[order], expected_values)


@pytest.mark.parametrize("text", [*CORPUS, "", "   ", "zzz", "rower rower code", "ÁRVÍZTŰRŐ"])
def test_the_fast_row_is_the_unions_own_row(text):
    _assert_same_row(_union(), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_the_fast_row_is_the_unions_own_row_on_any_text(text):
    _assert_same_row(_union(), text)


def test_settings_it_does_not_implement_take_the_plain_path(monkeypatch):
    assert UnionRow.build(_union()) is not None
    assert UnionRow.build(_union(transformer_weights={"word": 2.0})) is None
    counts = FeatureUnion([("count", CountVectorizer())]).fit(CORPUS)
    assert UnionRow.build(counts) is None  # raw counts: not TF-IDF
    monkeypatch.setattr(sklearn_fastpath, "VERSION", "2.0.0")
    assert UnionRow.build(_union()) is None
    assert sklearn_fastpath.describe().startswith("fallback (scikit-learn 2.0.0")


def test_a_system_check_warns_when_the_fast_path_is_off(monkeypatch):
    from message_rules.checks import sklearn_fast_path

    assert sklearn_fast_path() == []
    monkeypatch.setattr(sklearn_fastpath, "VERSION", "2.0.0")
    (warning,) = sklearn_fast_path()
    assert warning.id == "message_rules.W001" and "fallback (scikit-learn 2.0.0" in warning.msg
