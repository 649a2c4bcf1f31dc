"""A list of people in Ukrainian running text: its surnames declined (Вірші Шевченка, з Усиком,
інтерв'ю Кличкові, про Зеленського), with the given name and patronymic (Тараса Шевченка),
read as the person, and no place's or common word's declined form read so. The people are
public figures of tests/data/people.csv; the endings are those of Ukrainian grammar (a
masculine surname in -о, a consonant or an adjective's ending declines, a woman's in a
consonant or -о does not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, find_places

PEOPLE = Path(__file__).parent / "data" / "people.csv"


@pytest.fixture(scope="module")
def crew() -> Gazetteer:
    return Gazetteer.from_file(PEOPLE)


def _read(gz: Gazetteer, text: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each mention: its words, its status and the people it may be."""
    return [
        (m.text, m.resolution.status, frozenset(c.entry.code for c in m.resolution.candidates
                                                 if c.score >= m.resolution.best.score))  # type: ignore[union-attr]
        for m in find_places(gz, text)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        ("Вірші Шевченка читали всі.", "Шевченка", {"p01", "p02"}),  # (two bear it)
        ("Інтерв'ю Кличкові дали вчора.", "Кличкові", {"p03", "p04"}),
        ("Зустріч з Усиком відбулася в Києві.", "Усиком", {"p05"}),  # -ик
        ("Говорили про Зеленського.", "Зеленського", {"p07"}),  # -ський
        ("Уряд Порошенка пішов у відставку.", "Порошенка", {"p08"}),  # -енко
        ("Указ Кравчука набув чинності.", "Кравчука", {"p09"}),  # -ук
        ("Розмова зі Стефанчуком тривала годину.", "Стефанчуком", {"p24"}),
        ("Вони зустрілися з Януковичем.", "Януковичем", {"p12"}),  # -ич: -ем
        ("Прем'єр-міністра Шмигаля звільнили.", "Шмигаля", {"p22"}),  # -ь
        ("Міністр говорив із Кулебою.", "Кулебою", {"p21"}),  # -а
        ("Рекорд Клочкової побили.", "Клочкової", {"p36"}),  # a woman's in -ова
        ("Виступ Лобановського запам'ятали.", "Лобановського", {"p34"}),
        ("Подякували Єрмакові.", "Єрмакові", {"p28"}),
        ("Фільми Довженка показали.", "Довженка", {"p37"}),
        ("Шевченка читали всі.", "Шевченка", {"p01", "p02"}),  # (-енко opens a sentence)
    ],
)
def test_a_declined_surname_is_the_person_who_bears_it(
    crew: Gazetteer, text: str, words: str, codes: set[str]
) -> None:
    status = "matched" if len(codes) == 1 else "ambiguous"
    assert _read(crew, text) == [(words, status, frozenset(codes))]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Вірші Тараса Шевченка читали всі.", "Тараса Шевченка", "p01"),
        ("Гол Андрія Шевченка.", "Андрія Шевченка", "p02"),
        ("Подарунок Тарасові Григоровичу Шевченку.", "Тарасові Григоровичу Шевченку", "p01"),
        ("Вірш Т. Г. Шевченка.", "Т. Г. Шевченка", "p01"),
        ("Зустріч з Олександром Усиком.", "Олександром Усиком", "p05"),
        ("Лист від Юлії Тимошенко.", "Юлії Тимошенко", "p06"),  # (hers stays as it is)
        ("Листи Лесі Українки.", "Лесі Українки", "p14"),  # (her pen name declines)
        ("Виступ Володимира Зеленського.", "Володимира Зеленського", "p07"),
    ],
)
def test_a_declined_name_with_its_given_name_is_that_person(
    crew: Gazetteer, text: str, words: str, code: str
) -> None:
    assert _read(crew, text) == [(words, "matched", frozenset({code}))]


@pytest.mark.parametrize(
    "text",
    [
        # another given name than the list's Шевченкos': another Шевченко
        "Вірш Сергія Шевченка.",
        # a woman's surname in -о or a consonant does not decline: a man's, not in the list
        "Лист від Тимошенка.",
        "Портрет Косача.",
        # a place's or a street's word before: the place (the village Шевченка), the street
        "У селі Шевченка немає світла.",
        "На вулиці Франка ремонт.",
        "Проспект Бандери перекрили.",
        "Університет імені Шевченка відкрився.",
        # a level word after, the locative after у, a preposition before a city's name:
        # Хмельницький, the city
        "Жителі Хмельницького району скаржаться.",
        "У Хмельницькому тихо.",
        "Поїхали до Хмельницького по роботі.",
        "З Хмельницького виїхав автобус.",
        # a common word opening a sentence: a frying pan, a dog's name
        "Сковороду поставили на плиту.",
        "Кличка собаки — Рекс.",
        # (Усика keys as Usyk A.: no typo is read in text)
        "Усика визнали найкращим.",
    ],
)
def test_no_declined_place_or_word_is_read_as_a_person(crew: Gazetteer, text: str) -> None:
    assert find_places(crew, text) == []


def test_a_conjunction_is_no_initial(crew: Gazetteer) -> None:
    # (і had been read as Іван Франко's initial: Франко і, as Франко І.)
    assert [m.text for m in find_places(crew, "Франко і Шевченко писали вірші.")] == [
        "Франко",
        "Шевченко",
    ]


def test_a_mention_says_what_it_was_read_as(crew: Gazetteer) -> None:
    (mention,) = find_places(crew, "Зустріч з Усиком.")
    assert (mention.text, mention.query) == ("Усиком", "Усик")


def test_a_surname_a_man_and_a_woman_bear_reads_declined_as_his(tmp_path: Path) -> None:
    team = tmp_path / "team.csv"
    team.write_text(
        "# kind: people\nid,name\nm,Ковальчук Іван Петрович\nw,Ковальчук Олена Петрівна\n",
        encoding="utf-8",
    )
    gz = Gazetteer.from_file(team)
    assert _read(gz, "Розмова з Іваном Ковальчуком.") == [
        ("Іваном Ковальчуком", "matched", frozenset({"m"}))
    ]
    # (Олена Ковальчук's surname does not decline: Оленою Ковальчук)
    assert _read(gz, "Розмова з Оленою Ковальчук.") == [
        ("Оленою Ковальчук", "matched", frozenset({"w"}))
    ]
    assert _read(gz, "Розмова з Оленою Ковальчуком.") == []
