"""normalize_rows and normalize_series over the cells pipelines really hand them: numbers
from a column with a blank (floats), pandas' missing values, bytes, and a hint per value."""

from __future__ import annotations

import math

import pytest

from gazetteer.resolving import text_of
from gazetteer.rows import normalize_rows, normalize_series

# Любимівка: three in Kherson oblast (UA-65), more elsewhere; Київ the capital, Харків a city
KYIV, KHARKIV = "UA80000000000093317", "UA63120270010096107"


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        (math.nan, ""),
        (65, "65"),
        (65.0, "65"),  # a number column with a blank is float: its oblast numbers end in .0
        (6510100000.0, "6510100000"),  # a KOATUU code so
        (1.5, "1.5"),
        (True, "True"),
        ("Kyiv", "Kyiv"),
        ("Київ".encode(), "Київ"),
    ],
)
def test_text_of_a_cell(cell, text):
    assert text_of(cell) == text


def test_text_of_pandas_and_numpy_cells():
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert [text_of(v) for v in (pd.NA, pd.NaT, np.float64("nan"))] == ["", "", ""]
    assert [text_of(v) for v in (np.float64(65), np.int64(65), np.float32(1.5))] == [
        "65",
        "65",
        "1.5",
    ]


def test_normalize_rows_reads_an_oblast_number_given_as_a_float(gz):
    rows = [{"p": "Любимівка", "o": 65.0}, {"p": "Любимівка", "o": 65}]
    out = list(normalize_rows(rows, column="p", oblast_column="o", gazetteer=gz))
    assert [r["p_oblast"] for r in out] == ["UA-65", "UA-65"]
    assert [r["o"] for r in out] == [65.0, 65]  # the row's own cells are left as they were


def test_normalize_rows_reads_one_oblast_given_as_a_number(gz):
    (row,) = normalize_rows([{"p": "Любимівка"}], column="p", oblast=65, gazetteer=gz)
    assert row["p_oblast"] == "UA-65"


def test_normalize_rows_missing_cells_are_blank(gz):
    pd = pytest.importorskip("pandas")
    rows = [{"p": pd.NA}, {"p": pd.NaT}, {}, {"p": None}, {"p": b"Kyiv"}]
    out = list(normalize_rows(iter(rows), column="p", gazetteer=gz))
    assert [r["p_status"] for r in out] == ["unmatched"] * 4 + ["matched"]
    assert out[-1]["p_code"] == KYIV


def test_normalize_series_takes_a_hint_per_value_on_its_index(gz):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {"place": ["Любимівка", "Kyiv", None, "Харків"], "region": ["UA-65", None, 65.0, "63"]},
        index=[4, 9, 2, 7],
    )
    out = normalize_series(frame.place, frame.region, gazetteer=gz)
    assert list(out.index) == [4, 9, 2, 7]
    assert list(out.place_oblast) == ["UA-65", "UA-30", "", "UA-63"]
    assert list(out.place_code)[1:] == [KYIV, "", KHARKIV]
    shuffled = normalize_series(frame.place, frame.region.iloc[::-1], gazetteer=gz)
    assert shuffled.equals(out)  # the hints go by the index, not by position
    listed = normalize_series(frame.place, ["65", "", "", "63"], gazetteer=gz)
    assert list(listed.place_oblast) == ["UA-65", "UA-30", "", "UA-63"]
    with pytest.raises(ValueError, match="1 oblast hints for 4 values"):
        normalize_series(frame.place, ["65"], gazetteer=gz)
    with pytest.raises(ValueError, match="index lacks labels"):  # not silently all blank
        normalize_series(frame.place, frame.region.reset_index(drop=True), gazetteer=gz)


def test_normalize_series_one_hint_as_a_number(gz):
    pd = pytest.importorskip("pandas")
    out = normalize_series(pd.Series(["Любимівка"], index=["x"]), 65, gazetteer=gz)
    assert list(out.index) == ["x"] and out.value_oblast["x"] == "UA-65"


def test_normalize_series_one_hint_as_any_number_the_library_takes(gz):
    # resolve's OblastHint (str or a number, numpy's and Decimal too): NumPy's int64 and a
    # Decimal were taken for a hint per value and raised ('numpy.int64' is not iterable)
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    from decimal import Decimal

    values = pd.Series(["Любимівка"], index=["x"])
    for hint in (np.int64(65), np.float64(65), Decimal("65"), "65"):
        out = normalize_series(values, hint, gazetteer=gz)
        assert out.value_oblast["x"] == "UA-65", hint
    blank = normalize_series(values, pd.NA, gazetteer=gz)  # (pandas' NA: no hint)
    assert blank.equals(normalize_series(values, None, gazetteer=gz))


def test_a_nullable_integer_oblast_column(gz):
    # pandas' Int64 column of oblast numbers, with a blank: each row's hint, the blank none
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    frame = pd.DataFrame({"p": ["Любимівка", "Kyiv"], "o": pd.array([65, pd.NA], dtype="Int64")})
    out = normalize_series(frame.p, frame.o, gazetteer=gz)
    assert list(out.p_oblast) == ["UA-65", "UA-30"]
    records = frame.to_dict("records")
    rows = list(normalize_rows(records, column="p", oblast_column="o", gazetteer=gz))
    assert [r["p_oblast"] for r in rows] == ["UA-65", "UA-30"]
    (row,) = normalize_rows([{"p": "Любимівка"}], column="p", oblast=np.int64(65), gazetteer=gz)
    assert row["p_oblast"] == "UA-65"


def test_a_column_no_row_has_is_warned_of(gz):
    rows = [{"place": "Kyiv", "region": "UA-30"}] * 3
    with pytest.warns(UserWarning, match=r"no row of the first 3 has a 'plcae' key"):
        out = list(normalize_rows(iter(rows), column="plcae", oblast_column="region", gazetteer=gz))
    assert [r["plcae_status"] for r in out] == ["unmatched"] * 3
    with pytest.warns(UserWarning, match=r"'oblast'"):
        list(normalize_rows(rows, column="place", oblast_column="oblast", gazetteer=gz))


def test_a_sparse_column_is_not_warned_of(gz, recwarn):
    rows = [{"id": 1}, {"id": 2, "place": "Kyiv"}]
    out = list(normalize_rows(rows, column="place", gazetteer=gz))
    assert [r["place_status"] for r in out] == ["unmatched", "matched"]
    assert not [w for w in recwarn if "key" in str(w.message)]


def test_normalize_series_refuses_a_frame(gz):
    pd = pytest.importorskip("pandas")
    with pytest.raises(TypeError, match="takes a Series"):
        normalize_series(pd.DataFrame({"place": ["Kyiv"]}), gazetteer=gz)


def test_normalize_rows_refuses_rows_that_are_not_dicts(gz):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"place": ["Kyiv"]})  # (iterated, a frame gives its column names)
    with pytest.raises(TypeError, match=r"rows as dicts .*not str 'place'"):
        list(normalize_rows(frame, column="place", gazetteer=gz))
    (row,) = normalize_rows(frame.to_dict("records"), column="place", gazetteer=gz)
    assert row["place_code"] == KYIV
