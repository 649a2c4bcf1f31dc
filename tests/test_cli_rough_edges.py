"""What a data journalist's own files and fingers do to ``gazetteer normalize``: a run
stopped after its rows are written, a header Excel wrote twice over, an empty column name
from an unset shell variable. Each ends in a right result or one clear line, exit 2 (130 for
Ctrl-C), and never leaves an output the run did not finish."""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from gazetteer import batchio
from gazetteer.cli import main as gazetteer

ROOT = Path(__file__).resolve().parent.parent
TABLE = "id,place\n1,Kharkiv\n2,Qzxwvyj\n"


def normalize(tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(gazetteer, ["normalize", *args, "--jobs", "1", "--no-memo"])


def test_ctrl_c_while_the_report_is_written_leaves_no_output(tmp_path, monkeypatch):
    # the output was renamed into place before the report (and the memo) were written: a
    # Ctrl-C then left out.csv whole but said "out.csv not written", with no report
    src, out, report = tmp_path / "in.csv", tmp_path / "out.csv", tmp_path / "review.csv"
    src.write_text(TABLE, encoding="utf-8")

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(batchio, "write_report", interrupted)
    done = normalize(
        tmp_path, str(src), "--column", "place", "-o", str(out), "--report", str(report)
    )
    assert done.exit_code == 130
    assert done.stderr.strip() == f"gazetteer normalize: interrupted; {out} not written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]  # nor a .part left


def test_the_output_and_its_report_are_both_written_when_the_run_ends(tmp_path):
    src, out, report = tmp_path / "in.csv", tmp_path / "out.csv", tmp_path / "review.csv"
    src.write_text(TABLE, encoding="utf-8")
    done = normalize(
        tmp_path, str(src), "--column", "place", "-o", str(out), "--report", str(report)
    )
    assert done.exit_code == 0, done.stderr
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[1].startswith("1,Kharkiv,UA63120270010096107,")
    assert report.read_text(encoding="utf-8").splitlines()[1].startswith("place,Qzxwvyj,")


def test_parquet_output_refuses_repeated_column_names(tmp_path):
    # pyarrow wrote such a file, which neither pyarrow.parquet.read_table nor pandas can
    # read back ("Multiple matches for FieldRef.Name(note)"); JSON Lines refused already
    pytest.importorskip("pyarrow")
    src, out = tmp_path / "in.csv", tmp_path / "out.parquet"
    src.write_text("note,place,note\nfirst,Kharkiv,second\n", encoding="utf-8")
    done = normalize(tmp_path, str(src), "--column", "place", "-o", str(out))
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        "gazetteer normalize: Parquet output needs unique column names; repeated: ['note']"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_column_name_behind_a_stray_bom_is_suggested(tmp_path):
    # a UTF-8 file saved once more with a BOM before its BOM: the first name begins with
    # U+FEFF, which str.strip() keeps, so no "did you mean" was offered
    src = tmp_path / "in.csv"
    src.write_bytes("\ufeff\ufeffplace,region\nKharkiv,63\n".encode())
    done = normalize(tmp_path, str(src), "--column", "place")
    assert done.exit_code == 2
    assert "no column 'place' in the input (did you mean '\\ufeffplace'?)" in done.stderr


@pytest.mark.parametrize("option", ["--column", "--oblast-column", "--raion-column"])
def test_an_empty_column_name_is_refused(tmp_path, option):
    # `--column "$COL"` with COL unset normalised the header's empty column (the one a
    # trailing delimiter makes) into columns named _code, _name..., every row unmatched
    src = tmp_path / "in.csv"
    src.write_text("id,place,\n1,Kharkiv,\n", encoding="utf-8")
    args = ["--column", "place", option, ""] if option != "--column" else ["--column", ""]
    done = normalize(tmp_path, str(src), *args, "-o", str(tmp_path / "out.csv"))
    assert done.exit_code == 2
    assert f"Invalid value for '{option}': empty: give a column's name" in done.stderr
    assert not (tmp_path / "out.csv").exists()


def test_the_library_names_an_empty_hint_column_too(tmp_path):
    # normalize_file(oblast_column="") read it as a hint column (paired) that gave no hints:
    # TypeError: resolve_one() takes from 5 to 6 positional arguments
    from gazetteer.errors import InputError

    src = tmp_path / "in.csv"
    src.write_text("id,place,\n1,Kharkiv,\n", encoding="utf-8")
    with pytest.raises(InputError, match="a column's name is empty"):
        batchio.normalize_file(
            str(src), str(tmp_path / "out.csv"), columns=["place"], oblast_column=""
        )
    assert not (tmp_path / "out.csv").exists()


def test_cluster_refuses_an_empty_column_name(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,place,\n1,Kharkiv,\n", encoding="utf-8")
    done = CliRunner().invoke(gazetteer, ["cluster", str(src), "--column", ""])
    assert done.exit_code == 2
    assert "Invalid value for '--column': empty: give a column's name" in done.stderr


def _zipped(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (_zipped(TABLE), "a ZIP archive, as an XLSX workbook is: name a workbook .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "an old Excel .xls workbook"),
        (gzip.compress(TABLE.encode()), "a gzip archive: decompress it first"),
    ],
    ids=["xlsx", "xls", "gzip"],
)
def test_a_workbook_or_archive_named_csv_is_named_for_what_it_is(tmp_path, content, said):
    # a download saved as export.csv that is really a workbook or an archive was "neither
    # UTF-8 nor Windows-1251 Cyrillic; pass --encoding", which no encoding could fix
    src = tmp_path / "export.csv"
    src.write_bytes(content)
    done = normalize(tmp_path, str(src), "--column", "place", "-o", str(tmp_path / "out.csv"))
    assert done.exit_code == 2
    assert done.stderr.startswith(f"gazetteer normalize: the input is not CSV text but {said}")
    assert not (tmp_path / "out.csv").exists()


ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def run(args: list[str], stdout: Any, stdin: bytes = b"", **kwargs: Any) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "gazetteer", *args],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=ENV,
        timeout=300,
        **kwargs,
    )
    return done.returncode, done.stderr.decode()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("args", "stdin"),
    [(["lookup", "Kharkiv"], b""), (["lookup", "-"], b"Kharkiv\nIzium\n"), (["oblasts"], b"")],
)
def test_a_full_disk_under_standard_output_is_one_line(args, stdin):
    # `gazetteer lookup - < names.txt > out.tsv` on a full disk ended in a traceback
    # (OSError: [Errno 28] No space left on device) from click.echo
    with open("/dev/full", "w") as full:
        code, said = run(args, full, stdin)
    assert code == 2
    assert said == f"gazetteer {args[0]}: cannot write its output: No space left on device\n"


