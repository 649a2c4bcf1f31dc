"""Excel's delimiter line: a CSV whose first line is ``sep=;`` (Excel writes and honours it).

The line names the delimiter and is no header; the header is the next line, line numbers
in messages count the ``sep=`` line, and a CSV or TSV output begins with it again, naming
the output's own delimiter, so that Excel opens the output as it opened the input.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_batch import Fake  # the tiny resolver the batch tests use

from gazetteer.batch import FIELDS
from gazetteer.batchio import normalize_file
from gazetteer.csvio import CsvSource, InputError
from gazetteer.sniff import sep_line

ROOT = Path(__file__).resolve().parent.parent
KHARKIV, LVIV = "UA63120270010096107", "UA46060250010015970"  # data/katottg.tsv


@pytest.mark.parametrize(
    ("head", "delimiter"),
    [
        ("sep=;\r\nplace;oblast\r\n", ";"),
        ("sep=,\nplace,oblast\n", ","),
        ("sep=\t\nplace\toblast\n", "\t"),
        ("SEP=|\nplace|oblast\n", "|"),
        ("sep=;", ";"),  # the whole text so far
        ("sep=;;\nplace;oblast\n", None),  # not the line Excel writes: a header
        ("sep=\nplace\n", None),
        ('sep="\nplace\n', None),
        ("separator;oblast\n", None),
        ("place;sep=;\n", None),
    ],
)
def test_the_line_and_its_delimiter(head, delimiter):
    assert sep_line(head) == delimiter


def _normalize(tmp_path, data: bytes, out: str = "o.csv", **kw) -> bytes:
    src = tmp_path / "in.csv"
    src.write_bytes(data)
    target = tmp_path / out
    normalize_file(str(src), str(target), columns=["place"], **kw)
    return target.read_bytes()


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize(
    ("bom", "encoding"), [(b"", "utf-8"), (b"\xef\xbb\xbf", "utf-8"), (b"", "cp1251")]
)
def test_a_round_trip_keeps_the_line(tmp_path, gz, bom, eol, encoding):
    """The line read (after a BOM, in Windows-1251, with CRLF) and written first again."""
    text = eol.join(["sep=;", "place;region", "Харків;", "Lviv;Львівська обл.", ""])
    got = _normalize(tmp_path, bom + text.encode(encoding), gazetteer=gz)
    assert got.startswith(bom + f"sep=;{eol}place;region;place_code;".encode())
    lines = got[len(bom) :].decode().split(eol)
    assert [line.split(";")[:3] for line in lines[2:4]] == [
        ["Харків", "", KHARKIV],
        ["Lviv", "Львівська обл.", LVIV],
    ]
    assert lines[-1] == "" and len(lines) == 5


@pytest.mark.parametrize(("sep", "out", "written"), [("\t", "o.tsv", "\t"), ("|", "o.csv", ",")])
def test_the_output_line_names_the_outputs_delimiter(tmp_path, sep, out, written):
    """A ``.csv`` output of a tab- or bar-separated input has commas, a ``.tsv`` one tabs:
    the line says so, else Excel would split the output by the input's delimiter."""
    text = f"sep={sep}\nid{sep}place\n1{sep}Lviv\n"
    got = _normalize(tmp_path, text.encode(), out, gazetteer=Fake()).decode().split("\n")
    assert got[0] == f"sep={written}"
    assert got[1].startswith(written.join(["id", "place", "place_code"]))
    assert got[2].startswith(written.join(["1", "Lviv", LVIV]))


def test_no_line_in_json_lines(tmp_path):
    got = _normalize(tmp_path, b"sep=;\nid;place\n1;Lviv\n", "o.jsonl", gazetteer=Fake())
    record = json.loads(got.decode().splitlines()[0])
    assert (record["id"], record["place"], record["place_code"]) == ("1", "Lviv", LVIV)


def test_delimiter_given_wins_and_the_line_is_still_no_header(tmp_path):
    """``--delimiter`` reads the file its way (the line may be wrong); the line is Excel's
    all the same, not the header, and the output's names the delimiter written."""
    got = _normalize(tmp_path, b"sep=,\nid;place\n1;Lviv\n", gazetteer=Fake(), delimiter=";")
    assert got.decode().splitlines()[:3] == [
        "sep=;",
        "id;place;" + ";".join(f"place_{f}" for f in FIELDS),
        f"1;Lviv;{LVIV};Lviv;Львів;M;UA-46;97.2;matched;exact",
    ]


