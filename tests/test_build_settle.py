"""The build script's settling of LanguageTool's renamings among namesakes by the names
GeoNames lists (``scripts/renamed_geonames.py``), on small made-up places and units."""

from __future__ import annotations

from pathlib import Path

import build_scripts  # noqa: F401  (scripts/ importable; skipped without openpyxl)
import pytest
from geonames_names import Place
from kodifikator import Unit
from linking import SettlementIndex
from renamed_geonames import (
    BY_NAME,
    GEOGRAPHY,
    GeoNamesNames,
    PlaceNames,
    geonames_names,
)
from renamed_sources import (
    GEONAMES_SETTLED,
    LT_SOURCE,
    MOST_NAMESAKES,
    LinkStats,
    languagetool_renamings,
)


def settlement(hromada: str, n: int, name: str) -> Unit:
    code = f"{hromada}{n:03d}00{n:05d}"
    return Unit(code, "C", name, (code[:4], code[:6], hromada, code, ""))


def names_of(*alternates: str, name: str = "Bujten") -> PlaceNames:
    held = PlaceNames()
    held.add(Place(1, name, "11", 500, alternates))
    return held


NORTH, SOUTH = settlement("UA0104031", 9, "Бюйтен"), settlement("UA0114043", 9, "Бюйтен")


def test_a_place_of_one_namesake_listing_the_old_name_settles_it() -> None:
    by_geography = GeoNamesNames({}, {NORTH.code: names_of("Бюйтен", "Котовське")})
    assert by_geography.settle("Котовське", [NORTH, SOUTH]) == (NORTH, GEOGRAPHY)
    # a Latin spelling counts by its match key (Kotovs'ke, Kotovske: Котовське)
    by_name = GeoNamesNames({SOUTH.code: names_of("Kotovs'ke")}, {})
    assert by_name.settle("Котовське", [NORTH, SOUTH]) == (SOUTH, BY_NAME)
    assert by_name.settle("Котовськ", [NORTH, SOUTH]) is None  # another name
    # places of both namesakes list it: which one bore it is still unknown
    both = GeoNamesNames({SOUTH.code: names_of("Котовське")}, {NORTH.code: names_of("Котовське")})
    assert both.settle("Котовське", [NORTH, SOUTH]) is None
    # for a new name of many settlements only a Cyrillic name of a place linked by name counts
    assert by_geography.settle("Котовське", [NORTH, SOUTH], cyrillic_by_name_only=True) is None
    assert by_name.settle("Котовське", [NORTH, SOUTH], cyrillic_by_name_only=True) is None
    cyrillic = GeoNamesNames({SOUTH.code: names_of("Котовське")}, {})
    assert cyrillic.settle("Котовське", [NORTH, SOUTH], cyrillic_by_name_only=True) == (
        SOUTH,
        BY_NAME,
    )


def links(
    units: list[Unit],
    geonames: GeoNamesNames,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[str, str, str]]:
    import renamed_sources

    listing = tmp_path / "replace_renamed.txt"
    listing.write_text("Котовське=Бюйтен|декомунізовано\n", encoding="utf-8")
    monkeypatch.setattr(renamed_sources, "LT_FILE", listing)
    found = languagetool_renamings(SettlementIndex(units), LinkStats(), geonames)
    return [(f.code, f.namesakes, f.source) for f in found]


def test_a_settled_link_is_certain_and_names_geonames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unsure = links([NORTH, SOUTH], GeoNamesNames(), tmp_path, monkeypatch)
    assert unsure == [(NORTH.code, "2", LT_SOURCE), (SOUTH.code, "2", LT_SOURCE)]
    geonames = GeoNamesNames({}, {SOUTH.code: names_of("Kotovske")})
    assert links([NORTH, SOUTH], geonames, tmp_path, monkeypatch) == [
        (SOUTH.code, "", f"{LT_SOURCE}; {GEONAMES_SETTLED[GEOGRAPHY]}")
    ]
    # more namesakes than an unsure link takes: a place linked by geography settles nothing
    many = [settlement("UA0114043", n, "Бюйтен") for n in range(MOST_NAMESAKES)] + [SOUTH]
    assert links(many, geonames, tmp_path, monkeypatch) == []


def test_a_tied_place_lends_its_names_to_the_namesake_it_lies_by() -> None:
    # three villages around each namesake give its hromada a middle; a place named Бюйтен
    # ties between the two by name and lies by the north one (0.1 degree: 11.1 km)
    units = [NORTH, SOUTH]
    places = []
    around = {NORTH: ("Біла", "Вільна", "Гірка"), SOUTH: ("Дібрівка", "Зірка", "Ірпінь")}
    for namesake, lat in ((NORTH, 45.3), (SOUTH, 46.3)):
        hromada = namesake.code[:9]
        for n, (name, dlat) in enumerate(zip(around[namesake], (-0.05, 0.0, 0.05)), start=1):
            units.append(settlement(hromada, n, name))
            places.append(Place(len(places) + 1, name, "11", 500, (name,), lat + dlat, 34.7))
    biuiten = Place(99, "Biuiten", "11", 620, ("Бюйтен", "Котовське"), 45.31, 34.71)
    found = geonames_names(units, [*places, biuiten])
    assert NORTH.code not in found.by_name
    assert found.by_geography[NORTH.code].cyrillic == {"Бюйтен", "Котовське"}
    assert found.settle("Котовське", [NORTH, SOUTH]) == (NORTH, GEOGRAPHY)
