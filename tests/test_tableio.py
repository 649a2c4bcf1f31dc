"""Parquet and XLSX input and output (skipped where the optional extras are absent)."""

from __future__ import annotations

import builtins
import csv
import datetime
import gc
import io
import json
import os
import re
import sys

import pytest

from gazetteer.batch import FIELDS
from gazetteer.batchio import normalize_file
from gazetteer.csvio import InputError
from gazetteer.model import Entry, Match, Resolution
from gazetteer.writers import JsonlSink

KYIV = Entry("UA80000000000093317", "Kyiv", "Київ", "K", "UA-30")


class Fake:
    """Knows Kyiv; anything else is unmatched."""

    def resolve(self, value, *, oblast=None, min_score=None, sources=None):
        if value.strip().lower() != "kyiv":
            return Resolution(value, "unmatched", None, ())
        m = Match(KYIV, 99.5, "exact", "Kyiv")
        return Resolution(value, "matched", m, (m,))


def added(column: str) -> list[str]:
    return [f"{column}_{f}" for f in FIELDS]


KYIV_CELLS = ["UA80000000000093317", "Kyiv", "Київ", "K", "UA-30", "99.5", "matched", "exact"]
NONE_CELLS = ["", "", "", "", "", "", "unmatched", ""]


def test_parquet_round_trip_keeps_types_nulls_and_order(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    n = 120_000  # more than one block
    table = pa.table(
        {
            "id": pa.array(range(n), type=pa.int64()),
            "city": pa.array([("Kyiv" if i % 3 else None) for i in range(n)], type=pa.string()),
            "day": pa.array([datetime.date(2024, 1, 1 + i % 28) for i in range(n)]),
            "amount": pa.array([i / 4 for i in range(n)], type=pa.float32()),
        }
    )
    src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(table, src, row_group_size=40_000)
    summary = normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())
    got = pq.read_table(out)
    assert got.column_names == ["id", "city", "day", "amount", *added("city")]
    for name in ("id", "city", "day", "amount"):  # input columns untouched, types included
        assert got.schema.field(name).type == table.schema.field(name).type
        assert got.column(name).equals(table.column(name))
    assert all(got.schema.field(c).type == pa.string() for c in added("city"))
    rows = got.select(added("city")).to_pylist()
    assert [list(r.values()) for r in rows[:3]] == [NONE_CELLS, KYIV_CELLS, KYIV_CELLS]
    assert summary.rows == n and summary.status["city"]["matched"] == n - (n + 2) // 3
    assert sorted(os.listdir(tmp_path)) == ["in.parquet", "out.parquet"]


def test_csv_to_parquet_and_parquet_to_csv(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.csv"
    src.write_text("id;city\n1;Kyiv\n2;\n3;Nowhere\n", encoding="utf-8")
    mid, back = tmp_path / "mid.parquet", tmp_path / "back.csv"
    normalize_file(str(src), str(mid), columns=["city"], gazetteer=Fake())
    table = pq.read_table(mid)
    assert table.column("id").to_pylist() == ["1", "2", "3"]  # text in, text out
    assert table.column("city_status").to_pylist() == ["matched", "unmatched", "unmatched"]
    normalize_file(str(mid), str(back), columns=["city"], gazetteer=Fake(), overwrite=True)
    with open(back, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id", "city", *added("city")]
    assert rows[1] == ["1", "Kyiv", *KYIV_CELLS]
    assert rows[2] == ["2", "", *NONE_CELLS]


def test_xlsx_round_trip_keeps_cells_and_pads_short_rows(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "places"
    sheet.append(["id", "city", "when"])
    sheet.append([1, "Kyiv", datetime.datetime(2024, 5, 1, 12, 0)])
    sheet.append([2, None, None])
    sheet.append([3])  # a short row
    sheet.append([4, "kyiv ", 2.5])
    src, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    book.save(src)
    normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())
    result = openpyxl.load_workbook(out, read_only=True)
    assert result.sheetnames == ["places"]
    rows = [list(r) for r in result.worksheets[0].iter_rows(values_only=True)]
    result.close()
    assert rows[0] == ["id", "city", "when", *added("city")]
    assert rows[1][:3] == [1, "Kyiv", datetime.datetime(2024, 5, 1, 12, 0)]
    assert rows[1][3:] == KYIV_CELLS
    assert [r[0] for r in rows[1:]] == [1, 2, 3, 4]
    assert rows[3][1] is None and rows[3][9] == "unmatched"
    assert rows[4][2] == 2.5 and rows[4][9] == "matched"


def test_xlsx_input_to_csv(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["city", "n"])
    book.active.append(["Kyiv", 7])
    src, out = tmp_path / "in.xlsx", tmp_path / "out.csv"
    book.save(src)
    normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())
    assert out.read_text(encoding="utf-8").splitlines()[1] == "Kyiv,7," + ",".join(KYIV_CELLS)


def test_a_workbook_row_too_long_is_named_as_a_row(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["city", "n"])
    book.active.append(["Kyiv", 7, "a note past the header"])
    src, out = tmp_path / "in.xlsx", tmp_path / "out.csv"
    book.save(src)
    with pytest.raises(InputError, match=r"^row 2: 3 fields, the header has 2$"):
        normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())


