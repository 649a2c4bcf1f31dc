"""Columns that say where each row's place lies below its oblast: its raion, its hromada.

Lists of places often give the raion and the hromada in columns of their own. A row's cells
are read beside its name, as a lookup reads text after a comma (:mod:`gazetteer.beside`):
``Ivanivka`` with ``Beryslavskyi`` and ``Myrnivska`` is looked up as ``Ivanivka, Beryslavskyi
raion, Myrnivska hromada``, and candidates outside the units named lose
:data:`~gazetteer.rank.RAION_COST`. A cell that already names its level (``Бериславський
район``) is taken as written; a blank cell adds nothing, and a blank name stays blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .beside import HROMADA_WORDS, words_of
from .words import LEVEL_WORDS

#: The levels a column can name, each with the words that say a cell names its level already.
#: (Any level's word will do: a raion column that says Khersonska oblast is read as the oblast.)
LEVELS = {"raion": frozenset(LEVEL_WORDS), "hromada": HROMADA_WORDS | frozenset(LEVEL_WORDS)}


def beside_text(cell: str, level: str) -> str:
    """``cell`` as text beside a name: with the word of ``level`` unless it has a level
    word already."""
    text = cell.strip()
    if not text:
        return ""
    if words_of(text) & LEVELS[level]:
        return text
    return f"{text} {level}"


def with_units(values: list[Any], units: Sequence[tuple[Sequence[str], str]]) -> list[Any]:
    """Each value with its row's unit cells after commas (``units``: each column's cells
    with its level). Blank and missing (``None``) values are left as they are."""
    out = list(values)
    for j, value in enumerate(values):
        if value is None or not value.strip():
            continue
        beside = [beside_text(cells[j], level) for cells, level in units]
        beside = [text for text in beside if text]
        if beside:
            out[j] = ", ".join([value, *beside])
    return out
