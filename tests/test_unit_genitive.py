"""A raion named in the genitive that a settlement's (former) name meets as written."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

#: Верхньоосикове (Donetsk oblast) was селище імені Володарського
VERKHNOOSYKOVE = "UA14080050170029540"
#: Kyiv oblast's Володарський район (seat Володарка) lies in Bilotserkivskyi raion today
BILOTSERKIVSKYI_RAION = "UA32020000000057002"


@pytest.mark.parametrize(
    "text", ["Володарського району", "Володарського р-ну", "Володарского района"]
)
def test_a_raion_s_genitive_is_no_sure_settlement(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert found.status != "matched"
    codes = [m.entry.code for m in found.candidates]
    assert BILOTSERKIVSKYI_RAION in codes
    # the village by its former name is still among them, no higher than the raions
    assert VERKHNOOSYKOVE in codes
    assert found.candidates[0].entry.category == "P"


def test_the_former_name_alone_is_still_the_settlement(gz: Gazetteer) -> None:
    found = gz.resolve("Володарського")
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == VERKHNOOSYKOVE


#: Вишневе, the city of Kyiv oblast; Іллінці, the town of Vinnytsia oblast
VYSHNEVE_CITY = "UA32080090010037585"
ILLINTSI_TOWN = "UA05020090010088788"


@pytest.mark.parametrize(
    ("text", "code", "not_first"),
    [
        # a raion's nominative had been read into Вишневе (Вижницький, Chernivtsi oblast),
        # which capped the city, so the raion led, unsure
        ("Вишневе р-н", VYSHNEVE_CITY, "UA73020000000038148"),
        ("Вишневе району", VYSHNEVE_CITY, "UA73020000000038148"),
        # and a hromada's into Іллінці: Crimea's Іллінська громада led
        ("Іллінці громада", ILLINTSI_TOWN, "UA01140150000038992"),
    ],
)
def test_a_settlement_s_own_name_before_a_unit_word_is_no_genitive(
    gz: Gazetteer, text: str, code: str, not_first: str
) -> None:
    # only an adjective in an oblique case (Володарського, Бродівської) names a unit in the
    # genitive; a name in the nominative before the unit word is no such adjective
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == code
    assert found.candidates[0].entry.code != not_first


@pytest.mark.parametrize("text", ["Гурського району", "Гурського р-н"])
def test_a_settlement_whose_own_name_is_a_genitive_keeps_it(gz: Gazetteer, text: str) -> None:
    # Гурського (Zaporizhzhia oblast) is the village's official name, not a former one: no
    # raion was ever Гурський, and the one guessed by a seat's likeness (Ялтинський) had led
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == "UA23060330060078548"


@pytest.mark.parametrize(
    "text",
    ["Volodarskoho raionu", "Volodarskogo rayona", "Volodarskovo rayona", "Volodarskomu raionu"],
)
def test_a_raion_s_latin_oblique_adjective_is_no_sure_settlement(gz: Gazetteer, text: str) -> None:
    # romanised as Ukrainian or Russian spell and speak it (-oho, -ogo, -ovo; dative -omu),
    # read by one table of endings: the raions named so lead, unsure; Volodarskoho raionu
    # had been Верхньоосикове, sure, by its former name
    found = gz.resolve(text)
    assert found.status != "matched"
    assert found.candidates[0].entry.category == "P"
    assert BILOTSERKIVSKYI_RAION in [m.entry.code for m in found.candidates]


@pytest.mark.parametrize("text", ["Izyumskovo rayona", "Iziumskomu raionu"])
def test_a_latin_oblique_adjective_names_its_raion(gz: Gazetteer, text: str) -> None:
    # Izium raion (Kharkiv oblast) by its adjective in the spoken genitive or the dative
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.code == "UA63040000000023521"


def test_latin_oblique_endings_are_one_table() -> None:
    from gazetteer.declension import latin_nominatives
    from gazetteer.unitgenitive import _OBLIQUE

    for word in ("Iziumskoho", "Izyumskogo", "Izyumskovo", "Iziumskomu", "Kharkovskoy"):
        assert latin_nominatives(word), word
        assert _OBLIQUE.search(word), word
    assert latin_nominatives("Izyumskovo") == ["Izyumskyi", "Izyumskiy"]
    # a settlement's Latin name in -ovo is no unit's adjective (no -sk before it)
    assert not latin_nominatives("Kurakhovo") and not _OBLIQUE.search("Kurakhovo")


@pytest.mark.parametrize(
    "text", ["Kamenka Izyumskovo rayona", "Kamenka Izyumskogo rayona", "Kamianka Iziumskomu raionu"]
)
def test_a_village_before_its_raion_s_latin_oblique_adjective(gz: Gazetteer, text: str) -> None:
    # Кам'янка of Izium raion; with -ovo (Russian as spoken) it had been only a guess, tied
    # with the raion itself
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == "UA63040090080095309"
