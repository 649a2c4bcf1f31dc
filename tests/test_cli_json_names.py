"""``gazetteer normalize`` and a JSON file's name: the output and the input it cannot be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
COMMAND = [sys.executable, "-c", "from gazetteer.cli import main; main()", "normalize"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], capture_output=True, env=ENV, timeout=300, text=True)


@pytest.fixture
def places(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("place\nKharkov\n", encoding="utf-8")
    return path


def test_a_json_output_is_refused_not_written_as_csv(places: Path) -> None:
    out = places.with_name("out.json")
    done = run(str(places), "--column", "place", "-o", str(out))
    assert done.returncode == 2
    assert "JSON Lines" in done.stderr and ".jsonl" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(("name", "fmt"), [("out.ndjson", ()), ("out.json", ("--format", "jsonl"))])
def test_json_lines_under_another_name(places: Path, name: str, fmt: tuple[str, ...]) -> None:
    out = places.with_name(name)
    done = run(str(places), "--column", "place", "-o", str(out), *fmt)
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["place_code"] == "UA63120270010096107"  # Харків


@pytest.mark.parametrize("name", ["in.jsonl", "in.ndjson", "in.json"])
def test_a_json_input_is_refused_by_name_not_read_as_csv(tmp_path: Path, name: str) -> None:
    path = tmp_path / name  # (as normalize -o in.jsonl wrote it)
    path.write_text('{"place": "Kharkov", "region": ""}\n', encoding="utf-8")
    done = run(str(path), "--column", "place", "-o", str(tmp_path / "out.csv"))
    assert done.returncode == 2
    assert "JSON" in done.stderr and "CSV" in done.stderr
    assert '{"place"' not in done.stderr  # (not its columns read as CSV's)
