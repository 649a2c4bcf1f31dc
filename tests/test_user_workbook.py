"""A gazetteer of your own kept as an XLSX workbook (:mod:`gazetteer.userbook`): read as the
same file saved as TSV would be."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import Gazetteer, GazetteerFileError, find_places

openpyxl = pytest.importorskip("openpyxl")

ROWS = [
    ["# kind: places"],
    ["id", "name", "alt_names", "category", "latitude", "longitude"],
    [1, "Kraków", "Krakau|Cracow", "city", 50.06, 19.94],
    [2, "Wrocław", "Breslau", "city", 51.1, 17.03],
    [3, "Gdańsk", "Danzig\nDantzig", "city", None, None],  # (alt names one a line in a cell)
]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_workbook_reads_as_its_tsv(tmp_path: Path) -> None:
    book = Gazetteer.from_file(_workbook(tmp_path / "pl.xlsx", ROWS))
    tsv = tmp_path / "pl.tsv"
    tsv.write_text(
        "# kind: places\nid\tname\talt_names\tcategory\tlatitude\tlongitude\n"
        "1\tKraków\tKrakau|Cracow\tcity\t50.06\t19.94\n"
        "2\tWrocław\tBreslau\tcity\t51.1\t17.03\n"
        '3\tGdańsk\t"Danzig\nDantzig"\tcity\t\t\n',
        encoding="utf-8",
    )
    text = Gazetteer.from_file(tsv)
    for query in ("Breslau", "Krakau", "Dantzig", "Krakow", "we Wrocławiu"):
        read, written = book.resolve(query), text.resolve(query)
        assert read.best is not None and written.best is not None
        assert (read.best.entry, read.best.score, read.status) == (
            written.best.entry,
            written.best.score,
            written.status,
        )
    assert book.coordinates("1") == text.coordinates("1")
    assert book.resolve("Danzig").best.entry.code == "3"  # type: ignore[union-attr]
    [wroclaw, krakow] = find_places(book, "Wczoraj we Wrocławiu i w Krakowie")
    assert (wroclaw.resolution.best.entry.code, krakow.resolution.best.entry.code) == ("2", "1")  # type: ignore[union-attr]


def test_a_workbook_without_the_columns_names_them(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "codes.xlsx", [["name", "code"], ["Foo", 1]])
    with pytest.raises(GazetteerFileError, match="missing column"):
        Gazetteer.from_file(path)


def test_a_workbook_under_a_text_name_is_said_so(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx", ROWS).rename(tmp_path / "book.tsv")
    done = subprocess.run(
        [sys.executable, "-m", "gazetteer", "--gazetteer", str(path), "lookup", "Breslau"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "an XLSX workbook is: name a workbook .xlsx" in done.stderr


def test_an_old_xls_workbook_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(GazetteerFileError, match=r"old Excel \.xls workbook"):
        Gazetteer.from_file(path)