@pytest.mark.parametrize("command", ["normalize", "cluster"])
def test_a_closed_standard_output_is_named(tmp_path, command):
    # `gazetteer normalize in.csv --column place >&-` (cron, a daemon) ended in a traceback:
    # AttributeError: 'NoneType' object has no attribute 'buffer'
    src = tmp_path / "in.csv"
    src.write_text(TABLE, encoding="utf-8")
    code, said = run([command, str(src), "--column", "place"], None, preexec_fn=lambda: os.close(1))
    assert code == 2
    assert said == f"gazetteer {command}: standard output is closed: give -o FILE\n"


def test_cluster_leaves_no_half_written_output(tmp_path, monkeypatch):
    # cluster -o wrote its file in place: a Ctrl-C (or a full disk) in the middle left the
    # rows written so far under the output's name, said "clusters.csv not written"
    from gazetteer import cli_cluster

    src, out = tmp_path / "in.csv", tmp_path / "clusters.csv"
    src.write_text("place\nЛисичанськ\nLysychansk\nИзюм\nIzium\n", encoding="utf-8")

    def cut_short(clusters, stream, delimiter=","):  # type: ignore[no-untyped-def]
        stream.write("cluster,value,count,suggested\n")
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_cluster, "write_table", cut_short)
    done = CliRunner().invoke(gazetteer, ["cluster", str(src), "--column", "place", "-o", str(out)])
    assert done.exit_code == 130
    assert done.stderr.strip() == f"gazetteer cluster: interrupted; {out} not written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize("bom", [b"\xef\xbb\xbf", b"\xff\xfe"], ids=["utf-8", "utf-16"])
