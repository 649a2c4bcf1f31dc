"""Running text read with gazetteers of one's own: a list of names that are no places
(``# kind: names``: people, units) read without a place's evidence; German nouns that are
towns' names (die Halle, das Essen); a three-letter town after nach, aus, to."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.errors import GazetteerFileError

PEOPLE = (
    "id,name,alt_names,category\n"
    "p1,Merkel,Angela Merkel,person\n"
    "p2,Zelensky,Зеленський|Volodymyr Zelensky|Zelenskyy,person\n"
    "u1,3rd Assault Brigade,3-тя окрема штурмова бригада,unit\n"
    "u2,92nd Mechanized Brigade,,unit\n"
)
TOWNS = (
    "id,name,region,category\n"
    "de1,Halle (Saale),Sachsen-Anhalt,city\n"
    "de2,Halle,Sachsen-Anhalt,city\n"
    "de3,Essen,Nordrhein-Westfalen,city\n"
    "de4,Hof,Bayern,town\n"
)


def _found(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.resolution.best.entry.code) for m in find_places(gz, text) if m.resolution.best
    ]


@pytest.fixture
def people(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "people.csv"
    path.write_text("# kind: names\n" + PEOPLE, encoding="utf-8")
    return Gazetteer.from_file(path)


@pytest.fixture
def towns(tmp_path: Path) -> Gazetteer:
    path = tmp_path / "towns.csv"
    path.write_text(TOWNS, encoding="utf-8")
    return Gazetteer.from_file(path)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Merkel said the talks went well.", [("Merkel", "p1")]),  # (was: a speaker, dropped)
        ("Zelensky met Merkel in Berlin.", [("Zelensky", "p2"), ("Merkel", "p1")]),
        ("Зеленський заявив про переговори.", [("Зеленський", "p2")]),
        ("Zelensky's speech", [("Zelensky", "p2")]),
        (
            "The 3rd Assault Brigade advanced; 92nd Mechanized Brigade held.",
            [("3rd Assault Brigade", "u1"), ("92nd Mechanized Brigade", "u2")],
        ),
        ("Angela Merkel spoke.", [("Angela Merkel", "p1")]),
        ("merkel in lower case, Merkelism", []),
    ],
)
def test_a_list_of_names_is_read_without_a_places_evidence(
    people: Gazetteer, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(people, text) == found


def test_the_kind_may_be_given_when_loading(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    assert Gazetteer.from_file(path).kind == "places"
    # read as places, a one-word name before "said" is a person and left out
    assert _found(Gazetteer.from_file(path), "Merkel said so.") == []
    assert _found(Gazetteer.from_file(path, kind="names"), "Merkel said so.") == [("Merkel", "p1")]


def test_an_unknown_kind_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("# kind: persons\n" + PEOPLE, encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="kind 'persons' is none of places, names, people"):
        Gazetteer.from_file(path)
    path.write_text(PEOPLE, encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="kind 'units'"):
        Gazetteer.from_file(path, kind="units")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Halle war voll.", []),  # the hall
        ("Das Essen war gut.", []),  # the food
        ("Wir fahren nach Essen und Halle.", [("Essen", "de3"), ("Halle", "de2")]),
        ("Das Essen in Essen war gut.", [("Essen", "de3")]),
        ("Die Stadt Halle ist groß.", [("Halle", "de2")]),
        ("Wir fahren nach Hof.", [("Hof", "de4")]),
        ("Er kommt aus Hof.", [("Hof", "de4")]),
        ("We drove to Hof.", [("Hof", "de4")]),
        ("Ein Hof in Hof.", [("Hof", "de4")]),  # a farm in Hof
    ],
)
def test_german_nouns_and_a_short_town(
    towns: Gazetteer, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(towns, text) == found


def test_the_embedded_gazetteer_keeps_its_rules() -> None:
    gz = Gazetteer.default()
    assert gz.kind == "places"
    # Bar (Бар, Vinnytsia oblast's town): read after "near", not after "to", as before
    assert [m.text for m in find_places(gz, "Shelling near Bar.")] == ["Bar"]
    assert [m.text for m in find_places(gz, "He went to Bar.")] == []