def test_xlsx_refuses_a_control_character_and_leaves_nothing(tmp_path):
    pytest.importorskip("openpyxl")
    src, out = tmp_path / "in.csv", tmp_path / "out.xlsx"
    src.write_text("city,note\nKyiv,ok\nKyiv,bell\x07\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^row 3: a cell holds a control character"):
        normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


def test_a_stopped_xlsx_output_leaves_no_traceback_nor_temporary_file(tmp_path, monkeypatch):
    pytest.importorskip("openpyxl")
    from openpyxl.worksheet import _writer

    unraisable: list = []  # (openpyxl's sheet writer printed "Exception ignored in: ...")
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    before = list(_writer.ALL_TEMP_FILES)
    src, out = tmp_path / "in.csv", tmp_path / "out.xlsx"
    src.write_text("city\nKyiv\nKyiv,extra\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^line 3: 2 fields, the header has 1$"):
        normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())
    gc.collect()
    assert unraisable == []
    assert len(_writer.ALL_TEMP_FILES) == len(before)
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


def test_parquet_output_refuses_rows_wider_than_the_header(tmp_path):
    pytest.importorskip("pyarrow")
    src, out = tmp_path / "in.csv", tmp_path / "out.parquet"
    src.write_text("city\nKyiv\nKyiv,extra\n", encoding="utf-8")
    with pytest.raises(InputError, match="Parquet cannot keep the extra fields"):
        normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake(), on_error="keep")
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


@pytest.mark.parametrize(("name", "kind"), [("bad.parquet", "Parquet"), ("bad.xlsx", "XLSX")])
def test_unreadable_file_is_an_input_error(tmp_path, name, kind):
    pytest.importorskip("pyarrow" if kind == "Parquet" else "openpyxl")
    src = tmp_path / name
    src.write_bytes(b"not really a table")
    with pytest.raises(InputError, match=f"cannot read .*{name} as {kind}"):
        normalize_file(str(src), str(tmp_path / "o.csv"), columns=["city"], gazetteer=Fake())


def test_old_xls_and_binary_stdout_are_refused(tmp_path):
    with pytest.raises(InputError, match=r"save it as \.xlsx or \.csv"):
        normalize_file(str(tmp_path / "a.xls"), "-", columns=["city"], gazetteer=Fake())
    src = tmp_path / "in.csv"
    src.write_text("city\nKyiv\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs a file name"):
        normalize_file(str(src), "-", columns=["city"], gazetteer=Fake(), fmt="parquet")


