"""Names in news that are not places though villages bear them (or a match key meets
one): a firm or a person after a verb of war news, a source after according to, the teams
of a sports report; and a list of cities without commas (gazetteer.frames,
gazetteer.warverbs, gazetteer.spans). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

from gazetteer import Gazetteer, find_places

ODESA = "UA51100270010076757"
LVIV = "UA46060250010015970"
KHARKIV = "UA63120270010096107"


def found(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    out = []
    for m in find_places(gz, text):
        assert m.resolution.best is not None
        out.append((m.text, m.resolution.best.entry.code))
    return out


def test_cities_listed_without_commas_are_each_found(gz: Gazetteer) -> None:
    # Kharkiv had been read as glued to Lviv (a name of two words, neither's)
    assert found(gz, "Odesa Lviv Kharkiv") == [
        ("Odesa", ODESA),
        ("Lviv", LVIV),
        ("Kharkiv", KHARKIV),
    ]
