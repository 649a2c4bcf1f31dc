"""A gazetteer of one's own whose names are written in Latin letters already (German, Polish,
Czech towns): their Latin spelling is the name as written, diacritics kept, while the plain
spellings people type (Krakow, Koln, Koeln) still find them exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places, normalize_rows
from gazetteer.reconcile import reconcile

TOWNS = (
    "id,name,region,category\n"
    "de1,Köln,Nordrhein-Westfalen,city\n"
    "de2,München,Bayern,city\n"
    "de3,Düsseldorf,Nordrhein-Westfalen,city\n"
    "pl1,Kraków,małopolskie,city\n"
    "pl2,Gdańsk,pomorskie,city\n"
    "pl3,Łódź,łódzkie,city\n"
    "cz1,Plzeň,Plzeňský kraj,city\n"
    "ua1,Львів,Lviv,city\n"
)


@pytest.fixture
def own(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "towns.csv"
    path.write_text(TOWNS, encoding="utf-8")
    return Gazetteer.from_file(path)


@pytest.mark.parametrize(
    ("code", "written"),
    [("de1", "Köln"), ("pl1", "Kraków"), ("pl2", "Gdańsk"), ("pl3", "Łódź"), ("cz1", "Plzeň")],
)
def test_a_latin_name_is_its_own_latin_spelling(own: Gazetteer, code: str, written: str) -> None:
    # it was the name with its diacritics dropped (Krakow, Koln, Gdansk)
    assert own.entry(code).name == written


def test_a_cyrillic_name_is_still_romanised(own: Gazetteer) -> None:
    assert own.entry("ua1").name == "Lviv"  # (KMU 2010: Львів -> Lviv)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Krakow", "pl1"),
        ("Kraków", "pl1"),
        ("Koln", "de1"),
        ("Koeln", "de1"),  # (German without umlauts: ö as oe)
        ("Muenchen", "de2"),
        ("Munchen", "de2"),
        ("Duesseldorf", "de3"),
        ("Lodz", "pl3"),
        ("Plzen", "cz1"),
    ],
)
def test_plain_spellings_find_the_name_exactly(own: Gazetteer, query: str, code: str) -> None:
    r = own.resolve(query)
    assert r.status == "matched" and r.best is not None
    assert (r.best.entry.code, r.best.kind) == (code, "exact")


def test_normalize_reconcile_and_extract_give_the_name_as_written(own: Gazetteer) -> None:
    row = next(normalize_rows([{"place": "Krakow"}], gazetteer=own, column="place"))
    assert (row["place_code"], row["place_name"]) == ("pl1", "Kraków")
    answer = reconcile(own, {"q0": {"query": "Koeln"}})
    assert [(r["id"], r["name"]) for r in answer["q0"]["result"]][:1] == [("de1", "Köln")]
    found = find_places(own, "Der Zug fährt von Gdańsk nach Köln.")
    assert [(m.text, m.resolution.best.entry.name) for m in found if m.resolution.best] == [
        ("Gdańsk", "Gdańsk"),
        ("Köln", "Köln"),
    ]
