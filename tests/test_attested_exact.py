"""An attested name typed exactly outranks another place's spelling variant (issue 6)."""

from __future__ import annotations

from gazetteer import Gazetteer

#: Мар'їнка, the town of Donetsk oblast's Pokrovsk raion (KATOTTG), whose Russian name is
#: Марьинка; Маринка is a village of Lviv oblast's Stryi raion, another name.
MARINKA_TOWN = "UA14160130010089415"
MARYNKA_VILLAGE = "UA46100070160078421"
ZLATOPIL = "UA63100090010068250"
PERVOMAISKYI_SELYSHCHE = "UA14060110090016150"


def test_russian_name_of_the_town_is_the_town_not_the_village(gz: Gazetteer) -> None:
    result = gz.resolve("Марьинка")
    assert result.best is not None and result.best.entry.code == MARINKA_TOWN
    assert result.status == "matched"
    scores = {m.entry.code: m.score for m in result.candidates}
    assert scores[MARYNKA_VILLAGE] < result.best.score - 0.5


def test_the_village_still_wins_in_its_own_oblast(gz: Gazetteer) -> None:
    # a hint decides over the letters: Lviv oblast's village, not Donetsk oblast's town
    result = gz.resolve("Марьинка", oblast="UA-46")
    assert result.best is not None and result.best.entry.code == MARYNKA_VILLAGE


def test_namesakes_of_the_bearer_still_tie(gz: Gazetteer) -> None:
    # Алексеевка is the Russian name of every Олексіївка, whichever GeoNames lists it for,
    # and of Crimea's village Алексєєвка (so spelled in KATOTTG)
    result = gz.resolve("Алексеевка")
    assert result.status == "ambiguous"
    assert {m.entry.name_uk for m in result.candidates[:3]} <= {"Олексіївка", "Алексєєвка"}


def test_an_old_name_still_borne_today_is_ambiguous(gz: Gazetteer) -> None:
    # Первомайский: the city Zlatopil (Первомайський until 2024, KATOTTG) by its attested
    # Russian name, and Donetsk oblast's selyshche Первомайський, so named today
    result = gz.resolve("Первомайский")
    assert result.status == "ambiguous"
    assert {m.entry.code for m in result.candidates[:2]} == {ZLATOPIL, PERVOMAISKYI_SELYSHCHE}
    hinted = gz.resolve("Первомайский", oblast="UA-14")  # a hint tells them apart
    assert hinted.status == "matched" and hinted.best is not None
    assert hinted.best.entry.code == PERVOMAISKYI_SELYSHCHE


def test_typed_latin_still_ties_with_a_place_bearing_the_name_today(gz: Gazetteer) -> None:
    # Krasnyy Luch: the city Хрустальний bore it until 2016; the villages Красний Луч bear it
    result = gz.resolve("Krasnyy Luch")
    assert result.status == "ambiguous"
