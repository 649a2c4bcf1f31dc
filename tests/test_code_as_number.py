"""A KATOTTG code a spreadsheet stored as a number (gazetteer.codes): Excel keeps 15 of its
17 digits (44060010010012753 becomes 4.40600100100128E+16, or 44060010010012700 as typed),
and a number column drops the leading 0 of Crimea's and Vinnytsia's codes. Such a value had
been no match, silently; now it is the one code its digits fit, or said to have lost them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.batchio import normalize_file
from gazetteer.codes import lost_digits_note, stored_number

LUHANSK = "UA44060010010012753"  # M Луганськ (KATOTTG)
KYTAI = "UA01100530030057524"  # C Китай, Crimea (KATOTTG): its 17 digits begin with 0


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("4.40600100100128E+16", LUHANSK),  # Excel's General format: 15 digits, rounded
        ("4,40600100100128E+16", LUHANSK),  # (a decimal comma)
        ("44060010010012700", LUHANSK),  # typed into Excel: the digits past 15 cut to 0
        ("UA44060010010012700", LUHANSK),
        ("4.4060010010012752e+16", LUHANSK),  # a float64 as Python writes it
        ("44060010010012752.0", LUHANSK),
        ("1.10053003005752E+15", KYTAI),  # (0 dropped: 16 digits)
        ("1100530030057524", KYTAI),
    ],
)
def test_a_code_stored_as_a_number_is_the_one_code_its_digits_fit(
    gz: Gazetteer, written: str, code: str
) -> None:
    res = gz.resolve(written)
    assert res.status == "matched" and res.best is not None
    assert res.best.entry.code == code and res.best.kind == "code"
    assert "stored as a number" in res.best.explain[0]


@pytest.mark.parametrize("written", ["4.406E+16", "4,406E+16", "1.23e16"])
def test_a_code_with_too_few_digits_left_says_so(gz: Gazetteer, written: str) -> None:
    assert gz.resolve(written).status == "unmatched"
    note = lost_digits_note(gz, written)
    assert note.startswith("a KATOTTG code stored as a number: only ")
    assert "store the column as text" in note


def test_other_numbers_and_whole_codes_are_not_taken_for_it(gz: Gazetteer) -> None:
    assert gz.resolve(LUHANSK[2:]).best.entry.code == LUHANSK  # type: ignore[union-attr]
    for text in ("4406001001", "65000", "1.5e3", "12345678901234567", "Kyiv"):
        assert lost_digits_note(gz, text) == "", text
    assert stored_number("4406001001") is None and stored_number("2.5e10") is None


def test_lookup_says_why_there_is_no_match(run_python) -> None:  # type: ignore[no-untyped-def]
    done = run_python("-m", "gazetteer.cli", "lookup", "4.406E+16")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "a KATOTTG code stored as a number: only 4 of its 17 digits" in done.stderr
    found = run_python("-m", "gazetteer.cli", "lookup", "4.40600100100128E+16")
    assert found.returncode == 0 and LUHANSK in found.stdout


def test_normalize_names_the_values_that_lost_their_digits(tmp_path: Path) -> None:
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("place\n4.406E+16\n4.40600100100128E+16\nKyiv\n4.406E+16\n")
    summary = normalize_file(str(src), str(out), columns=["place"], jobs=1, memo=False)
    rows = out.read_text().splitlines()
    assert rows[2].startswith(f"4.40600100100128E+16,{LUHANSK},")
    assert summary.lost_codes == [("4.406E+16", 2)]
    assert "KATOTTG codes stored as numbers, their last digits lost, in 2 rows" in summary.line()


@pytest.mark.parametrize(
    "written",
    [
        "44060010010012754",  # no binary float's value: Luhansk's code mistyped, no number
        "UA44060010010012754",
        "44060010010012760",  # a float's value, but another's than Luhansk's (…752)
    ],
)
def test_a_mistyped_code_is_no_code_stored_as_a_number(gz: Gazetteer, written: str) -> None:
    # these had answered Luhansk, sure, as if a spreadsheet had rounded its code
    assert gz.resolve(written).status == "unmatched"
    assert lost_digits_note(gz, written) == ""


def test_sixteen_whole_digits_lost_none(gz: Gazetteer) -> None:
    # every digit of a 16-digit number is there (a card's number): no code, no digits lost
    assert gz.resolve("1100530030057525").status == "unmatched"
    assert lost_digits_note(gz, "1100530030057525") == ""


def test_a_column_of_numbers_is_read_quickly(gz: Gazetteer) -> None:
    # each value had walked all 31,744 codes (45 ms a value: 45 s for 1,000 values)
    values = [f"4.4{k:013d}E+16" for k in range(0, 10**13, 10**10)]  # 1,000 numbers
    start = time.perf_counter()
    notes = [lost_digits_note(gz, v) for v in values]
    assert time.perf_counter() - start < 5.0
    assert all(n.startswith("a KATOTTG code stored as a number") or n == "" for n in notes)
    # the same codes as a scan of every code finds
    stored = stored_number("4.406E+16")
    assert stored is not None
    scan = sum(stored.low <= int(c[2:]) < stored.high for c in gz._by_code if c[2:].isdigit())
    assert f"fit {scan:,} codes" in lost_digits_note(gz, "4.406E+16")
