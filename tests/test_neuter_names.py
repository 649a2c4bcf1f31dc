"""Neuter place names in -о declined in running text (Мукачево: до Мукачева, у Мукачеві)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places
from gazetteer.declension import nominatives

# KATOTTG codes of the cities (Мукачево, Zakarpattia; Дубно, Rivne; Комарно, Lviv oblast)
MUKACHEVO = "UA21040150010056148"
DUBNO = "UA56040110010080334"
KOMARNO = "UA46060210010034733"


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [("Мукачева", "Мукачево"), ("Мукачеві", "Мукачево"), ("Мукачевом", "Мукачево"),
     ("Мукачеву", "Мукачево"), ("Дубна", "Дубно"), ("Дубні", "Дубно")],
)  # fmt: skip
def test_a_neuter_name_in_o_declines(declined: str, nominative: str) -> None:
    assert nominative in nominatives(declined)


def test_a_surname_in_enko_is_not_read_as_a_neuter_place() -> None:
    # Шевченко the surname declines as a noun in -а (з Шевченком, до Шевченка); villages
    # named Шевченко are not read from those cases
    assert "Шевченко" not in nominatives("Шевченком")
    assert "Шевченко" not in nominatives("Шевченка")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Прем'єр приїхав до Ужгорода, а потім до Мукачева.", MUKACHEVO),
        ("Уночі у Мукачеві пролунали вибухи.", MUKACHEVO),
        ("Гуманітарний вантаж прибув до Дубна.", DUBNO),
        ("У Комарні відкрили пункт незламності.", KOMARNO),
    ],
)
def test_a_declined_neuter_city_is_found_in_text(text: str, code: str) -> None:
    gz = Gazetteer.default()
    found = {m.resolution.best.entry.code for m in find_places(gz, text) if m.resolution.best}
    assert code in found
