"""A regular block whose keys are its cells is cut, counted and written as UTF-8 bytes
(``gazetteer.keytally``): the output, the counts and the report are the text path's."""

from __future__ import annotations

import os

import pytest
from test_batch import KYIV, LVIV, Fake

from gazetteer import filerun, writers
from gazetteer.batchio import normalize_file
from gazetteer.csvio import CsvSource
from gazetteer.keytally import KeyTally


def test_text_and_byte_blocks_count_as_one_tally_in_the_order_met():
    tally = KeyTally()
    assert tally.count("c", ["Київ", "Lviv", "Київ"]) == ["Київ", "Lviv"]
    coded = [b"Lviv", "Одеса".encode(), "Київ".encode()]
    assert tally.count_bytes("c", coded) == ["Lviv", "Одеса", "Київ"]  # (new to the bytes)
    assert tally.count("c", ["Одеса", "Ізюм"]) == ["Одеса", "Ізюм"]
    assert tally.count_bytes("c", [b"Lviv"]) == []
    taken = list(tally.take())
    assert taken == [("c", {"Київ": 3, "Lviv": 3, "Одеса": 2, "Ізюм": 1})]
    assert list(taken[0][1]) == ["Київ", "Lviv", "Одеса", "Ізюм"]  # as first met
    assert list(tally.take()) == []


def test_bytes_written_after_text_come_after_it(tmp_path):
    path = tmp_path / "out.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        sink = writers.CsvSink(stream, ",", "\r\n")
        sink.write_header(["id", "place"])
        sink.write_bytes("1,Київ\r\n".encode())
        sink.write_text("2,Львів\r\n")
        sink.write_bytes(b"3,Lviv\r\n")
    assert path.read_bytes() == "\ufeffid,place\r\n1,Київ\r\n2,Львів\r\n3,Lviv\r\n".encode()


def _rows() -> list[str]:
    rows = []
    for i in range(600):
        place = ["Київ", "Lviv", "Львів", "Qwxz", "", " kyiv "][i % 6]
        rows.append(f'{i},"{place}",x' if i == 5 else f"{i},{place},{i % 7}")
    return rows


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_blocks_cut_as_bytes_write_and_count_as_text_does(tmp_path, monkeypatch, jobs, eol):
    """The first block has a quote (parsed, its keys text), the others are plain (bytes);
    with two jobs a forked process writes the second half. As bytes or all as text, the
    output and the report are the same, byte for byte."""
    if jobs == 2 and not hasattr(os, "fork"):
        pytest.skip("the second half is written by a forked process")
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (512,))
    src = tmp_path / "in.csv"
    src.write_bytes(("id,place,n" + eol + eol.join(_rows()) + eol).encode())
    runs, cut = {}, []
    plain_bytes = filerun.FileRun._plain_bytes
    monkeypatch.setattr(
        filerun.FileRun, "_plain_bytes", lambda *a: cut.append(1) or plain_bytes(*a)
    )
    for how in ("bytes", "text"):
        if how == "text":
            monkeypatch.setattr(filerun.FileRun, "_bare", lambda self: False)
        out, report = tmp_path / f"{how}.csv", tmp_path / f"{how}-report.csv"
        summary = normalize_file(
            str(src), str(out), columns=["place"], gazetteer=Fake(), jobs=jobs, report=str(report)
        )
        runs[how] = (out.read_bytes(), report.read_bytes(), summary.status)
    assert cut  # (blocks were cut as bytes, in this process at least)
    assert runs["bytes"] == runs["text"]
    lines = runs["bytes"][0].decode().split(eol)
    assert lines[0] == "id,place,n,place_code,place_name,place_name_uk,place_category," + (
        "place_oblast,place_score,place_status,place_match"
    )
    assert lines[3] == f"2,Львів,2,{LVIV.code},Lviv,Львів,M,UA-46,97.2,matched,exact"
    assert lines[6] == f'5," kyiv ",x,{KYIV.code},Kyiv,Київ,K,UA-30,97.2,matched,exact'
    assert lines[7] == f"6,Київ,6,{KYIV.code},Kyiv,Київ,K,UA-30,97.2,matched,exact"
    assert runs["bytes"][2]["place"] == {"matched": 400, "unmatched": 200, "blank": 100}
    assert "place,Qwxz,,unmatched,100," in runs["bytes"][1].decode()  # counted in the report
