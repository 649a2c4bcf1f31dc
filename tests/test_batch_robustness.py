"""The batch I/O layer where files are odd: long fields, odd encodings, odd outputs, full
disks, clashing paths, repeated options, and processes that are stopped."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from gazetteer import writers
from gazetteer.batchio import normalize_file
from gazetteer.cli_normalize import normalize
from gazetteer.csvio import InputError
from gazetteer.errors import GazetteerError, OutputError
from gazetteer.model import Entry, Match, Resolution
from gazetteer.workers import WorkerPool

KYIV = Entry("UA80000000000093317", "Kyiv", "Київ", "K", "UA-30")


class Fake:
    """Knows Kyiv; everything else is unmatched."""

    def resolve(self, value, *, oblast=None, min_score=None, sources=None):
        if value.strip().lower() != "kyiv":
            return Resolution(value, "unmatched", None, ())
        m = Match(KYIV, 100.0, "exact", "Kyiv")
        return Resolution(value, "matched", m, (m,))

    def resolve_many(self, values, *, oblast=None, sources=None):
        return [self.resolve(v, oblast=oblast) for v in values]


def run(src, out, **options):
    options.setdefault("gazetteer", Fake())
    options.setdefault("jobs", 1)
    return normalize_file(str(src), str(out), columns=["place"], **options)


def write(path, text: str | bytes):
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


# --- B1: a report that would overwrite the input or the output ----------------------------


@pytest.mark.parametrize("clash", ["input", "output", "output through a link"])
def test_a_report_on_the_input_or_the_output_is_refused_up_front(tmp_path, clash):
    src = write(tmp_path / "in.csv", "id,place\n1,Kyiv\n2,Ivanivka\n")
    out = write(tmp_path / "out.csv", "old output\n")
    report = {"input": src, "output": out}.get(clash)
    if report is None:
        report = tmp_path / "link.csv"
        report.symlink_to(out)
    with pytest.raises(OutputError, match=f"the report {report} is the {clash.split()[0]} file"):
        run(src, out, report=str(report))
    assert src.read_text() == "id,place\n1,Kyiv\n2,Ivanivka\n"
    assert out.read_text() == "old output\n"


def test_a_report_not_yet_written_that_names_the_output_is_refused(tmp_path):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    out = tmp_path / "r.csv"
    with pytest.raises(OutputError, match="is the output file"):
        run(src, out, report=str(tmp_path / "." / "r.csv"))
    assert sorted(os.listdir(tmp_path)) == ["in.csv"]


def test_a_report_on_standard_output(tmp_path, capfd):
    src = write(tmp_path / "in.csv", "place\nKyiv\nZzz\n")
    run(src, tmp_path / "out.csv", report="-")
    assert not (tmp_path / "-").exists()
    printed = capfd.readouterr().out
    assert printed.splitlines()[0].startswith("column,value,hint,status")
    assert "place,Zzz,,unmatched,1" in printed
    assert (tmp_path / "out.csv").read_text().startswith("place,place_code")


def test_a_report_on_standard_output_beside_the_output_there_is_refused(tmp_path):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    with pytest.raises(OutputError, match="--report - needs -o FILE"):
        run(src, "-", report="-")


# --- B2: what the atomic writer may replace ------------------------------------------------


def test_a_named_pipe_is_written_to_not_replaced(tmp_path):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run(src, fifo)
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and got[0].decode().splitlines()[1].startswith("Kyiv,UA80000000000093317")
    assert sorted(os.listdir(tmp_path)) == ["in.csv", "out.csv"]  # no temporary left


@pytest.mark.parametrize("what", ["output", "report"])
def test_a_link_stays_a_link_and_its_target_keeps_its_mode(tmp_path, what):
    src = write(tmp_path / "in.csv", "place\nKyiv\nZzz\n")
    target = write(tmp_path / "target.csv", "old\n")
    target.chmod(0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(target.name)
    if what == "output":
        run(src, link)
    else:
        run(src, tmp_path / "out.csv", report=str(link))
    assert link.is_symlink() and os.readlink(link) == target.name
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    first = target.read_text().splitlines()[0]
    assert first.startswith("place,place_code" if what == "output" else "column,value")


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    out = write(tmp_path / "out.csv", "old\n")
    out.chmod(0o640)
    run(src, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text().startswith("place,place_code")


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    umask = os.umask(0o022)
    try:
        run(src, tmp_path / "out.csv")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o644


# --- B3, B4: fields past the csv module's default limit ------------------------------------


LONG = 'place,note\nKyiv,"' + "a" * 140_000 + '"\nZzz,b\n'


def test_a_quoted_field_longer_than_128_kib_is_read(tmp_path):
    src = write(tmp_path / "q.csv", LONG)
    out = tmp_path / "out.csv"
    run(src, out)
    rows = out.read_text().splitlines()
    assert len(rows) == 3 and len(rows[1]) > 140_000 and rows[2].startswith("Zzz,b,")


def test_a_long_quoted_field_on_standard_input(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LONG.encode())))
    out = tmp_path / "out.csv"
    normalize_file("-", str(out), columns=["place"], gazetteer=Fake(), jobs=1)
    assert len(out.read_text().splitlines()) == 3


UNCLOSED = 'place\n"Kyiv,1\n' + "Kharkiv\n" * 20_000


def test_a_quote_left_open_far_from_the_end_names_its_line(tmp_path):
    src = write(tmp_path / "uq.csv", UNCLOSED)
    with pytest.raises(InputError, match=r"^line 2: unclosed quote at end of file$"):
        run(src, tmp_path / "x.csv")
    assert sorted(os.listdir(tmp_path)) == ["uq.csv"]


def test_a_quote_left_open_far_from_the_end_is_kept_as_an_error(tmp_path):
    src = write(tmp_path / "uq.csv", UNCLOSED)
    summary = run(src, tmp_path / "x.csv", on_error="keep")  # only that line is lost
    assert summary.rows == 20_001 and summary.status["place"]["error"] == 1
    assert summary.status["place"]["unmatched"] == 20_000  # (Fake knows only Kyiv)


# --- B5: JSON Lines keeps a malformed row's extra fields -----------------------------------


def test_jsonl_keeps_the_extra_fields_of_a_kept_row(tmp_path):
    src = write(tmp_path / "l.csv", "place,x\nKyiv,1,extra,more\nKyiv,2\n")
    out = tmp_path / "out.jsonl"
    run(src, out, on_error="keep")
    bad, good = (json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())
    assert bad["place_status"] == "error" and bad["_extra"] == ["extra", "more"]
    assert list(bad)[:2] == ["place", "x"] and list(bad)[-1] == "_extra"
    assert "_extra" not in good and good["place_status"] == "matched"


# --- B6, B10: encodings ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "UTF16", "utf-32"])
def test_a_byte_order_codec_without_a_mark_says_which_to_use(tmp_path, encoding):
    src = write(tmp_path / "u.csv", "place\nKyiv\n".encode("utf-16-le"))
    name = "utf-32" if "32" in encoding else "utf-16"
    with pytest.raises(InputError, match=f"use --encoding {name}-le or {name}-be$"):
        run(src, tmp_path / "out.csv", encoding=encoding)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lines", ["short", "long"])
def test_cyrillic_utf16_without_its_mark_is_refused_not_garbled(tmp_path, codec, lines):
    # long Cyrillic lines hold few NULs (a comma's, a newline's): their bytes had been
    # read as UTF-8 control characters, and no column 'place' was found (or worse)
    if lines == "long":
        rows = ["Білгород-Дністровський,Одеська", "Олександрівка,Дніпропетровська"]
    else:
        rows = ["Рів,", "Бар,"]
    text = "місце,область\n" + "".join(f"{r}\n" for r in rows)
    src, out = write(tmp_path / "u.csv", text.encode(codec)), str(tmp_path / "out.csv")
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        normalize_file(str(src), out, columns=["місце"], gazetteer=Fake(), jobs=1)
    normalize_file(str(src), out, columns=["місце"], gazetteer=Fake(), jobs=1, encoding=codec)
    assert (tmp_path / "out.csv").read_text().splitlines()[1].startswith(rows[0])  # (told)


def test_utf16_with_its_mark_is_still_read(tmp_path):
    src = write(tmp_path / "u.csv", "place\nKyiv\n".encode("utf-16"))
    run(src, tmp_path / "out.csv", encoding="utf-16")
    assert (tmp_path / "out.csv").read_text().splitlines()[1].startswith("Kyiv,UA8")


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"])
def test_a_bad_byte_far_into_the_file_names_its_own_line(tmp_path, eol):
    body = b"place" + eol + (b"Kyiv" + eol) * 200_000 + "Одеса".encode("cp1251") + eol
    src = write(tmp_path / "e.csv", body)
    with pytest.raises(InputError, match=r"^line 200002: the bytes are not valid utf-8"):
        run(src, tmp_path / "out.csv", encoding="utf-8")


def test_a_named_pipe_is_read_once_as_standard_input_is(tmp_path):
    # normalize <(zcat places.csv.gz): a pipe cannot seek back to its start; it had crashed
    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)
    feeder = threading.Thread(target=lambda: fifo.write_bytes(b"place\nKyiv\nLviv\n"), daemon=True)
    feeder.start()
    run(str(fifo), tmp_path / "out.csv")
    feeder.join(timeout=30)
    rows = (tmp_path / "out.csv").read_text().splitlines()
    assert [r.split(",")[0] for r in rows] == ["place", "Kyiv", "Lviv"]


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_a_bad_byte_in_a_pipe_names_its_own_line_as_in_a_file(tmp_path, eol):
    # a pipe cannot be read again to find the byte's line: it had said only "the lines from
    # N", N the first line of the block of a million bytes that held it
    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)
    body = b"place" + eol + (b"Kyiv" + eol) * 200_000 + "Одеса".encode("cp1251") + eol
    feeder = threading.Thread(target=lambda: fifo.write_bytes(body), daemon=True)
    feeder.start()
    with pytest.raises(InputError, match=r"^line 200002: the bytes are not valid utf-8"):
        run(str(fifo), tmp_path / "out.csv", encoding="utf-8")
    feeder.join(timeout=30)


# --- B7: a full disk ------------------------------------------------------------------------


def _full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_full_disk_is_one_line_and_keeps_the_old_output(tmp_path, monkeypatch, fmt):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    out = write(tmp_path / f"out.{fmt}", "old\n")
    sink = writers.JsonlSink if fmt == "jsonl" else writers.CsvSink
    monkeypatch.setattr(sink, "write_text", _full, raising=False)
    monkeypatch.setattr(sink, "write_bytes", _full, raising=False)  # (a plain block's lines)
    monkeypatch.setattr(sink, "write_rows", _full)
    with pytest.raises(OutputError, match=f"^cannot write {out}: No space left on device$"):
        run(src, out)
    assert out.read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["in.csv", f"out.{fmt}"]


def test_a_full_disk_under_the_report_is_one_line(tmp_path, monkeypatch):
    src = write(tmp_path / "in.csv", "place\nZzz\n")
    report = tmp_path / "report.csv"
    monkeypatch.setattr(writers, "_write_records", _full)
    with pytest.raises(OutputError, match=f"^cannot write {report}: No space left on device$"):
        run(src, tmp_path / "out.csv", report=str(report))
    assert not report.exists() and not [p for p in os.listdir(tmp_path) if ".part" in p]


def test_the_command_says_a_full_disk_in_one_line(tmp_path, monkeypatch):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    monkeypatch.setattr(writers.CsvSink, "write_text", _full)
    monkeypatch.setattr(writers.CsvSink, "write_bytes", _full)
    monkeypatch.setattr(writers.CsvSink, "write_rows", _full)
    out = tmp_path / "out.csv"
    done = CliRunner().invoke(normalize, [str(src), "-o", str(out), "--column", "place"])
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [
        f"gazetteer normalize: cannot write {out}: No space left on device"
    ]


# --- B8: stopping the workers while futures are cancelled ----------------------------------


class Slow:
    def resolve(self, value, *, oblast=None, min_score=None, sources=None):
        time.sleep(0.02)
        return Resolution(value, "unmatched", None, ())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers")
def test_ending_the_workers_with_cancelled_futures_is_quiet(monkeypatch):
    seen = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_type))
    for _ in range(4):  # (a race: the workers must die with cancelled futures still queued)
        pool = WorkerPool(3, Slow(), False)
        assert pool.start()
        ticket = pool.submit([(f"v{i}", None) for i in range(1000)], None, None)
        time.sleep(0.2)
        for future in ticket.futures[-10:]:
            future.cancel()  # as collect() does, from the back
        pool.close(abort=True)
    assert seen == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers")
def test_a_worker_resolves_without_the_cyclic_collector():
    # (a full collection would walk the whole inherited gazetteer: see workers._init_worker)
    import gc

    assert gc.isenabled()  # this process's: the workers must not inherit it
    pool = WorkerPool(2, Slow(), False)
    assert pool.start()
    try:
        assert pool._executor.submit(gc.isenabled).result(timeout=60) is False
    finally:
        pool.close()


# --- N1, N2, N3: options refused before any output ------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-score", "nan"], "--min-score must be a number from 0 to 100, not nan"),
        (["--column", "place"], "--column 'place' is given more than once"),
        (
            ["--sources", "nonsense"],
            "unknown name source 'nonsense'; choose from official, russian, former, exonyms",
        ),
        (["--sources", ""], "at least one name source is needed"),
        (["--sources", " , "], "at least one name source is needed"),
    ],
)
def test_bad_options_are_refused_before_any_output(args, message):
    # standard input streams: its header would be out before the first value is resolved
    done = CliRunner().invoke(normalize, ["-", "--column", "place", *args], input="place\nKyiv\n")
    assert done.exit_code == 2, done.output
    assert done.output.strip().splitlines() == [f"gazetteer normalize: {message}"]


def test_repeated_columns_are_refused_by_the_library_too(tmp_path):
    src = write(tmp_path / "in.csv", "place\nKyiv\n")
    with pytest.raises(GazetteerError, match="given more than once"):
        normalize_file(str(src), str(tmp_path / "o.csv"), columns=["place", "place"])
