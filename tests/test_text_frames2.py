"""Frames of running text: an island's name with its
island's word beside it in any case (острів Зміїний, на острові Зміїному, острова Змеиный)
is read as lookup reads it: the seat of the hromada it is part of, Вилкове (kind
``facility``). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer, find_places

KLYMETS = "UA46100090080057015"  # Климець, a village of Lviv oblast: the only one
MAKSYMETS = "UA26120090060046845"  # Максимець, a village of Ivano-Frankivsk oblast: the only one
KHARKIV = "UA63120270010096107"  # the city Харків
ODESA = "UA51100270010076757"  # the city Одеса
BAKHMUT = "UA14020010010059145"  # the city Бахмут, Donetsk oblast
VYLKOVE = "UA51080010010086017"  # the city Вилкове, seat of the Vylkivska hromada


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Росія атакувала острів Зміїний.", "острів Зміїний"),
        ("Острів Зміїний звільнено.", "Острів Зміїний"),
        ("Бій на острові Зміїному.", "острові Зміїному"),
        ("Бої біля Зміїного острова тривають.", "Зміїного острова"),
        ("Захват острова Змеиный.", "острова Змеиный"),
        ("На острове Змеином высадились.", "острове Змеином"),
        ("Флаг над островом Змеиным.", "островом Змеиным"),
        ("Russian troops left Zmiinyi island.", "Zmiinyi island"),
        ("Russia hit Snake Island.", "Snake Island"),
    ],
)
def test_an_island_with_its_word_is_read(gz: Gazetteer, text: str, written: str) -> None:
    # (the Cyrillic ones had found no place: Зміїний is no settlement's name)
    found = find_places(gz, text)
    assert [(m.text, m.resolution.status) for m in found] == [(written, "matched")]
    best = found[0].resolution.best
    assert best is not None and best.entry.code == VYLKOVE and best.kind == "facility"


@pytest.mark.parametrize("query", ["на острові Зміїному", "острова Зміїного", "острове Змеином"])
def test_a_lookup_reads_the_island_declined(gz: Gazetteer, query: str) -> None:
    assert_matched(gz, query, VYLKOVE)


def test_the_name_alone_without_its_word_is_no_place(gz: Gazetteer) -> None:
    assert find_places(gz, "Зміїний хребет видно здалеку.") == []