def test_line_numbers_count_the_line(tmp_path):
    """The sep line is line 1: the header line 2, the first record line 3."""
    src = tmp_path / "in.csv"
    src.write_text("sep=;\nid;place\n1;Lviv\n2;Lviv;surplus\n")
    with pytest.raises(InputError, match=r"^line 4: 3 fields, the header has 2$"):
        normalize_file(str(src), str(tmp_path / "o.csv"), columns=["place"], gazetteer=Fake())
    src.write_text('sep=;\nid;place\n1;Lviv\n2;"Lviv\n3;Lviv\n')
    with pytest.raises(InputError, match=r"^line 4: unclosed quote at end of file$"):
        normalize_file(str(src), str(tmp_path / "o.csv"), columns=["place"], gazetteer=Fake())
    src.write_text('sep=;\n"id;place\n')
    with pytest.raises(InputError, match=r"^line 2: the header has an unclosed quote$"):
        CsvSource(str(src))
    src.write_text("sep=;\nid;place\n1;Lviv\n")
    source = CsvSource(str(src))
    assert [c.first_line for c in source.chunks()] == [3]
    source.close()


def test_on_error_keep(tmp_path):
    text = 'sep=;\nid;place\n1;Lviv;surplus\n2;"Lviv\n3;Lviv\n'
    got = _normalize(tmp_path, text.encode(), gazetteer=Fake(), on_error="keep").decode()
    lines = got.splitlines()
    assert lines[0] == "sep=;" and lines[1].startswith("id;place;place_code")
    assert lines[2:4] == ["1;Lviv;;;;;;;error;;surplus", "2;Lviv;;;;;;;error;"]
    assert lines[4].startswith(f"3;Lviv;{LVIV}")


def test_a_split_run_skips_the_line_as_one_process_does(tmp_path, monkeypatch):
    """A regular file is pre-scanned from the byte after the header and its second half
    written by a forked process: with the line, the rows are those of the file without it."""
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))
    rows = "".join(f"{i};{['Lviv', 'Kyiv', 'x'][i % 3]}\r\n" for i in range(3000))
    outs = {}
    for jobs in (1, 2):
        for head in ("", "sep=;\r\n"):
            data = f"{head}id;place\r\n{rows}".encode()
            outs[jobs, head] = _normalize(tmp_path, data, gazetteer=Fake(), jobs=jobs)
    plain = outs[1, ""]
    assert outs[2, ""] == plain
    assert outs[1, "sep=;\r\n"] == outs[2, "sep=;\r\n"] == b"sep=;\r\n" + plain


def test_standard_input_through_the_command():
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    cmd = [sys.executable, "-c", "from gazetteer.cli import main; main()", "normalize", "-"]
    data = "sep=;\r\nplace;region\r\nХарків;\r\n".encode("cp1251")
    done = subprocess.run(
        [*cmd, "--column", "place"], input=data, capture_output=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().split("\r\n")
    assert lines[0] == "sep=;" and lines[1].startswith("place;region;place_code")
    assert lines[2].startswith(f"Харків;;{KHARKIV};Kharkiv;Харків;M;UA-63;")


def test_a_user_gazetteer_reads_the_sep_line_alike(tmp_path: Path):
    """Gazetteer.from_file honours the line as normalize's reader does: the delimiter (a
    ';' file named .csv whose names hold commas), no header, and line numbers that count it."""
    from gazetteer import Gazetteer
    from gazetteer.errors import GazetteerFileError

    path = tmp_path / "mine.csv"
    rows = f"{KHARKIV};Харків;Kharkiv, Ukraine;Charkow\n{LVIV};Львів;Lviv, Ukraine;Lemberg\n"
    path.write_text("sep=;\nid;name;region;alt_names\n" + rows, encoding="utf-8-sig")  # (a BOM)
    gz = Gazetteer.from_file(path)  # had stopped: "missing column(s) id, name"
    assert [(e.code, e.oblast) for e in gz] == [
        (KHARKIV, "Kharkiv, Ukraine"),
        (LVIV, "Lviv, Ukraine"),
    ]
    assert [gz.lookup(q)[0].entry.code for q in ("Lemberg", "Charkow")] == [LVIV, KHARKIV]
    assert sep_line(path.read_text(encoding="utf-8-sig")) == ";"  # (the one rule, sniff's)
    path.write_text(f"sep=;\nid;name\n{KHARKIV};Харків\n{KHARKIV};Харків\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="line 4: duplicate id"):
        Gazetteer.from_file(path)
    path.write_text(f"sep=,\nid;name\n{LVIV};Львів\n", encoding="utf-8")
    assert Gazetteer.from_file(path, delimiter=";").entry(LVIV).name_uk == "Львів"  # told wins
