"""The command line's rough edges: an output onto its own input, a reader that leaves the
pipe early, an empty hint. Each is one clear line (or click's usage error), never a
traceback, never lost data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
COMMAND = [sys.executable, "-m", "gazetteer"]
TABLE = "place\nKharkiv\nIzium\n"


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*COMMAND, *args], input=stdin, capture_output=True, cwd=cwd, env=ENV, timeout=300
    )


@pytest.mark.parametrize("through", ["same", "dots", "symlink", "hardlink"])
def test_the_output_may_not_be_the_input_by_any_path(tmp_path, through):
    src = tmp_path / "in.csv"
    src.write_text(TABLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    out = {"same": "in.csv", "dots": "sub/../in.csv", "symlink": "link.csv", "hardlink": "hard.csv"}
    if through == "symlink":
        (tmp_path / "link.csv").symlink_to(src)
    if through == "hardlink":
        os.link(src, tmp_path / "hard.csv")
    done = run("normalize", "in.csv", "-o", out[through], "--column", "place", cwd=tmp_path)
    assert done.returncode == 2
    message = f"gazetteer normalize: the output {out[through]} is the input file: give another name"
    assert done.stderr.decode().strip() == message
    assert src.read_text(encoding="utf-8") == TABLE  # untouched


def test_the_input_through_a_link_may_not_be_the_output_either(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(TABLE, encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(src)
    done = run("normalize", "link.csv", "-o", "in.csv", "--column", "place", cwd=tmp_path)
    assert done.returncode == 2 and b"is the input file" in done.stderr
    assert src.read_text(encoding="utf-8") == TABLE


def run_into_a_closed_pipe(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """``gazetteer ARGS | head -c0``, made certain: the pipe's reader is gone before the
    command writes anything, so its first write or flush meets EPIPE."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [*COMMAND, *args], input=stdin, stdout=write, stderr=subprocess.PIPE, env=ENV
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["lookup", "Kharkiv"], b""),
        (["lookup", "Kharkiv", "--json"], b""),
        (["lookup", "-"], b"Kharkiv\nIzium\n"),
        (["normalize", "-", "--column", "place"], TABLE.encode()),
        (["extract", "Бої тривають у Бахмуті та біля Часового Яру"], b""),
        (["info", "UA63040090010029555"], b""),  # Izium
        (["oblasts"], b""),
    ],
)
def test_every_command_ends_alike_when_its_reader_leaves(args, stdin):
    done = run_into_a_closed_pipe(*args, stdin=stdin)
    assert done.returncode == 141  # 128 + SIGPIPE, as the shell reports a writer so ended
    assert done.stderr == b""  # quietly: no traceback, no summary, no "Exception ignored"


def test_normalize_into_a_closed_pipe_from_a_file_too(tmp_path):
    # a regular file is read twice (the pre-scan) and may fork a writer of its second half
    src = tmp_path / "in.csv"
    src.write_text("place\n" + "Kharkiv\nIzium\nЛюбимівка\n" * 3000, encoding="utf-8")
    done = run_into_a_closed_pipe("normalize", str(src), "--column", "place", "--jobs", "2")
    assert (done.returncode, done.stderr) == (141, b"")


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "Kharkiv"],
        ["lookup", "-"],
        ["extract", "Бої тривають у Бахмуті"],
        ["normalize", "-", "--column", "place"],
    ],
)
@pytest.mark.parametrize("hint", ["", "   "])
def test_an_empty_oblast_hint_is_an_error_naming_the_option(args, hint):
    done = run(*args, "--oblast", hint, stdin=TABLE.encode())
    err = done.stderr.decode()
    assert done.returncode == 2
    assert "Error: Invalid value for '--oblast'" in err and "empty" in err, err
    assert "Traceback" not in err and done.stdout == b""


def test_a_hint_with_spaces_around_it_is_still_read():
    done = run("lookup", "Kamianka", "--oblast", " UA-63 ")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[1].split()[4] == "UA-63"


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig"])
def test_extract_reads_a_file_in_any_encoding_normalize_reads(tmp_path, encoding):
    # (it read UTF-8 only: a Windows-1251 report stopped with "not UTF-8 text")
    from click.testing import CliRunner

    from gazetteer.cli import main

    path = tmp_path / "report.txt"
    path.write_bytes("Бої тривають у Бахмуті та біля Часового Яру".encode(encoding))
    done = CliRunner().invoke(main, ["extract", "--json", "-f", str(path)])
    assert done.exit_code == 0, done.output
    codes = [m["code"] for m in json.loads(done.output)]
    assert codes == ["UA14020010010059145", "UA14020130010015598"]  # Бахмут, Часів Яр


def test_extract_asks_for_utf8_when_it_cannot_tell_the_encoding(tmp_path):
    from click.testing import CliRunner

    from gazetteer.cli import main

    path = tmp_path / "notes.txt"
    path.write_bytes("Köln Straße café".encode("latin-1"))  # no Windows-1251 Cyrillic
    done = CliRunner().invoke(main, ["extract", "-f", str(path)])
    assert done.exit_code == 2
    assert "cannot tell the encoding" in done.output and "save the text as UTF-8" in done.output
