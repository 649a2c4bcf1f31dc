"""Raion and hromada columns read beside each row's name (gazetteer.unitcols)."""

from __future__ import annotations

from gazetteer import Gazetteer, normalize_rows
from gazetteer.unitcols import beside_text, with_units


def test_a_cell_gets_the_word_of_its_level_unless_it_has_one() -> None:
    assert beside_text("Beryslavskyi", "raion") == "Beryslavskyi raion"
    assert beside_text(" Бериславський район ", "raion") == "Бериславський район"
    assert beside_text("Beryslavskyi r-n", "raion") == "Beryslavskyi r-n"
    assert beside_text("Tavriiska", "hromada") == "Tavriiska hromada"
    assert beside_text("Таврійська міська громада", "hromada") == "Таврійська міська громада"
    assert beside_text("  ", "hromada") == ""
    # another level's word: read as written (an oblast in a raion column stays the oblast)
    assert beside_text("Khersonska oblast", "raion") == "Khersonska oblast"
    assert beside_text("Херсонська обл.", "hromada") == "Херсонська обл."


def test_values_get_their_rows_units_and_blanks_stay_blank() -> None:
    values = ["Ivanivka", "", None, "Lyman"]
    raions = ["Beryslavskyi", "Beryslavskyi", "X", ""]
    hromadas = ["Myrnivska", "", "", "Lymanska"]
    assert with_units(values, [(raions, "raion"), (hromadas, "hromada")]) == [
        "Ivanivka, Beryslavskyi raion, Myrnivska hromada",
        "",
        None,
        "Lyman, Lymanska hromada",
    ]


def test_normalize_rows_reads_a_raion_column(gz: Gazetteer) -> None:
    rows = [
        {"place": "Lyubymivka", "raion": "Beryslavskyi"},
        {"place": "Lyubymivka", "raion": "Kakhovskyi"},
        {"place": "Lyubymivka"},  # no raion cell at all: the name alone
    ]
    out = list(normalize_rows(rows, column="place", raion_column="raion", gazetteer=gz))
    assert [r["place_code"] for r in out[:2]] == ["UA65020150020078280", "UA65060150010078664"]
    assert [r["place_status"] for r in out] == ["matched", "matched", "ambiguous"]
    assert [r["place"] for r in out] == ["Lyubymivka"] * 3  # the input stays as it was


def test_a_wrong_hromada_cell_leaves_the_raion_cell_its_say(gz: Gazetteer) -> None:
    # Любимівка of Beryslav raion lies in Нововоронцовська hromada; the row names another
    # hromada of that raion (Новоолександрівська), as outdated tables do
    rows = [
        {"place": "Lyubymivka", "raion": "Beryslavskyi", "hromada": "Novooleksandrivska"},
        {"place": "Lyubymivka", "raion": "Beryslavskyi", "hromada": "Novovorontsovska"},
    ]
    out = list(
        normalize_rows(
            rows, column="place", raion_column="raion", hromada_column="hromada", gazetteer=gz
        )
    )
    assert [r["place_code"] for r in out] == ["UA65020150020078280"] * 2
    assert [r["place_status"] for r in out] == ["matched", "matched"]
    resolution = gz.resolve("Lyubymivka, Beryslavskyi raion, Novooleksandrivska hromada")
    assert resolution.best is not None
    assert "the raion counts" in resolution.best.explain[-1]