def test_lookup_reads_a_bom_alone_as_no_names(bom):
    # an editor's empty text saved as UTF-8 with BOM made one empty, unmatched row
    done = CliRunner().invoke(gazetteer, ["lookup", "-"], input=bom)
    assert done.exit_code == 0
    assert done.stdout.splitlines() == [
        "query\tcode\tname\tname_uk\tcategory\toblast\tscore\tstatus\tmatch"
    ]


@pytest.mark.parametrize("name", ["out.csv.gz", "out.jsonl.zip", "OUT.TSV.XZ"])
def test_a_compressed_output_name_is_refused(tmp_path, name):
    # -o out.csv.gz wrote plain CSV under the name, which gunzip then refuses
    src = tmp_path / "in.csv"
    src.write_text(TABLE, encoding="utf-8")
    done = normalize(tmp_path, str(src), "--column", "place", "-o", str(tmp_path / name))
    assert done.exit_code == 2
    stem, ext = str(tmp_path / name).rsplit(".", 1)
    assert done.stderr.strip() == (
        f"gazetteer normalize: {tmp_path / name}: the output is not compressed, as .{ext.lower()} "
        f"says: name it {stem} and compress it after"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize("through", ["file", "stdin"])
def test_windows_1251_past_the_sample_names_the_encoding_to_pass(tmp_path, through):
    # the first 64 kB held no Cyrillic, so the file was taken for UTF-8; its first Cyrillic
    # line stopped the run with "pass --encoding", naming no encoding that would read it
    rows = ["id;place", *(f"{i};Kyiv" for i in range(12_000)), "12000;Харків"]
    data = "\r\n".join([*rows, ""]).encode("cp1251")
    src = tmp_path / "export.csv"
    src.write_bytes(data)
    args = [str(src)] if through == "file" else ["-"]
    done = CliRunner().invoke(
        gazetteer,
        ["normalize", *args, "--column", "place", "-o", str(tmp_path / "out.csv"), "--no-memo"],
        input=data if through == "stdin" else None,
    )
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        "gazetteer normalize: line 12002: the bytes are not valid utf-8 (invalid continuation "
        "byte); as Windows-1251 it reads '12000;Харків': pass --encoding cp1251"
    )
    again = CliRunner().invoke(
        gazetteer,
        ["normalize", str(src), "--column", "place", "--encoding", "cp1251", "-o", "-"],
    )
    assert again.stdout.splitlines()[-1].startswith("12000;Харків;UA63120270010096107;")


def test_lookup_lines_weigh_the_point_as_one_query_does():
    # lookup - dropped --near: Kamianka by Izium (49.15, 37.25) came out as Cherkasy
    # oblast's town Кам'янка (UA71080130010022318), the one query's answer the village there
    one = CliRunner().invoke(gazetteer, ["lookup", "Kamianka", "--near", "49.15,37.25"])
    lines = CliRunner().invoke(
        gazetteer, ["lookup", "-", "--near", "49.15,37.25"], input="Kamianka\n"
    )
    assert lines.exit_code == 0
    first = one.stdout.splitlines()[1].split()[0]
    assert first == "UA63040090080095309"  # Кам'янка of Iziumska hromada
    assert lines.stdout.splitlines()[1].split("\t")[1] == first


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--explain"], "--explain is for one QUERY's candidates, not '-'"),
        (["-n", "3"], "--limit is for one QUERY's candidates, not '-'"),
        (["--near", "abc"], "a point is 'latitude,longitude' in degrees, not 'abc'"),
    ],
)
def test_lookup_lines_refuse_what_they_would_leave_unsaid(args, said):
    done = CliRunner().invoke(gazetteer, ["lookup", "-", *args], input="Kyiv\n")
    assert done.exit_code == 2
    assert done.stdout == ""  # not even the header
    assert done.stderr.strip().endswith(f"Error: {said}")


