"""A user's audit of names in running text: a place's name opening a sentence with war
news' predicate after it, a military unit's name, the People's Republic's span, a city
hosting a day's match, and English words met only by another spelling of a city's name."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

#: KATOTTG: Кринки, Kherson raion of Kherson oblast (the only Кринки)
KRYNKY = "UA65100110040070147"


def _found(text: str) -> dict[str, tuple[str, str]]:
    gz = Gazetteer.default()
    return {
        m.text: (m.resolution.best.entry.name_uk, m.resolution.best.entry.category)
        for m in find_places(gz, text)
        if m.resolution.best
    }


@pytest.mark.parametrize(
    "text",
    [
        "Krynky saw heavy fighting.",
        "Кринки, на лівому березі Дніпра, під обстрілом.",
        "Кринки звільнено.",
        "The bridgehead held. Krynky came under fire again.",
        "Krynky was shelled overnight.",
    ],
)
def test_a_village_opening_a_sentence_with_war_news_after_it_is_found(text: str) -> None:
    gz = Gazetteer.default()
    [mention] = find_places(gz, text)
    assert mention.text in ("Krynky", "Кринки")
    assert mention.resolution.best is not None
    assert mention.resolution.best.entry.code == KRYNKY


def test_a_russian_name_opening_a_sentence_under_shelling_is_found() -> None:
    assert list(_found("Балаклея под обстрелом.")) == ["Балаклея"]
    assert _found("Vuhledar was abandoned in February.") == {"Vuhledar": ("Вугледар", "M")}


@pytest.mark.parametrize(
    "text",
    [
        "Step was evacuated.",  # an English word (Степ)
        "Marine was evacuated.",
        "Sofia was liberated.",  # a first name
        "Shevchenko was shelled.",  # a surname's shape
        "Надія під обстрілом.",
        "Krynky.",  # nothing said of it
        "Krynky are sold at the market.",
    ],
)
def test_words_and_persons_opening_a_sentence_stay_so(text: str) -> None:
    assert _found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The 93rd Kholodnyi Yar brigade fought near Bakhmut.",
        "Fighters of the Kholodnyi Yar brigade held Bakhmut.",
        "Бійці бригади Холодний Яр тримають Бахмут.",
        "Бригада Холодний Яр тримає оборону в Бахмуті.",
        "93 ОМБр Холодний Яр тримає Бахмут.",
    ],
)
def test_a_name_in_a_military_units_name_is_no_place(text: str) -> None:
    assert [name for name, _ in _found(text).values()] == ["Бахмут"]


def test_the_village_that_gives_a_unit_its_name_is_still_found() -> None:
    assert _found("The brigade fought in Kholodnyi Yar.") == {"Kholodnyi Yar": ("Холодний Яр", "C")}
    assert _found("Жителі села Холодний Яр евакуювались.") == {"Холодний Яр": ("Холодний Яр", "C")}


def test_a_peoples_republic_is_read_whole() -> None:
    assert _found("Lugansk People's Republic militia attacked.") == {
        "Lugansk People's Republic": ("Луганська", "O")
    }
    assert _found("the so-called Luhansk People’s Republic said") == {
        "Luhansk People’s Republic": ("Луганська", "O")
    }


def test_a_city_hosting_a_days_match_is_its_venue() -> None:
    assert _found("Lviv hosted Saturday's match.") == {"Lviv": ("Львів", "M")}
    assert _found("Lviv hosted Sunday’s Premier League derby.") == {"Lviv": ("Львів", "M")}
    assert _found("Zorya hosted Saturday's match.") == {}  # a team


def test_an_english_word_met_only_by_a_citys_other_spelling_is_no_city() -> None:
    # Lucky, Luck: Луцьк's Georgian and Czech names by key, and common English words
    assert _found("He visited Lucky last week.") == {}
    assert _found("He visited Luck.") == {}
    # a preposition still reads it; Chop is Чоп's official name
    assert _found("Fighting near Lucky.") == {"Lucky": ("Луцьк", "M")}
    assert _found("Trains left Chop for Kyiv.")["Chop"] == ("Чоп", "M")


@pytest.mark.parametrize(
    "text",
    [
        "She plays Alto in the school band.",  # alto: Ялта's Esperanto name Jalto by key
        "They spoke Hindi at home.",  # hindi: a lower-case GeoNames name of Маріуполь
        "He is a fan of Goop products.",  # goop: Чоп's Polish name Czop by key
        "He moved to Sumo wrestling after school.",  # sumo: a preposition, then a noun
        "We talked in Hindi with them.",
    ],
)
def test_an_english_word_a_city_meets_only_by_key_needs_a_real_cue(text: str) -> None:
    assert _found(text) == {}


def test_a_citys_own_spellings_stay_cities_in_running_text() -> None:
    # Kiev, Odessa, Yalta: the cities' names as English writes them, not English words
    assert _found("Shelling hit Kiev and Odessa overnight.") == {
        "Kiev": ("Київ", "K"),
        "Odessa": ("Одеса", "M"),
    }
    assert _found("He visited Yalta last year.") == {"Yalta": ("Ялта", "M")}
    assert _found("They returned to Sumy after the attack.") == {"Sumy": ("Суми", "M")}
    # a bare preposition still reads a common English word at the sentence's end
    assert _found("Fighting near Lucky.") == {"Lucky": ("Луцьк", "M")}


def test_a_three_letter_citys_name_after_a_preposition_of_place_is_found() -> None:
    # Бар (KMU 2010: Bar), a city of Vinnytsia oblast: its name is three letters long
    assert _found("Fighting near Bar continued.") == {"Bar": ("Бар", "M")}
    assert _found("Обстріл біля Бар тривав.") == {"Бар": ("Бар", "M")}
    # no preposition of place, or another capitalised word after it: no city
    assert _found("He was admitted to the Bar in 2010.") == {}
    assert _found("We had drinks in Bar Harbor.") == {}
