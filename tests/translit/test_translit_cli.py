"""The `translit` command, run through its real entry point in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import translit

ROOT = Path(translit.__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "translit.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_default_standard() -> None:
    result = run("Любимівка")
    assert (result.returncode, result.stdout, result.stderr) == (0, "Liubymivka\n", "")


def test_named_standard() -> None:
    assert run("--standard", "bgn", "Любимівка").stdout == "Lyubymivka\n"
    assert run("-s", "scholarly", "Київ").stdout == "Kyjiv\n"


def test_one_line_per_text() -> None:
    assert run("Київ", "Біла Церква", "Ужгород").stdout == "Kyiv\nBila Tserkva\nUzhhorod\n"


def test_stdin_one_line_per_line() -> None:
    result = run("-s", "bgn", stdin="Київ\n\nЗапоріжжя\nLviv\n")
    assert result.stdout == "Kyyiv\n\nZaporizhzhya\nLviv\n"


def test_stdin_streams_line_by_line() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, "-m", "translit.cli"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("Київ\n")
        proc.stdin.flush()
        # The answer comes before the input ends: the command does not wait for EOF.
        assert proc.stdout.readline() == "Kyiv\n"
        proc.stdin.write("Гоща\n")
        proc.stdin.flush()
        assert proc.stdout.readline() == "Hoshcha\n"
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0


def test_unknown_standard_is_one_line_and_exit_2() -> None:
    result = run("--standard", "klingon", "Київ")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'klingon'" in lines[0] and "kmu2010" in lines[0] and "be-national" in lines[0]


def test_all_table() -> None:
    result = run("--all", "Любимівка", "Київ")
    assert result.returncode == 0
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0] == ["standard", "Любимівка", "Київ"]
    table = {row[0]: row[1:] for row in rows[1:]}
    assert table["kmu2010"] == ["Liubymivka", "Kyiv"]
    assert table["bgn"] == ["Lyubymivka", "Kyyiv"]
    assert table["alalc"] == ["Li͡ubymivka", "Kyïv"]
    assert set(table) == set(translit.standards())


def test_standards_command() -> None:
    result = run("standards")
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == list(translit.standards())


def test_double_dash_transliterates_the_word() -> None:
    assert run("--", "standards").stdout == "standards\n"
    assert run("--", "key").stdout == "key\n"


def test_detect_command() -> None:
    result = run("detect", "Біляївка", "Щёлково", "Kyiv")
    assert result.stdout == "Cyrillic\tuk\nCyrillic\tru\nLatin\t-\n"


def test_key_command() -> None:
    result = run("key", "Любимівка", "Lyubymivka", "Ljubymiwka")
    assert result.returncode == 0
    keys = result.stdout.splitlines()
    assert len(keys) == 3
    assert keys == [translit.match_key("Любимівка")] * 3


def test_key_reads_stdin() -> None:
    result = run("key", stdin="Київ\nKyiv\n")
    assert result.stdout.splitlines() == [translit.match_key("Kyiv")] * 2


@pytest.mark.parametrize("text", ["", "   ", "\u200b", "😀", "a\x07b", "Kиїв"])
def test_odd_input_has_no_traceback(text: str) -> None:
    result = run(text)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr


def test_control_characters_and_bad_bytes_on_stdin() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "translit.cli"],
        input=b"a\x00\xd0\xb1\n\xff\xfe\n",
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    assert result.stdout.splitlines()[0] == b"a\x00b"
    assert len(result.stdout.splitlines()) == 2


def test_all_without_text_is_usage_error() -> None:
    result = run("--all")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args", [["Харків"], ["key", "Харків"], ["detect", "Харків"], ["--all", "Харків"], []]
)
def test_a_closed_pipe_ends_it_quietly_with_141(args: list[str]) -> None:
    # `translit ... | head -c0`, made certain: the reader is gone before anything is written
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "translit.cli", *args],
            input=b"\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2\n",  # Київ, for the command reading lines
            stdout=write,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, b"")


def test_both_commands_share_one_closed_pipe_rule() -> None:
    # translit's CLI and gazetteer's group end through the same helper, written once
    from translit import cli as translit_cli
    from translit.closedpipe import ends_quietly_on_closed_pipe

    gazetteer_cli = pytest.importorskip("gazetteer.cli")
    assert translit_cli.ends_quietly_on_closed_pipe is ends_quietly_on_closed_pipe
    assert gazetteer_cli.ends_quietly_on_closed_pipe is ends_quietly_on_closed_pipe


def test_the_closed_pipe_rule_turns_only_a_closed_pipe_into_141(monkeypatch) -> None:
    import io

    from translit.closedpipe import BROKEN_PIPE, ends_quietly_on_closed_pipe

    monkeypatch.setattr(sys, "stdout", io.StringIO())  # no descriptor: left as it is
    with pytest.raises(SystemExit) as ended, ends_quietly_on_closed_pipe():
        raise BrokenPipeError
    assert ended.value.code == BROKEN_PIPE == 141
    with pytest.raises(OSError, match="disk full"), ends_quietly_on_closed_pipe():
        raise OSError("disk full")  # any other error is the caller's