@pytest.mark.parametrize(
    ("module", "name", "command"),
    [
        # (placematch is no package of PyPI's: the package itself, and the extra from a clone)
        (
            "pyarrow",
            "in.parquet",
            "pip install pyarrow (placematch's extra 'parquet': pip install '.[parquet]'",
        ),
        (
            "openpyxl",
            "in.xlsx",
            "pip install openpyxl (placematch's extra 'xlsx': pip install '.[xlsx]'",
        ),
    ],
)
def test_missing_extra_names_the_install_command(tmp_path, monkeypatch, module, name, command):
    real_import = builtins.__import__

    def no_extra(mod, *args, **kwargs):
        if mod == module or mod.startswith(module + "."):
            raise ImportError(f"No module named {mod!r}")
        return real_import(mod, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_extra)
    monkeypatch.setattr("importlib.import_module", lambda mod: no_extra(mod, fromlist=["x"]))
    src = tmp_path / "in.csv"
    src.write_text("city\nKyiv\n", encoding="utf-8")
    for args in ((str(tmp_path / name), str(tmp_path / "o.csv")), (str(src), str(tmp_path / name))):
        with pytest.raises(ImportError, match=re.escape(command)):
            normalize_file(*args, columns=["city"], gazetteer=Fake())
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


def test_parquet_is_prescanned_from_its_needed_columns(tmp_path, monkeypatch):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from gazetteer import batch

    n = 60_000  # more than one batch of rows
    cities = [("Kyiv" if i % 4 else None) if i < n - 1 else "Lviv" for i in range(n)]
    table = pa.table({"id": pa.array(range(n)), "city": pa.array(cities, type=pa.string())})
    src = tmp_path / "in.parquet"
    pq.write_table(table, src)
    seen: list[set] = []
    real = batch.Normalizer.preload

    def preload(self, blocks, limit=None):
        blocks = list(blocks)
        seen.append({k for b in blocks for k in b})
        return real(self, blocks, limit)

    monkeypatch.setattr(batch.Normalizer, "preload", preload)
    outs = []
    for prescan in (True, False):
        out = tmp_path / f"out{prescan}.parquet"
        normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake(), prescan=prescan)
        outs.append(pq.read_table(out))
    assert seen == [{"Kyiv", "", "Lviv"}]  # once, with the later batch's value too
    assert outs[0].equals(outs[1])


def test_jsonl_writes_a_typed_nan_as_null():
    # a Parquet float column's NaN: json.dumps would write NaN, which JSON readers refuse
    stream = io.StringIO()
    sink = JsonlSink(stream)
    sink.write_header(["a", "b", "c", "d"])
    sink.write_rows([[1.5, float("nan"), [float("inf"), 2.0], "x"], [None, 2, [], "NaN"]])

    def strict(text):
        return json.loads(text, parse_constant=lambda c: pytest.fail(f"not JSON: {c}"))

    first, second = map(strict, stream.getvalue().splitlines())
    assert first == {"a": 1.5, "b": None, "c": [None, 2.0], "d": "x"}
    assert second == {"a": None, "b": 2, "c": [], "d": "NaN"}


@pytest.mark.parametrize(("name", "delimiter"), [("out.csv", ","), ("out.tsv", "\t")])
def test_a_missing_parquet_number_is_an_empty_field_in_text(tmp_path, name, delimiter):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "city": pa.array(["Kyiv", None, "Kyiv", None], type=pa.string()),
            "amount": pa.array([1.5, float("nan"), None, float("inf")], type=pa.float64()),
            "n": pa.array([1, None, 3, 0], type=pa.int64()),
        }
    )
    src, out = tmp_path / "in.parquet", tmp_path / name
    pq.write_table(table, src)
    normalize_file(str(src), str(out), columns=["city"], gazetteer=Fake())
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    assert rows[0] == ["city", "amount", "n", *added("city")]
    # NaN and null alike: an empty field, never "nan"; every other value as it was
    assert [r[:3] for r in rows[1:]] == [
        ["Kyiv", "1.5", "1"],
        ["", "", ""],
        ["Kyiv", "", "3"],
        ["", "inf", "0"],
    ]
