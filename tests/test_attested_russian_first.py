"""Among namesakes, one met by GeoNames' Russian name of its own name today comes before one
met by the same Russian form made by rule: an attested form outranks a generated one."""

from __future__ import annotations

from gazetteer import Gazetteer

POSHTOVE_CRIMEA = "UA01020370010082919"  # Поштове, Bakhchysarai raion (GeoNames: Почтовое)
POSHTOVE_ZHYTOMYR = "UA18020090170077730"  # Поштове, Berdychiv raion (no Russian name known)


def test_the_attested_russian_name_comes_first() -> None:
    found = Gazetteer.default().resolve("Почтовое")
    assert found.status == "ambiguous"  # (both are Поштове today)
    assert [m.entry.code for m in found.candidates[:2]] == [POSHTOVE_CRIMEA, POSHTOVE_ZHYTOMYR]
    assert [m.kind for m in found.candidates[:2]] == ["exonym", "russian"]


def test_a_name_met_by_its_very_letters_still_comes_first() -> None:
    """Zorya: GeoNames' name for the bigger village Афіни; the villages called Зоря today
    come first (the rule above is for a Russian form of today's own name only)."""
    found = Gazetteer.default().resolve("Zorya")
    assert found.best is not None and found.best.entry.name_uk == "Зоря"
