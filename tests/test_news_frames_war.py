"""A war report that mentions a match, a league or a goal is no sports report: its bare
city names stay places (gazetteer.frames). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import mentions

from gazetteer import Gazetteer, find_places

KHARKIV = "UA63120270010096107"
KHERSON = "UA65100150010064384"
ODESA = "UA51100270010076757"
IZMAIL = "UA51080030010072039"
LVIV = "UA46060250010015970"
POKROVSK = "UA14160210010099403"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war word in the sentence: the names are no teams
        ("Russia shelled Kharkiv during the match.", [("Kharkiv", KHARKIV)]),
        (
            "Russian forces shelled Kherson, and a football match was postponed.",
            [("Kherson", KHERSON)],
        ),
        (
            "Drones attacked Odesa and Izmail as the match began.",
            [("Odesa", ODESA), ("Izmail", IZMAIL)],
        ),
        ("Росіяни обстріляли Херсон, матч ліги перенесли.", [("Херсон", KHERSON)]),
        # the first half OF a year, scores OF people: no match's
        ("In the first half of 2024, Kharkiv lost power 40 times.", [("Kharkiv", KHARKIV)]),
        ("Scores of civilians fled Pokrovsk.", [("Pokrovsk", POKROVSK)]),
        # a list after in: each a place, as its first
        (
            "The matches were played in Kharkiv, Odesa and Lviv.",
            [("Kharkiv", KHARKIV), ("Odesa", ODESA), ("Lviv", LVIV)],
        ),
    ],
)
def test_a_place_in_a_war_report_that_speaks_of_sport_stays(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(gz, text) == expected


class Counting:
    """A pattern that notes, in ``scanned``, how many characters each search reads."""

    def __init__(self, pattern, scanned: list[int]):
        self.pattern, self.scanned = pattern, scanned

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        self.scanned.append(end - pos)
        return self.pattern.search(text, pos, end)


def test_each_name_reads_only_its_own_sentence_for_a_match(gz: Gazetteer, monkeypatch) -> None:
    # each name searched the whole text for a sports word: a 110 kB report took 20 s, not 0.5
    from gazetteer import frames

    scanned: list[int] = []
    monkeypatch.setattr(frames, "_SPORTS", Counting(frames._SPORTS, scanned))
    text = "Russian drones hit Kharkiv and Izium on Monday, officials in Odesa said. " * 200
    assert len(find_places(gz, text)) == 600
    assert sum(scanned) < 10 * len(text)


def test_a_long_sentence_is_searched_for_a_match_once(gz: Gazetteer, monkeypatch) -> None:
    # a text with no sentence end (a list of strikes joined by commas, a caps headline run
    # on) was searched whole for each of its names: quadratic, 2.3 s for 49 kB of 900 names
    from gazetteer import frames

    scanned: list[int] = []
    monkeypatch.setattr(frames, "_SPORTS", Counting(frames._SPORTS, scanned))
    monkeypatch.setattr(frames, "_WAR", Counting(frames._WAR, scanned))
    text = "drones hit Kharkiv and Izium, officials in Odesa said, " * 200
    assert len(find_places(gz, text)) == 600
    assert sum(scanned) < 10 * len(text)
