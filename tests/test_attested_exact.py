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


#: Bohatyr, villages of Crimea's Bakhchysarai and Zaporizhzhia oblast's Melitopol raions
#: (KATOTTG): Богатырь is their name read in Russian (и as ы); Donetsk oblast's Багатир bears
#: it only as its Russian name (GeoNames 711956).
BOHATYR_VILLAGES = {"UA01020190020045232", "UA23080310030011869"}
BAHATYR = "UA14040010030036735"


def test_a_root_changed_russian_form_does_not_make_a_foreign_name_sure(gz: Gazetteer) -> None:
    # Багатир's Russian form by rule (багат- as богат-) is no Russian reading of its own
    # name that would set it apart from the villages that bear Богатир today
    result = gz.resolve("Богатырь")
    assert result.status == "ambiguous"
    assert {m.entry.code for m in result.candidates[:3]} >= BOHATYR_VILLAGES
    hinted = gz.resolve("Богатырь", oblast="UA-23")
    assert hinted.best is not None and hinted.best.entry.code in BOHATYR_VILLAGES
    # an attested Russian name beside a mere variant of another name is still sure
    assert gz.resolve("Марьинка").status == "matched"