@pytest.mark.parametrize(("name", "fmt"), [("out.xlsx", "csv"), ("out.parquet", "jsonl")])
def test_a_text_format_under_a_workbook_name_is_refused(tmp_path, name, fmt):
    # -o out.xlsx --format csv wrote CSV text into out.xlsx, which Excel will not open
    src = tmp_path / "in.csv"
    src.write_text(TABLE, encoding="utf-8")
    out = tmp_path / name
    done = normalize(tmp_path, str(src), "--column", "place", "-o", str(out), "--format", fmt)
    assert done.exit_code == 2
    ext = name.rsplit(".", 1)[1]
    assert done.stderr.strip() == (
        f"gazetteer normalize: {out}: --format {fmt} writes text, not the .{ext} its name "
        f"says: leave --format out, or name it .{fmt}"
    )
    assert not out.exists()


@pytest.mark.parametrize("name", ["clusters.xlsx", "clusters.jsonl", "clusters.csv.gz"])
def test_cluster_refuses_an_output_name_its_text_would_belie(tmp_path, name):
    # cluster -o clusters.xlsx wrote CSV text under the workbook's name
    src = tmp_path / "in.csv"
    src.write_text("place\nЛисичанськ\nLysychansk\n", encoding="utf-8")
    out = tmp_path / name
    done = CliRunner().invoke(gazetteer, ["cluster", str(src), "--column", "place", "-o", str(out)])
    assert done.exit_code == 2
    ext = name.rsplit(".", 1)[1]
    assert done.stderr.strip() == (
        f"gazetteer cluster: {out}: cluster writes CSV, TSV or text, not .{ext}: "
        "name it .csv or .tsv"
    )
    assert not out.exists()


@pytest.mark.parametrize("name", ["review.xlsx", "review.csv.gz"])
def test_a_report_under_a_workbook_or_archive_name_is_refused(tmp_path, name):
    # --report review.xlsx wrote the review list's CSV text under the workbook's name
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(TABLE, encoding="utf-8")
    report = tmp_path / name
    done = normalize(
        tmp_path, str(src), "--column", "place", "-o", str(out), "--report", str(report)
    )
    assert done.exit_code == 2
    ext = name.rsplit(".", 1)[1]
    assert done.stderr.strip() == (
        f"gazetteer normalize: {report}: the report is CSV, .jsonl or .json, not .{ext}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_title_above_the_header_is_pointed_at(tmp_path):
    # a sheet saved with its title and a blank row above the header said only "no column
    # 'place'; its columns are: 'Обстріли за січень 2024', '', ''"
    src = tmp_path / "in.csv"
    src.write_text("Обстріли за січень 2024,,\n,,\nid,place,region\n1,Kyiv,30\n", encoding="utf-8")
    done = normalize(tmp_path, str(src), "--column", "place", "--oblast-column", "region")
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        "gazetteer normalize: no column 'place' in the input (line 3 holds 'place', 'region': "
        "delete the lines above that header); its columns are: 'Обстріли за січень 2024', '', ''"
    )


def test_a_title_above_a_workbooks_header_is_pointed_at_by_its_row(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active["A1"] = "Обстріли за січень 2024"
    book.active.append([])
    book.active.append(["id", "place"])
    book.active.append([1, "Kyiv"])
    book.save(tmp_path / "in.xlsx")
    done = normalize(tmp_path, str(tmp_path / "in.xlsx"), "--column", "place")
    assert done.exit_code == 2
    assert "(row 3 holds 'place': delete the rows above that header)" in done.stderr
