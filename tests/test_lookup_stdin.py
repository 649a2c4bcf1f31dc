"""``gazetteer lookup -`` decodes its standard input as ``normalize`` decodes a file: a
Windows-1251 list, a UTF-16 one with its byte-order mark and a UTF-8 one with a BOM are read
as written (they had come out as U+FFFD and mis-split garbage, every name unmatched), and a
line that does not decode stops with its number."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.test_cli_normalize import ENV

KHARKIV, LVIV = "UA63120270010096107", "UA46060250010015970"  # data/katottg.tsv


def lookup(stdin: bytes) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "gazetteer", "lookup", "-"]
    return subprocess.run(cmd, input=stdin, capture_output=True, env=ENV, timeout=300)


@pytest.mark.parametrize(
    "data",
    [
        "Харків\nЛьвів\n".encode("cp1251"),
        "Харків\r\nЛьвів\r\n".encode("utf-16"),  # (with its BOM)
        "\ufeffХарків\r\nЛьвів".encode(),
    ],
    ids=["cp1251", "utf-16", "utf-8-bom"],
)
def test_a_list_reads_as_normalize_reads_it(data: bytes):
    done = lookup(data)
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.decode().splitlines()[1:]]
    assert [(r[0], r[1], r[7]) for r in rows] == [
        ("Харків", KHARKIV, "matched"),
        ("Львів", LVIV, "matched"),
    ]


def test_mojibake_lines_are_read_back():
    done = lookup("Ð¥Ð°Ñ€ÐºÑ–Ð²\nËüâ³â\n".encode())
    rows = [line.split("\t") for line in done.stdout.decode().splitlines()[1:]]
    assert [(r[1], r[8]) for r in rows] == [
        (KHARKIV, "exact (mojibake: UTF-8 read as Windows-1252)"),
        (LVIV, "exact (mojibake: Windows-1251 read as Latin-1)"),
    ]


def test_a_line_that_does_not_decode_is_named():
    done = lookup(b"Kharkiv\n" * 3000 + b"Izium\n" + "Харків\n".encode("cp1251"))
    assert done.returncode == 2
    assert b"standard input, line 3002: the bytes are not valid utf-8" in done.stderr
    assert b"Usage:" not in done.stderr  # (the input's fault: no usage text for the options)
    assert done.stdout.decode().count("\tmatched\t") == 3001  # (the lines before it answered)


@pytest.mark.parametrize("text", ["Kharkiv\nLviv\n", "Київ 😀\nЛьвів\n", "Kyiv ❤️\nLviv\n"])
def test_utf16_without_a_bom_is_refused_not_answered(text: str):
    # read as UTF-8 it had been names with a NUL between letters: K h a r k i v, fuzzy;
    # with an emoji (a surrogate pair) it was still so read, every line unmatched, exit 0
    done = lookup(text.encode("utf-16-le"))
    assert done.returncode == 2
    assert b"cannot tell the encoding" in done.stderr
    assert done.stdout == b""  # (no answer, nor a header of a table it then refuses)


def test_an_empty_list_is_the_header_alone():
    done = lookup(b"")
    assert done.returncode == 0
    assert done.stdout.decode().splitlines() == [
        "query\tcode\tname\tname_uk\tcategory\toblast\tscore\tstatus\tmatch"
    ]


def test_an_unknown_source_is_refused_before_any_line_is_read() -> None:
    # (an empty input used to end with exit 0: the option was checked only for a line)
    from click.testing import CliRunner

    from gazetteer.cli import main

    done = CliRunner().invoke(main, ["lookup", "-", "--sources", "bogus"], input="")
    assert done.exit_code == 2
    assert "unknown name source 'bogus'" in done.output
