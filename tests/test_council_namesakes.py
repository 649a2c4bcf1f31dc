"""A city council whose adjective two cities' hromadas bear: either city, unless an oblast
tells them apart or one of them is known by its name alone. The facts are KATOTTG's: the
hromada Шахтарська of Donetsk oblast (seat the city Шахтарськ) and of Dnipropetrovsk oblast
(seat the city Шахтарське, Першотравенськ until 2024); Городоцька of Lviv and of Khmelnytskyi
oblast (each seat a city Городок); Зіньківська of Poltava oblast (seat the city Зіньків) and
of Khmelnytskyi oblast (seat the village Зіньків)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

SHAKHTARSK = "UA14060170010074240"  # Donetsk oblast
SHAKHTARSKE = "UA12140210010011011"  # Dnipropetrovsk oblast
HORODOK_LVIV = "UA46060070010047335"
HORODOK_KHMELNYTSKYI = "UA68040130010039416"
ZINKIV_CITY = "UA53080090010093569"  # Poltava oblast
ZINKIVSKA_POLTAVA, ZINKIVSKA_KHMELNYTSKYI = "UA53080090000014431", "UA68040190000021840"
MYKOLAIV_CENTRE = "UA48060150010035747"


@pytest.mark.parametrize(
    ("council", "cities"),
    [
        ("Шахтарська міська рада", {SHAKHTARSK, SHAKHTARSKE}),
        ("Городоцька міська рада", {HORODOK_LVIV, HORODOK_KHMELNYTSKYI}),
    ],
)
def test_a_council_two_cities_name_so_is_either(
    gz: Gazetteer, council: str, cities: set[str]
) -> None:
    answer = gz.resolve(council)
    assert answer.status == "ambiguous"
    assert {m.entry.code for m in answer.candidates[:2]} == cities


def test_an_oblast_tells_the_councils_city(gz: Gazetteer) -> None:
    for answer in (
        gz.resolve("Шахтарська міська рада", oblast="Дніпропетровська"),
        gz.resolve("Шахтарська міська рада, Дніпропетровська область"),
    ):
        assert answer.status == "matched"
        assert answer.best is not None and answer.best.entry.code == SHAKHTARSKE
    answer = gz.resolve("Шахтарська міська рада", oblast="Donetsk")
    assert answer.best is not None and answer.best.entry.code == SHAKHTARSK


def test_an_oblast_centre_is_the_council_its_name_says(gz: Gazetteer) -> None:
    answer = gz.resolve("Миколаївська міська рада")
    assert answer.status == "matched"
    assert answer.best is not None and answer.best.entry.code == MYKOLAIV_CENTRE


def test_a_city_council_is_the_city_a_hromada_two_share(gz: Gazetteer) -> None:
    # (міська: the Poltava oblast city, not the Khmelnytskyi oblast village)
    answer = gz.resolve("Зіньківська міська рада")
    assert answer.status == "matched"
    assert answer.best is not None and answer.best.entry.code == ZINKIV_CITY
    hromada = gz.resolve("Зіньківська громада")
    assert hromada.status == "ambiguous"
    codes = {m.entry.code for m in hromada.candidates[:2]}
    assert codes == {ZINKIVSKA_POLTAVA, ZINKIVSKA_KHMELNYTSKYI}
