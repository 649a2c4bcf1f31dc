"""A council with its oblast (and raion) after it in the genitive, no comma, as documents
write it (Шахтарська міська рада Дніпропетровської області): read as the council alone, in
that oblast. The facts are KATOTTG's (data/katottg.tsv): the hromada Шахтарська of
Dnipropetrovsk oblast, seat the city Шахтарське, and of Donetsk oblast, seat the city
Шахтарськ; the hromada Гусятинська of Ternopil oblast; Таранівка, a village of Kharkiv
oblast's Chuhuiv raion (old Зміївський raion)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

SHAKHTARSKE = "UA12140210010011011"  # the city, Dnipropetrovsk oblast
SHAKHTARSK = "UA14060170010074240"  # the city, Donetsk oblast
HUSIATYNSKA = "UA61060130000045755"  # the hromada, Ternopil oblast
TARANIVKA = "UA63140030510094161"  # the village, Kharkiv oblast
HORODOK_LVIV = "UA46060070010047335"  # the city Городок, Lviv oblast


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Шахтарська міська рада Дніпропетровської області", SHAKHTARSKE),
        ("Шахтарська міська рада Донецької області", SHAKHTARSK),
        ("Шахтерский городской совет Днепропетровской области", SHAKHTARSKE),
        ("Городоцька міська рада Львівської області", HORODOK_LVIV),
        ("Гусятинська селищна рада Тернопільської області", HUSIATYNSKA),
        ("Гусятинська селищна рада Чортківського району Тернопільської області", HUSIATYNSKA),
        ("Таранівська сільська рада Харківської області", TARANIVKA),
        ("Таранівська сільська рада Зміївського району Харківської області", TARANIVKA),
    ],
)
def test_the_council_in_the_oblast_after_it(gz: Gazetteer, query: str, code: str) -> None:
    answer = gz.resolve(query)
    assert answer.status == "matched"
    assert answer.best is not None and answer.best.entry.code == code


def test_an_oblast_of_neither_city_tells_nothing(gz: Gazetteer) -> None:
    answer = gz.resolve("Шахтарська міська рада Київської області")
    assert answer.status == "ambiguous"
    assert {m.entry.code for m in answer.candidates[:2]} == {SHAKHTARSK, SHAKHTARSKE}


def test_no_council_of_that_name_in_the_oblast_is_no_sure_answer(gz: Gazetteer) -> None:
    # no Таранівка in Zaporizhzhia oblast: not the Kharkiv one, nor a look-alike, sure
    answer = gz.resolve("Таранівська сільська рада Запорізької області")
    assert answer.status != "matched"
    assert all(m.entry.code != TARANIVKA for m in answer.candidates)
