"""A raion beside a place's name read by a typo: only a typo's worth away, and an adjective that
names no raion at all says nothing of the place."""

from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.beside import units_a_typo_away

#: Ставки in Yavorivskyi raion (Lviv oblast), which Варварівський had been read as
STAVKY_YAVORIV = "UA46140010280016658"
MIZHBRODY = "UA73020170050067184"  # the one Міжброди, Chernivtsi oblast
LIUBYMIVKA_BERYSLAV = "UA65020150020078280"


def test_a_raion_more_than_a_typo_away_is_not_read(gz: Gazetteer) -> None:
    # Варварівський is three edits from Яворівський, Mantsivskyi from Umanskyi
    for text in ("Варварівський район", "Mantsivskyi raion"):
        assert units_a_typo_away(text, gz.entries, gz.index) == ()
    found = gz.resolve("Ставки Варварівський р-н")  # some twenty villages Ставки
    assert found.status == "ambiguous"
    assert found.best is not None and found.best.entry.code != STAVKY_YAVORIV
    assert {m.entry.name_uk for m in found.candidates} == {"Ставки"}


def test_a_raion_a_typo_away_still_counts(gz: Gazetteer) -> None:
    found = gz.resolve("Lyubymivka, Beryslavskiu district")  # 19 villages Любимівка
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == LIUBYMIVKA_BERYSLAV


def test_an_adjective_naming_no_raion_leaves_the_place_before_it(gz: Gazetteer) -> None:
    # as after a comma: the place, which the unit says nothing of (it had been unmatched,
    # the whole read as a raion's name)
    for text in ("Міжброди Петрашівський р-н", "Міжброди, Петрашівський р-н"):
        best = gz.resolve(text).best
        assert best is not None and best.entry.code == MIZHBRODY
