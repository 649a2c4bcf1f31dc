"""The abbreviations that name a unit alone (АРК, ДНР, ЛНР and their Latin letters): read by
their very letters, not by a key another word shares (Ярк, в Ярке), and after a place's name
without a comma, as Russian reports write them (Донецк ДНР, Yasynuvata DNR)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

YASYNUVATA = "UA14080110010033879"
DONETSK = "UA14080030010048113"
LUHANSK = "UA44060010010012753"
DZHANKOI = "UA01060050010078305"
CRIMEA = "UA01000000000013043"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Yasynuvata DNR", YASYNUVATA),  # (was Ясинуватка villages, 81)
        ("Ясиноватая ДНР", YASYNUVATA),
        ("Донецк ДНР", DONETSK),  # (was unsure, 89)
        ("Луганск ЛНР", LUHANSK),
        ("Dzhankoi ARK", DZHANKOI),
        ("Джанкой АРК", DZHANKOI),
    ],
)
def test_a_place_then_an_abbreviation(gz: Gazetteer, query: str, code: str) -> None:
    res = gz.resolve(query)
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == code


@pytest.mark.parametrize("query", ["АРК", "арк", "ARK", "ARC"])
def test_the_abbreviation_alone(gz: Gazetteer, query: str) -> None:
    res = gz.resolve(query)
    assert res.best is not None and res.best.entry.code == CRIMEA


@pytest.mark.parametrize("query", ["Ярк", "в Ярке", "у Ярка"])
def test_a_word_with_the_abbreviations_key_is_no_crimea(gz: Gazetteer, query: str) -> None:
    """Ярк's match key is АРК's (я folds to a): it had answered the Autonomous Republic of
    Crimea, sure; the villages Ярок and Ярке are what it reads as."""
    res = gz.resolve(query)
    assert all(m.entry.category != "O" for m in res.candidates)


def test_in_running_text(gz: Gazetteer) -> None:
    [mention] = find_places(gz, "Бои в Ярке")
    assert mention.resolution.best is not None
    assert mention.resolution.best.entry.name_uk in {"Ярке", "Ярок"}
