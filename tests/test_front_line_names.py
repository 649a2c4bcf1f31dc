"""Front-line villages as war reporting names them: their Russian forms and romanisations."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

#: Роботине, Polohy raion, Zaporizhzhia oblast (Russian Работино)
ROBOTYNE = "UA23100270150025192"


@pytest.mark.parametrize("text", ["Работино", "село Работино"])
def test_the_russian_form_of_robotyne(gz: Gazetteer, text: str) -> None:
    # Ukrainian робот- is Russian работ- (робота, работа): the rule's form had been Роботино,
    # a letter away, so Работино was only a guess
    found = gz.resolve(text)
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == ROBOTYNE
