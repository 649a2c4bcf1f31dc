"""``translit < names.txt`` with a list saved as Windows-1251 or UTF-16, as Ukrainian offices
save them: read as written, not turned into replacement characters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import translit

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


def test_one_windows_1251_name_is_read_too() -> None:
    done = run("Київ\n".encode("cp1251"), "key")
    assert done.stdout.decode("utf-8").splitlines() == [translit.match_key("Київ")]
