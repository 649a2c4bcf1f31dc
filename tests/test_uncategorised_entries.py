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
