"""Bad input on the command lines: a clear message and exit code 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from gazetteer.letterforms import plain_latin
from translit.keys import match_key

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def run(*args: str, closed_stdin: bool = False) -> subprocess.CompletedProcess:
    """``python ARGS`` with descriptor 0 closed (``<&-``) or empty."""
    return subprocess.run(
        [sys.executable, *args],
        stdin=subprocess.DEVNULL,
        preexec_fn=(lambda: os.close(0)) if closed_stdin else None,
        capture_output=True,
        env=ENV,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-m", "gazetteer", "lookup", "-"], b"standard input"),
        (["-m", "gazetteer", "extract"], b"standard input"),
        (["-m", "gazetteer", "normalize", "-", "--column", "name"], b"standard input is closed"),
        (["-m", "translit"], b"standard input"),
    ],
)
def test_a_closed_standard_input_is_an_error_not_a_traceback(args, message):
    done = run(*args, closed_stdin=True)
    assert b"Traceback" not in done.stderr
    assert done.returncode == 2
    assert message in done.stderr


def test_python_dash_m_translit_runs_the_command():
    done = run("-m", "translit", "Київ")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "Kyiv"


def test_an_empty_delimiter_is_refused_not_taken_as_sniff(tmp_path):
    table = tmp_path / "in.csv"
    table.write_text("name\nKharkiv\n", encoding="utf-8")
    done = run("-m", "gazetteer", "normalize", str(table), "--column", "name", "--delimiter", "")
    assert done.returncode == 2
    assert b"bad delimiter ''" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_lone_surrogate_in_a_query_goes_without_a_warning():
    # An undecodable byte in an argument arrives as a lone surrogate (PEP 383); unidecode
    # would drop it but print a RuntimeWarning to stderr.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert plain_latin("Khar\udcffkiv") == "kharkiv"
        assert match_key("ⴰ\udcff") == match_key("ⴰ")


def test_a_lone_surrogate_on_the_command_line_answers_quietly():
    done = run("-m", "translit", "key", "Київ\udcff")
    assert done.returncode == 0
    assert done.stderr == b""
    assert done.stdout.decode().strip() == match_key("Київ")


def test_lookup_refuses_a_min_score_of_nan():
    # click's FloatRange lets nan through; every score compares false with it.
    done = run("-m", "gazetteer", "lookup", "Izium", "--min-score", "nan")
    assert done.returncode == 2
    assert b"--min-score" in done.stderr and b"nan" in done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["Київ"], ["--all", "Київ"], ["key", "Київ"]])
def test_translit_on_a_full_disk_says_so_in_one_line(args):
    # `translit Kyiv > /dev/full` ended in a traceback (OSError: [Errno 28])
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "translit", *args],
            stdin=subprocess.DEVNULL, stdout=full, stderr=subprocess.PIPE, env=ENV, timeout=300,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.decode() == "translit: cannot write its output: No space left on device\n"
