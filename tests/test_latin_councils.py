"""A council romanised (Kharkivska miska rada, Kharkovskiy gorodskoy sovet, Taranivska silska
rada) is read as the Cyrillic one: a city's council is its city, a village council before
2020 its seat, a hromada the hromada. The facts are KATOTTG's (data/katottg.tsv)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.councils import a_city_council

KHARKIV = "UA63120270010096107"
KYIV = "UA80000000000093317"
CHERKASY = "UA71080490010015879"
SHAKHTARSKE = "UA12140210010011011"  # the city, Dnipropetrovsk oblast (hromada Шахтарська)
SHAKHTARSK = "UA14060170010074240"  # the city, Donetsk oblast (hromada Шахтарська)
IZIUMSKA = "UA63040090000021240"  # the hromada
TARANIVKA = "UA63140030510094161"  # a village of old Зміївський raion, Kharkiv oblast
HUSIATYNSKA = "UA61060130000045755"  # the hromada, Ternopil oblast


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Kharkivska miska rada", KHARKIV),
        ("Kharkivskoi miskoi rady", KHARKIV),
        ("Kharkovskiy gorodskoy sovet", KHARKIV),
        # Київська is the oblast's adjective too: the council is the city's
        ("Kyivska miska rada", KYIV),
        # Черкаська: three hromadas so named, one a city's
        ("Cherkaska miska rada", CHERKASY),
        ("Shakhtarska miska rada Dnipropetrovskoi oblasti", SHAKHTARSKE),
        ("Shakhtarska miska rada, Donetska oblast", SHAKHTARSK),
        ("Taranivska silska rada Zmiivskoho raionu", TARANIVKA),
        ("Husiatynska selyshchna rada Ternopilskoi oblasti", HUSIATYNSKA),
        ("Iziumska miska terytorialna hromada", IZIUMSKA),
        ("Iziumska miska hromada", IZIUMSKA),
    ],
)
def test_a_romanised_council(gz: Gazetteer, query: str, code: str) -> None:
    answer = gz.resolve(query)
    assert answer.status == "matched"
    assert answer.best is not None and answer.best.entry.code == code


def test_a_council_two_cities_name_so_is_either(gz: Gazetteer) -> None:
    answer = gz.resolve("Shakhtarska miska rada")
    assert answer.status == "ambiguous"
    assert {m.entry.code for m in answer.candidates[:2]} == {SHAKHTARSK, SHAKHTARSKE}


def test_a_word_that_opens_as_miska_says_no_council() -> None:
    assert a_city_council("Kharkivska miska rada")
    assert not a_city_council("Miskolc")
    assert not a_city_council("Iziumska miska hromada")
