"""A name after a title (Mr., Dr., пан, господин) is a person's, though a town bears it."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

IZIUM = "UA63040090010029555"  # Ізюм, Kharkiv oblast (KATOTTG)


def _found(text: str) -> list[str]:
    return [m.text for m in find_places(Gazetteer.default(), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Sumy Kovalenko met Mr. Lyman.",
        "Зустрілися пані Балаклія та пан Лиман.",
        "Господин Изюм прибыл на встречу.",
    ],
)
def test_a_titled_name_is_no_place(text: str) -> None:
    assert _found(text) == []


def test_the_place_beside_a_titled_person_is_still_found() -> None:
    mentions = list(find_places(Gazetteer.default(), "Пан Лиман приїхав до Ізюма."))
    assert [(m.text, m.resolution.best.entry.code) for m in mentions if m.resolution.best] == [
        ("Ізюма", IZIUM)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I miss Kharkiv so much.", ["Kharkiv"]),  # miss, a verb in lower case: no title
        ("Refugees miss Mariupol and Kherson.", ["Mariupol", "Kherson"]),
        ("Miss Odesa was crowned.", []),
    ],
)
def test_an_english_title_is_capitalised(text: str, found: list[str]) -> None:
    assert _found(text) == found
