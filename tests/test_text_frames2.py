"""Two frames of running text: a thing sent, given or said, then від/у/от and a surname in
the genitive (Лист від Климця, Интервью у Максимца) names a person, not the village its
nominative names, unless a city of 100,000 (Лист від Харкова); an island's name with its
island's word beside it in any case (острів Зміїний, на острові Зміїному, острова Змеиный)
is read as lookup reads it: the seat of the hromada it is part of, Вилкове (kind
``facility``). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched, sure_mentions

from gazetteer import Gazetteer, find_places

KLYMETS = "UA46100090080057015"  # Климець, a village of Lviv oblast: the only one
MAKSYMETS = "UA26120090060046845"  # Максимець, a village of Ivano-Frankivsk oblast: the only one
KHARKIV = "UA63120270010096107"  # the city Харків
ODESA = "UA51100270010076757"  # the city Одеса
BAKHMUT = "UA14020010010059145"  # the city Бахмут, Donetsk oblast
VYLKOVE = "UA51080010010086017"  # the city Вилкове, seat of the Vylkivska hromada


@pytest.mark.parametrize(
    "text",
    [
        "Лист від Климця прийшов уранці.",
        "Интервью у Максимца вышло вчера.",
        "Письмо от Климца пришло утром.",
        "Дзвінок від Климця пролунав о восьмій.",
        "Коментар від Максимця з'явився на сайті.",
        "Подарунок від Климця привезли додому.",
        "Інтерв'ю у Климця вийшло вчора.",
        "Заявление от Максимца поступило в суд.",
        "Лист від Кагарлика прийшов.",  # Кагарлик: a town of 13,000 too, as a surname is
    ],
)
def test_a_sender_after_a_thing_sent_is_no_place(gz: Gazetteer, text: str) -> None:
    # (Климця, Максимца had been read as the villages, sure)
    assert find_places(gz, text) == []


@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("Лист від Харкова прийшов уранці.", "Харкова", KHARKIV),
        ("Письмо от Одессы пришло утром.", "Одессы", ODESA),
    ],
)
def test_a_city_of_100000_after_a_thing_sent_stays_a_place(
    gz: Gazetteer, text: str, written: str, code: str
) -> None:
    assert sure_mentions(gz, text) == [(written, code, "matched")]


@pytest.mark.parametrize(
    ("text", "written", "code"),
    [
        ("Бої тривають біля Климця.", "Климця", KLYMETS),  # no thing sent: a place's preposition
        ("Поблизу Максимця сталася пожежа.", "Максимця", MAKSYMETS),
        ("Повідомлення з Климця надійшло.", "Климця", KLYMETS),  # з "from": where it came from
        ("Повідомлення у Бахмуті.", "Бахмуті", BAKHMUT),  # у with a locative: where
    ],
)
def test_the_village_without_the_frame_is_read(
    gz: Gazetteer, text: str, written: str, code: str
) -> None:
    assert sure_mentions(gz, text) == [(written, code, "matched")]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Росія атакувала острів Зміїний.", "острів Зміїний"),
        ("Острів Зміїний звільнено.", "Острів Зміїний"),
        ("Бій на острові Зміїному.", "острові Зміїному"),
        ("Бої біля Зміїного острова тривають.", "Зміїного острова"),
        ("Захват острова Змеиный.", "острова Змеиный"),
        ("На острове Змеином высадились.", "острове Змеином"),
        ("Флаг над островом Змеиным.", "островом Змеиным"),
        ("Russian troops left Zmiinyi island.", "Zmiinyi island"),
        ("Russia hit Snake Island.", "Snake Island"),
    ],
)
def test_an_island_with_its_word_is_read(gz: Gazetteer, text: str, written: str) -> None:
    # (the Cyrillic ones had found no place: Зміїний is no settlement's name)
    found = find_places(gz, text)
    assert [(m.text, m.resolution.status) for m in found] == [(written, "matched")]
    best = found[0].resolution.best
    assert best is not None and best.entry.code == VYLKOVE and best.kind == "facility"


@pytest.mark.parametrize("query", ["на острові Зміїному", "острова Зміїного", "острове Змеином"])
def test_a_lookup_reads_the_island_declined(gz: Gazetteer, query: str) -> None:
    assert_matched(gz, query, VYLKOVE)


def test_the_name_alone_without_its_word_is_no_place(gz: Gazetteer) -> None:
    assert find_places(gz, "Зміїний хребет видно здалеку.") == []
