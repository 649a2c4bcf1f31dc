"""Texts in the shapes of tables and reports that had a sure answer at another place than the
one meant: a direction's adjective several towns' hromadas bear, a part beside the name that
names a raion and an oblast (Khmelnytskyi), two oblast centres' names side by side, and an
abbreviation another name's first word is cut to as well. Codes from data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

POKROVSK, POKROV = "UA14160210010099403", "UA12080090010010311"
SHAKHTARSK, SHAKHTARSKE = "UA14060170010074240", "UA12140210010011011"
DOLYNA, DOLYNSKA = "UA26060130010099427", "UA35040110010034377"
PRYMORSK = "UA23020130010076068"  # the city (Berdianskyi raion)
PRYMORSKYI_CRIMEA = "UA01180510010032534"  # a selyshche
SLAVUTA_CITY, SLAVUTA_VILLAGE = "UA68060270010040268", "UA68040050270095924"
MYKOLAIV_LVIV = "UA46100110010094231"  # the city Миколаїв of Lviv oblast
LVIV_VILLAGE = "UA48080110070029138"  # the village Львів of Mykolaiv oblast
POLTAVA_CITY, POLTAVA_VILLAGE = "UA53080370010073240", "UA63080150410017608"
MALA_VOLIA, MALNIVSKA_VOLIA = "UA46100250120039009", "UA46140030320088751"


def unsure_offering(gz: Gazetteer, text: str, *codes: str) -> list[str]:
    """The candidates' codes of ``text``, which must be ambiguous and offer each of
    ``codes``."""
    resolution = gz.resolve(text)
    offered = [m.entry.code for m in resolution.candidates]
    assert resolution.status == "ambiguous", text
    assert set(codes) <= set(offered), (text, offered)
    return offered


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # two cities' hromadas are named Шахтарська (Donetsk and Dnipropetrovsk oblasts)
        ("на Шахтарському напрямку", (SHAKHTARSK, SHAKHTARSKE)),
        ("Shakhtarsky direction", (SHAKHTARSK, SHAKHTARSKE)),
        # Долинська: Долина (Ivano-Frankivsk oblast), Долинська (Kirovohrad oblast)
        ("на Долинському напрямку", (DOLYNA, DOLYNSKA)),
    ],
)
def test_a_direction_two_cities_may_be_is_not_sure(
    gz: Gazetteer, text: str, codes: tuple[str, ...]
) -> None:
    unsure_offering(gz, text, *codes)


def test_the_oblast_said_picks_the_directions_town(gz: Gazetteer) -> None:
    assert_matched(gz, "на Шахтарському напрямку, Дніпропетровська область", SHAKHTARSKE)
    assert_matched(gz, "на Шахтарському напрямку", SHAKHTARSK, oblast="Донецька")


def test_a_direction_is_a_citys_not_a_selyshches_of_the_name(gz: Gazetteer) -> None:
    # Crimea's Приморський is a селище whose hromada is Приморська; the city is Приморськ
    best = assert_matched(gz, "на Приморському напрямку", PRYMORSK)
    assert best.entry.code != PRYMORSKYI_CRIMEA


def test_the_town_its_raion_is_named_after_is_the_directions(gz: Gazetteer) -> None:
    # Покровська names the hromadas of Покровськ and of Покров; Покровський район is
    # Покровськ's raion, so the Pokrovsk direction stays sure
    best = assert_matched(gz, "на Покровському напрямку", POKROVSK)
    assert best.entry.code != POKROV


@pytest.mark.parametrize("text", ["Khmelnytskyi, Slavuta", "Хмельницький, Славута"])
def test_a_centres_name_that_is_a_raions_too_is_not_sure_of_the_raions_village(
    gz: Gazetteer, text: str
) -> None:
    # Хмельницький is the oblast's centre and a raion: the village Славута lies in the
    # raion, the city Славута (Шепетівський район) in the oblast
    offered = unsure_offering(gz, text, SLAVUTA_CITY, SLAVUTA_VILLAGE)
    assert offered[0] == SLAVUTA_CITY


def test_a_centres_name_and_a_town_of_its_oblast_only_stays_sure(gz: Gazetteer) -> None:
    assert_matched(gz, "Khmelnytskyi, Starokostiantyniv", "UA68040390010084208")


@pytest.mark.parametrize("text", ["Lviv, Mykolaiv", "Mykolaiv, Lviv", "Львів, Миколаїв"])
def test_two_centres_names_either_way_round_give_both(gz: Gazetteer, text: str) -> None:
    # the village Львів of Mykolaiv oblast, or the city Миколаїв of Lviv oblast
    offered = unsure_offering(gz, text, MYKOLAIV_LVIV, LVIV_VILLAGE)
    assert offered[0] == MYKOLAIV_LVIV  # the city first


def test_a_centres_name_beside_another_centres_is_not_surely_a_village(gz: Gazetteer) -> None:
    # the village Полтава of Kharkiv oblast, or two cities
    offered = unsure_offering(gz, "Poltava, Kharkiv", POLTAVA_CITY, POLTAVA_VILLAGE)
    assert offered[0] == POLTAVA_CITY
    # the oblast said by its word: the village there, sure
    assert_matched(gz, "Poltava, Kharkiv oblast", POLTAVA_VILLAGE)
    assert_matched(gz, "Kharkiv, Izium", "UA63040090010029555")  # Ізюм, as before


@pytest.mark.parametrize("text", ["М. Воля", "с. М. Воля"])
def test_an_abbreviation_another_name_is_cut_to_is_not_sure(gz: Gazetteer, text: str) -> None:
    # Малнівська Воля opens with Мал- as Мала Воля does: М. may be either
    unsure_offering(gz, text, MALA_VOLIA, MALNIVSKA_VOLIA)


def test_an_abbreviation_only_its_adjective_fits_stays_sure(gz: Gazetteer) -> None:
    assert_matched(gz, "Н. Каховка", "UA65060170010075325")  # Нова Каховка
    assert_matched(gz, "В. Новосілка", "UA14040010010027148")  # Велика Новосілка
