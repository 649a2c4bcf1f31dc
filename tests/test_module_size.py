"""The modules keep to the project's ~400-line guide: rank.py and gazetteer.py, split along
their seams (the tie rules into ties.py, the reading of hints into hints.py), stay under it,
and so does every other module (query.py, the last over it, gave its letters to
letterforms.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The most lines any module holds.
CEILING = 400


def _lines(path: Path) -> int:
    return len(path.read_text("utf-8").splitlines())


@pytest.mark.parametrize("module", ["gazetteer/rank.py", "gazetteer/gazetteer.py"])
def test_a_split_module_stays_under_the_guide(module: str) -> None:
    assert _lines(ROOT / module) < 400


def test_no_module_grows_past_the_ceiling() -> None:
    modules = [p for package in ("gazetteer", "translit") for p in (ROOT / package).glob("*.py")]
    assert {p.name: _lines(p) for p in modules if _lines(p) > CEILING} == {}
