"""A village's plural name met after a preposition that would have declined it (біля
Плиски, у Писанці) ranks below the singular the text declines (gazetteer.pluralcase). Every
code is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

PLYSKA = "UA61020090360040814"  # Плиска, Ternopil oblast: the only one
PLYSKY = "UA74040310010066149"  # Плиски, Chernihiv oblast: the only one
PYSANKA = "UA35040110240094779"  # Писанка, Kirovohrad oblast: the only one
PYSANTSI = "UA12140250400016915"  # Писанці, Dnipropetrovsk oblast: the only one


@pytest.mark.parametrize(
    ("query", "first", "second"),
    [
        # біля takes the genitive: Плиска's is Плиски, Плиски's would be Плисок
        ("біля Плиски", PLYSKA, PLYSKY),
        ("з Плиски", PLYSKA, PLYSKY),
        # у: Писанка's locative; Писанці's would be у Писанцях
        ("у Писанці", PYSANKA, PYSANTSI),
    ],
)
def test_the_singular_the_preposition_declines_comes_first(
    gz: Gazetteer, query: str, first: str, second: str
):
    res = gz.resolve(query)
    assert res.status == "matched"
    assert [c.entry.code for c in res.candidates[:2]] == [first, second]
    assert res.candidates[1].score <= 89


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("у Писанцях", PYSANTSI),  # the plural declined as it should be
        ("біля Писанців", PYSANTSI),
        ("на Писанці", None),  # на, a direction's too (наступ на Писанці): both stay
        ("Плиски", PLYSKY),  # no preposition: the name as written
    ],
)
def test_the_plural_keeps_its_own_reading_elsewhere(gz: Gazetteer, query: str, code: str | None):
    res = gz.resolve(query)
    if code is None:
        assert res.status == "ambiguous"
        assert {c.entry.code for c in res.candidates[:2]} == {PYSANKA, PYSANTSI}
    else:
        assert res.best is not None and res.best.entry.code == code


def test_a_citys_plural_name_left_undeclined_stays_the_city(gz: Gazetteer):
    # writers leave a well-known name undeclined: Чернівці, Суми (cities)
    for query, code in (
        ("біля Суми", "UA59080270010036634"),
        ("у Чернівці", "UA73060610010033137"),
    ):
        res = gz.resolve(query)
        assert res.best is not None and res.best.entry.code == code


def test_find_places_reads_the_declined_singular(gz: Gazetteer):
    (m,) = find_places(gz, "У Писанці відновили електропостачання.")
    assert m.resolution.best is not None and m.resolution.best.entry.code == PYSANKA
    (m,) = find_places(gz, "Степан Шевченко розповів про бої біля Плиски.")
    assert m.resolution.best is not None and m.resolution.best.entry.code == PLYSKA
