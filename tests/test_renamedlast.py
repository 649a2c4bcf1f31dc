"""Among namesakes alike in every prior, the one renamed to the name comes last."""

from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.renamedlast import renamed_entries

# Кринички in Luhansk oblast: two villages (C), neither with a known population; the one
# in Svatove raion was Роднички until 2026 (data/renamed.tsv, codifier diff).
KRYNYCHKY_STAROBILSK = "UA44140110100079879"
KRYNYCHKY_SVATOVE = "UA44100130350081011"  # formerly Роднички
# Козацьке in Kherson oblast: two selyshches (X); Henichesk raion's was Комунарське.
KOZATSKE_KAKHOVKA = "UA65060170030019381"
KOZATSKE_HENICHESK = "UA65040010630063402"  # formerly Комунарське


def test_the_renamed_entries_are_those_with_a_former_name_of_their_own(gz: Gazetteer) -> None:
    renamed = {gz.entries[i].code for i in renamed_entries(gz.index, gz.entries)}
    assert {KRYNYCHKY_SVATOVE, KOZATSKE_HENICHESK} <= renamed
    assert not {KRYNYCHKY_STAROBILSK, KOZATSKE_KAKHOVKA} & renamed


def test_a_namesake_that_bore_the_name_long_comes_first(gz: Gazetteer) -> None:
    for query, oblast, long_named, renamed in (
        ("Krynychky", "Luhanska", KRYNYCHKY_STAROBILSK, KRYNYCHKY_SVATOVE),
        ("Kozatske", "Kherson oblast", KOZATSKE_KAKHOVKA, KOZATSKE_HENICHESK),
        ("Кринички", "Луганська", KRYNYCHKY_STAROBILSK, KRYNYCHKY_SVATOVE),
    ):
        res = gz.resolve(query, oblast=oblast)
        assert res.status == "ambiguous"  # a prior orders the ties; it proves nothing
        codes = [m.entry.code for m in res.candidates]
        assert codes[:2] == [long_named, renamed], query


def test_met_by_its_former_name_the_renamed_place_keeps_its_rank(gz: Gazetteer) -> None:
    res = gz.resolve("Роднички", oblast="Луганська")
    assert res.best is not None and res.best.entry.code == KRYNYCHKY_SVATOVE


CHYSHKY_ZOLOCHIV = "UA46040030650065799"  # Чишки, Чішки until 2026: a spelling, not a name


def test_a_new_spelling_of_the_same_name_is_no_renaming(gz: Gazetteer) -> None:
    assert CHYSHKY_ZOLOCHIV not in {
        gz.entries[i].code for i in renamed_entries(gz.index, gz.entries)
    }
