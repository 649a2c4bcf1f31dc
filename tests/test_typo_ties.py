"""A slip of the pen that two names explain equally well is unsure: the best reading keeps its
place first, and the other name is offered beside it (names and codes from data/katottg.tsv)."""

from __future__ import annotations

from gazetteer import Gazetteer

POKROVSK = "UA14160210010099403"  # the city, Donetsk oblast
TYSHENKIVKA = "UA63060050190059817"  # Kharkiv oblast
TYSHCHENKIVKA = "UA63080070310039722"  # Kharkiv oblast, another raion
MARKIVKA_ODESA = "UA51140150090"
MARIIVKA_ODESA = "UA51020250080065518"
TRUBIIVKA = "UA18020130320"
TURBIVKA = "UA18040230090071294"
TUROVYCHI = "UA07060230140019965"
TURKOVYCHI = "UA56040350180088406"


def codes(found: object) -> list[str]:
    """The codes of a resolution's candidates, in order."""
    return [m.entry.code for m in found.candidates]  # type: ignore[attr-defined]


def test_a_letter_added_or_a_letter_changed(gz: Gazetteer) -> None:
    # Pokrovskl: Покровськ with an l added, or Покровське with its e changed to l
    found = gz.resolve("Pokrovskl")
    assert found.status == "ambiguous"
    assert codes(found)[0] == POKROVSK
    assert "Покровське" in {m.entry.name_uk for m in found.candidates}


def test_a_letter_dropped_or_a_letter_changed(gz: Gazetteer) -> None:
    # Turfovychi: Туровичі without the f, or Турковичі with k changed to f
    found = gz.resolve("Turfovychi")
    assert found.status == "ambiguous"
    assert {TUROVYCHI, TURKOVYCHI} <= set(codes(found)[:3])


def test_a_spelling_variant_or_a_slip_in_the_oblast_given(gz: Gazetteer) -> None:
    # sch: ш by Тишенківка's key, or Тищенківка's shch with one letter dropped
    found = gz.resolve("Tyschenkivka", oblast="UA63")
    assert found.status == "ambiguous"
    assert codes(found)[:2] == [TYSHENKIVKA, TYSHCHENKIVKA]
    # q: к in Марківка's key, or a letter added to Мар'ївка
    found = gz.resolve("Marqivka", oblast="UA51")
    assert found.status == "ambiguous"
    assert codes(found)[0].startswith(MARKIVKA_ODESA)
    assert MARIIVKA_ODESA in codes(found)[:3]
    # Трубіївка's і dropped, or Турбівка's r and u swapped
    found = gz.resolve("Trubivka", oblast="UA18")
    assert found.status == "ambiguous"
    assert codes(found)[0].startswith(TRUBIIVKA) and TURBIVKA in codes(found)[:3]


def test_a_slip_only_one_name_explains_stays_sure(gz: Gazetteer) -> None:
    found = gz.resolve("Tyshenkivka", oblast="UA63")  # the name itself
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.code == TYSHENKIVKA
    found = gz.resolve("Volodymr")  # Володимир, a y dropped: no other name so near
    assert found.status == "matched" and found.best is not None
    assert found.best.entry.name_uk == "Володимир"
