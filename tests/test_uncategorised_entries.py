"""A gazetteer of one's own without a category column: its entries are no cities.

Checks written ``category in "KM"`` took the empty category for a city ("" is in every
string); they now ask the set of city categories.
"""

from __future__ import annotations

from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.borne import short_city


def test_an_entry_without_category_is_no_city_a_short_name_may_stand_for(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_text("id,name,region\nu1,Ulm,Baden-Württemberg\n", encoding="utf-8")
    own = Gazetteer.from_file(path)
    assert own.entry("u1").category == ""
    assert not short_city(own, "near", "Ulm", "")


def test_a_city_of_the_embedded_gazetteer_still_may() -> None:
    gz = Gazetteer.default()
    assert short_city(gz, "near", "Bar", "")  # Бар, a city of Vinnytsia oblast
    assert not short_city(gz, "near", "Bar", "Harbor")


def test_no_category_is_explained_nor_offered_as_a_type(tmp_path: Path) -> None:
    # With no category column, --explain said "category : +0 to rank" and the
    # reconciliation service gave each candidate, and its manifest, a type with an empty id.
    from gazetteer.reconcile import reconcile, types

    path = tmp_path / "fr.csv"
    path.write_text("id,name\nfr1,Le Havre\nfr2,Rouen\n", encoding="utf-8")
    own = Gazetteer.from_file(path)
    best = own.resolve("Rouen").best
    assert best is not None and best.explain
    assert not any(line.startswith("category") for line in best.explain)
    assert types(own) == {}
    [result] = reconcile(own, {"q0": {"query": "Rouen"}})["q0"]["result"]
    assert result["id"] == "fr2" and result["type"] == []


def test_a_category_of_ones_own_is_still_explained_and_typed(tmp_path: Path) -> None:
    from gazetteer.reconcile import reconcile, types

    path = tmp_path / "units.csv"
    path.write_text("id,name,category\nu1,Kraken,unit\nu2,Rouen,\n", encoding="utf-8")
    own = Gazetteer.from_file(path)
    best = own.resolve("Kraken").best
    assert best is not None and "category unit: +0 to rank" in best.explain
    assert types(own) == {"unit": "unit"}
    [result] = reconcile(own, {"q0": {"query": "Kraken"}})["q0"]["result"]
    assert result["type"] == [{"id": "unit", "name": "unit"}]
    [result] = reconcile(own, {"q0": {"query": "Rouen"}})["q0"]["result"]
    assert result["type"] == []
