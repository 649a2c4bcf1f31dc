"""A reporting verb after a comma tags the clause before it ("біля Ізюма, повідомив
Генштаб": the General Staff reported it), so the name before the comma is no speaker. A
person who speaks stands right before the verb (Volodymyr said), with no comma between.
Codes: KATOTTG (data/katottg.tsv), Izium UA63040090010029555, Myrnohrad UA14160150010065527."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

IZIUM = "UA63040090010029555"
MYRNOHRAD = "UA14160150010065527"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Тривають бої біля Ізюма, повідомив Генштаб.", IZIUM),  # had found nothing
        ("Тривають бої біля Мирнограда, повідомив Генштаб.", MYRNOHRAD),  # had found nothing
        ("Бои идут под Мирноградом, сообщил Генштаб.", MYRNOHRAD),  # had found nothing
        ("Russian forces shelled Izium, said Governor Oleh Syniehubov.", IZIUM),  # nothing
        ("Тривають бої біля Ізюма, повідомляє Генштаб.", IZIUM),  # (found before as well)
    ],
)
def test_a_name_before_a_comma_and_a_reporting_verb_is_a_place(
    gz: Gazetteer, text: str, code: str
) -> None:
    assert [m.resolution.best.entry.code for m in find_places(gz, text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Lyman said the village was quiet.",  # Лиман: a surname as well
        "Volodymyr said the bridge was hit.",
        "Сергій повідомив, що міст пошкоджено.",
    ],
)
def test_a_name_right_before_a_reporting_verb_still_speaks(gz: Gazetteer, text: str) -> None:
    assert find_places(gz, text) == []
