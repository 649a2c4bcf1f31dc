"""Four small gaps in running text and lookup: the words for a place's outskirts in every
case say a place follows (на околицю Рогані, окраину Рогани); with an oblast hint a city's
cut name a city abroad bears is read as lookup reads it (у Білгороді, Odesa oblast:
Білгород-Дністровський); after з "with" in the instrumental a city met only by its cut
name is no place (Поговорили з Равою: a person's case as often); Snake Island answers the
seat of the hromada it is part of (Вилкове, kind ``facility``). Every code is a row of
data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched, sure_mentions

from gazetteer import Gazetteer, find_places

ROHAN = "UA63120230010032001"  # Рогань, a selyshche of Kharkiv oblast: the only one
HORAIETS = "UA46140110200010482"  # Гораєць, Lviv oblast: the only one
BAKHMUT = "UA14020010010059145"  # the city Бахмут, Donetsk oblast
POKROVSK = "UA14160210010099403"  # the city Покровськ, Donetsk oblast
BILHOROD_DNISTROVSKYI = "UA51040010010048834"  # the city, Odesa oblast
RAVA_RUSKA = "UA46060390010035472"  # the city Рава-Руська, Lviv oblast
ZHOVKVA = "UA46060130010043364"  # the city Жовква, Lviv oblast
KAMIANETS_SELYSHCHE = "UA35040230010012861"  # Кам’янець, a selyshche of Kirovohrad oblast
VYLKOVE = "UA51080010010086017"  # the city Вилкове, seat of the Vylkivska hromada
ODESA_OBLAST = "Odeska"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Ворог обстріляв околицю Рогані.", "Рогані"),
        ("Розвідники пройшли околицею Рогані.", "Рогані"),
        ("Бої точаться біля околиць Рогані.", "Рогані"),
        ("Обстрелы окраины Рогани.", "Рогани"),
        ("Бои на окраину Рогани.", "Рогани"),
        ("Бои под окраиной Рогани.", "Рогани"),
        ("Бои в окрестности Рогани.", "Рогани"),
        ("Бои вблизи окрестностей Рогани.", "Рогани"),
        ("ВСУ вышли к окрестностям Рогани.", "Рогани"),
        # a feminine name in -ь, its instrumental's consonant doubled (Рогань: Роганню)
        ("Бої точаться під Роганню.", "Роганню"),
        ("Громада межує з Роганню.", "Роганню"),
    ],
)
def test_a_village_after_the_outskirts_in_any_case_is_read(
    gz: Gazetteer, text: str, written: str
) -> None:
    # (Рогань, a name no person bears, had been read after none of these)
    assert sure_mentions(gz, text) == [(written, ROHAN, "matched")]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("околицю Горайця", HORAIETS),  # had been unmatched
        ("околицею Бахмута", BAKHMUT),  # had been unsure, read inside
        ("окраины Покровска", POKROVSK),
        ("окрестностей Рогани", ROHAN),
    ],
)
def test_a_lookup_drops_the_outskirts_word(gz: Gazetteer, query: str, code: str) -> None:
    assert_matched(gz, query, code)


def test_a_cut_name_a_city_abroad_bears_is_read_with_its_oblast_hint(gz: Gazetteer) -> None:
    text = "Вибух у Білгороді"
    assert find_places(gz, text) == []  # Belgorod, Russia: no place of Ukraine
    assert sure_mentions(gz, text) == []
    found = find_places(gz, text, oblast=ODESA_OBLAST)
    assert [(m.text, m.resolution.best and m.resolution.best.entry.code) for m in found] == [
        ("Білгороді", BILHOROD_DNISTROVSKYI)
    ]
    assert found[0].resolution.status == "matched"
    # as lookup reads it with that hint
    assert_matched(gz, "у Білгороді", BILHOROD_DNISTROVSKYI, oblast=ODESA_OBLAST)


def test_a_latin_cut_name_is_read_with_its_oblast_hint(gz: Gazetteer) -> None:
    # (Bilhorod, the KMU letters; the Ukrainian name's plain ones are bilgorod)
    text = "An explosion in Bilhorod"
    assert find_places(gz, text) == []
    found = find_places(gz, text, oblast=ODESA_OBLAST)
    assert [(m.text, m.resolution.status) for m in found] == [("Bilhorod", "matched")]
    assert found[0].resolution.best is not None
    assert found[0].resolution.best.entry.code == BILHOROD_DNISTROVSKYI


@pytest.mark.parametrize("oblast", ["Kharkivska", "Lvivska"])
def test_a_hint_for_another_oblast_leaves_the_cut_unread(gz: Gazetteer, oblast: str) -> None:
    # (Kharkiv oblast borders Belgorod's: there the name is the Russian city's)
    assert find_places(gz, "Вибух у Білгороді", oblast=oblast) == []


def test_the_hint_is_only_the_texts_it_is_given_with(gz: Gazetteer) -> None:
    find_places(gz, "Вибух у Білгороді", oblast=ODESA_OBLAST)
    assert find_places(gz, "Вибух у Білгороді") == []


@pytest.mark.parametrize(
    "text",
    [
        "Поговорили з Равою.",
        "Поговорили із Равою.",
        "Поговорили с Равой.",
    ],
)
def test_a_cut_city_after_with_in_the_instrumental_is_no_place(gz: Gazetteer, text: str) -> None:
    # (Рава is a surname too: з Равою is "with Rava" as often as a town)
    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Бої під Равою.", "Равою"),  # під: no person's case
        ("Вибух у Раві.", "Раві"),
    ],
)
def test_a_cut_city_after_another_preposition_is_read(
    gz: Gazetteer, text: str, written: str
) -> None:
    assert sure_mentions(gz, text) == [(written, RAVA_RUSKA, "matched")]


def test_a_place_that_bears_the_cut_name_after_with_is_read_as_a_village_is(
    gz: Gazetteer,
) -> None:
    # (the selyshche Кам’янець bears the name itself: read as a village after з is, unsure
    # beside the city Кам'янець-Подільський, where a word of place says so; after з alone a
    # name in -ець is a surname's case as often, Литвинцем, and needs more)
    assert find_places(gz, "Зв'язок з Кам'янцем втрачено.") == []
    found = find_places(gz, "Бої тривають під Кам'янцем.")
    assert [m.text for m in found] == ["Кам'янцем"]
    assert found[0].resolution.status == "ambiguous"
    assert found[0].resolution.best is not None
    assert found[0].resolution.best.entry.code == KAMIANETS_SELYSHCHE


def test_between_is_no_cue_by_itself(gz: Gazetteer) -> None:
    # між is no cue by itself, for a village (між Роганню, Опакою) as for a cut name (people
    # are named between too); only a town by its own name in the pair makes its other name
    # a place (tests/test_text_borders.py): Бої між Равою та Жовквою reads both
    assert find_places(gz, "Бої між Равою та Опакою.") == []
    assert sure_mentions(gz, "Бої між Равою та Жовквою.") == [
        ("Равою", RAVA_RUSKA, "matched"),
        ("Жовквою", ZHOVKVA, "matched"),
    ]


@pytest.mark.parametrize(
    "query",
    ["Snake Island", "Zmiinyi Island", "острів Зміїний", "на острові Зміїний", "остров Змеиный"],
)
def test_snake_island_is_the_seat_of_its_hromada(gz: Gazetteer, query: str) -> None:
    match = assert_matched(gz, query, VYLKOVE)
    assert match.kind == "facility"


def test_snake_island_with_a_hint_elsewhere_is_no_facility(gz: Gazetteer) -> None:
    found = gz.resolve("Snake Island", oblast="Kharkivska")
    assert found.best is None or found.best.kind != "facility"


def test_snake_island_in_a_sentence(gz: Gazetteer) -> None:
    text = "Russian troops left Snake Island on Thursday."
    assert sure_mentions(gz, text) == [("Snake Island", VYLKOVE, "matched")]
