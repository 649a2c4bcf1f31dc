"""A name that opens a sentence read as a place by what war news says of it after
(:func:`gazetteer.warverbs.opens_as_place`): the Ukrainian verb with its preposition, and
persons' surnames in Cyrillic as in Latin. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

#: KATOTTG: Кринки, Kherson raion of Kherson oblast (the only Кринки)
KRYNKY = "UA65100110040070147"


def _codes(text: str) -> list[str]:
    gz = Gazetteer.default()
    return [m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best]


@pytest.mark.parametrize(
    "text",
    [
        "Кринки потрапили під обстріл.",  # (під was read only glued to its noun)
        "Кринки опинилися під обстрілом.",
        "Кринки вчергове потрапили під удар.",
        "Кринки попали под обстрел.",  # (под read so already)
        "Кринки зазнали обстрілу.",
    ],
)
def test_a_village_that_came_under_fire_with_a_preposition_is_found(text: str) -> None:
    assert _codes(text) == [KRYNKY]


@pytest.mark.parametrize(
    "text",
    [
        # Russian surnames in Cyrillic, as Petrov, Sidorov in Latin: persons, not the
        # villages Петрів, Сидорів, Кузнеці, Соколів whose Russian forms they spell
        "Петров оказался под обстрелом.",
        "Сидоров под ударом.",
        "Кузнецов оказался под обстрелом.",
        "Соколов попал под обстрел.",
        "Petrov came under fire.",
    ],
)
def test_a_surname_opening_a_sentence_under_fire_is_no_place(text: str) -> None:
    assert _codes(text) == []


def test_a_city_whose_russian_name_ends_so_is_still_found() -> None:
    # Харьков, Николаев: Харків, Миколаїв (cities, read as places by their category)
    assert _codes("Харьков под обстрелом.") == ["UA63120270010096107"]
    assert _codes("Николаев под обстрелом.") == ["UA48060150010035747"]


@pytest.mark.parametrize(
    "text",
    [
        # звільнено is also 'dismissed', 'released': its object, in the accusative, is a
        # person when animate (Олега, Залужного, Шевченка) or a woman's name (Марію)
        "Олега звільнено з полону.",
        "Залужного звільнено з посади.",
        "Шевченка звільнено з посади.",
        "Марію звільнено.",
        # a man's name in -я/-а (Ілля, Микола), whose accusative had been checked only
        # against women's names: Іллю had been the village Ілля (sure)
        "Іллю звільнено з полону.",
        "Миколу звільнено з полону.",
    ],
)
def test_a_person_in_the_accusative_before_an_impersonal_predicate_is_no_place(
    text: str,
) -> None:
    assert _codes(text) == []


def test_a_place_in_the_accusative_before_an_impersonal_predicate_is_found() -> None:
    assert _codes("Кринки звільнено.") == [KRYNKY]
    # Балаклію: the accusative of Балаклія, the city of Izium raion (KATOTTG)
    assert _codes("Балаклію звільнено.") == ["UA63040010010039074"]


@pytest.mark.parametrize(
    "text",
    [
        # neuter names in -я (Залісся, Заріччя, Підгір'я: villages) are their own
        # accusative, no animate one: they had been read as persons and dropped
        "Залісся обстріляно.",
        "Заріччя окуповано.",
        "Ворог обстріляв Залісся.",
        "ЗСУ звільнили Заріччя.",
        "Ворог атакував Підгір'я.",
    ],
)
def test_a_neuter_name_in_ya_is_no_persons_accusative(text: str) -> None:
    found = find_places(Gazetteer.default(), text)
    assert [m.resolution.best.entry.name_uk for m in found if m.resolution.best] in (
        ["Залісся"],
        ["Заріччя"],
        ["Підгір’я"],
    )


def test_a_mans_genitive_in_ya_is_still_a_persons_accusative() -> None:
    assert _codes("Андрія звільнено з полону.") == []
    assert _codes("Ворог обстріляв Василя.") == []
