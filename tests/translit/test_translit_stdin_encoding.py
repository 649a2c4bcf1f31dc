"""``translit < names.txt`` with a list saved as Windows-1251 or UTF-16, as Ukrainian offices
save them: read as written, not turned into replacement characters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import translit
import translit.textin

ROOT = Path(translit.__file__).resolve().parent.parent
NAMES = "Київ\nЛьвів\nКіровоград\nЗапоріжжя\n"


def run(data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "translit.cli", *args],
        input=data,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig", "utf-8"])
def test_a_list_in_any_usual_encoding_is_romanised(encoding: str) -> None:
    done = run(NAMES.encode(encoding))
    assert done.returncode == 0, done.stderr
    names = done.stdout.decode("utf-8").splitlines()
    assert names == ["Kyiv", "Lviv", "Kirovohrad", "Zaporizhzhia"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_read(encoding: str) -> None:
    # had come out with a NUL between every two letters (K\0y\0i\0v\0 is valid UTF-8)
    done = run((NAMES + "Kyiv, Chernihiv’s\n").encode(encoding))
    assert done.returncode == 0, done.stderr
    names = done.stdout.decode("utf-8").splitlines()
    assert names == ["Kyiv", "Lviv", "Kirovohrad", "Zaporizhzhia", "Kyiv, Chernihiv’s"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Київ\n".encode("utf-16-le"), "utf-16-le"),
        ("Kyiv".encode("utf-16-be"), "utf-16-be"),
        ("Київ\nKyiv\n".encode(), None),  # (no NUL: UTF-8)
        ("Київ\n".encode("cp1251"), None),
        ("東京\n".encode("utf-16-le"), None),  # (not Latin or Cyrillic: no sure guess)
        (b"Kyiv\0\0\0\0Lviv", None),  # (NULs on both sides: no text)
        # emoji are surrogate pairs (D83D DE00: a NUL on the low side too) and dingbats with
        # a variation selector: they had made the text undetected, read as UTF-8 garbage
        ("Київ 😀\n".encode("utf-16-le"), "utf-16-le"),
        ("Kyiv ❤️ 🇺🇦\nLviv\n".encode("utf-16-be"), "utf-16-be"),
        ("Kyiv 😀".encode("utf-16-le")[:-1], "utf-16-le"),  # (the sample cuts the pair)
        ("Kyiv".encode("utf-16-le") + b"\x00\xdc", None),  # (a lone low surrogate)
    ],
)
def test_what_is_read_as_utf16_without_a_byte_order_mark(data: bytes, expected: str | None) -> None:
    assert translit.textin.utf16_without_bom(data) == expected


def test_one_windows_1251_name_is_read_too() -> None:
    done = run("Київ\n".encode("cp1251"), "key")
    assert done.stdout.decode("utf-8").splitlines() == [translit.match_key("Київ")]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # short Windows-1251 names: too few bytes for three broken sequences, and Рі is
        # valid UTF-8 (г), which had counted as readable Cyrillic
        ("Рів\n".encode("cp1251"), "cp1251"),
        ("Бар".encode("cp1251"), "cp1251"),
        ("Яр\n".encode("cp1251"), "cp1251"),
        # UTF-8 with one stray byte stays UTF-8, Cyrillic or Latin with marks
        ("Київ\nХарків\n".encode() + b"\xff\n", "utf-8"),
        ("Kyïv, Lwów\n".encode() + b"\xff\n", "utf-8"),
        # plain ASCII, and a sample cut inside a character (a stream's first read)
        (b"Kyiv\nLviv\n", "utf-8"),
        ("Київ Харків Львів".encode()[:-1], "utf-8"),
    ],
)
def test_the_encoding_guess(data: bytes, expected: str) -> None:
    assert translit.textin.encoding_of(data) == expected


def test_a_short_windows_1251_name_is_read() -> None:
    done = run("Рів\n".encode("cp1251"))
    assert done.stdout.decode("utf-8").splitlines() == ["Riv"]


def test_ascii_passes_unchanged() -> None:
    done = run(b"Kyiv\nKharkiv Oblast\n")
    assert done.stdout.decode("utf-8").splitlines() == ["Kyiv", "Kharkiv Oblast"]


def test_utf16_without_its_byte_order_mark_with_emoji_is_read() -> None:
    done = run("Kyiv 🇺🇦\nLviv ❤️\n".encode("utf-16-le"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").splitlines() == ["Kyiv 🇺🇦", "Lviv ❤️"]
