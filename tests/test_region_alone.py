"""A region's name in another script or language read alone: Turkish Kırım and Crimean
Tatar Qırım (the dotless ı) as Crimea; an ISO 3166-2 name of another language
(``data/oblast_names.tsv``) less its word for the unit as its oblast when it names no city
(Romanian Volînia, Transcarpatia, Hungarian Kárpátalja; not Romanian Harkov, the city); and
those names' match kind, ``exonym``, as a city's name in another language has."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

# KATOTTG codes, from data/katottg.tsv
CRIMEA = "UA01000000000013043"
VOLYNSKA = "UA07000000000024379"
ZAKARPATSKA = "UA21000000000011690"
KHARKIVSKA = "UA63000000000041885"
ZAPORIZKA = "UA23000000000064947"
YALTA = "UA01200310010053783"  # Ялта, city of Crimea
KHARKIV = "UA63120270010096107"  # Харків, the city
KYIV = "UA80000000000093317"  # Київ, the capital
KHMELNYTSKYI = "UA68040470010096613"  # Хмельницький, the city
VINNYTSKYI_RAION = "UA05020000000026686"  # Вінницький район


@pytest.mark.parametrize("text", ["Kırım", "Qırım"])
def test_crimea_in_turkish_and_crimean_tatar(gz: Gazetteer, text: str) -> None:
    r = gz.resolve(text)
    assert r.status == "matched" and r.best is not None and r.best.entry.code == CRIMEA


@pytest.mark.parametrize("hint", ["Kırım", "Qırım"])
def test_crimea_in_turkish_as_a_hint(gz: Gazetteer, hint: str) -> None:
    best = gz.resolve("Yalta", oblast=hint).best
    assert best is not None and best.entry.code == YALTA
    oblast = gz.parse_oblast(hint)
    assert oblast is not None and oblast.code == CRIMEA


@pytest.mark.parametrize(("text", "code"), [("Harkiv", KHARKIV), ("Kiyev", KYIV)])
def test_city_exonyms_still_read(gz: Gazetteer, text: str, code: str) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Volînia", VOLYNSKA),  # Romanian (was the village Volynka, 90)
        ("Transcarpatia", ZAKARPATSKA),  # Romanian (was nothing)
        ("Kárpátalja", ZAKARPATSKA),  # Hungarian, of Kárpátalja megye
    ],
)
def test_a_foreign_region_name_alone(gz: Gazetteer, text: str, code: str) -> None:
    r = gz.resolve(text)
    assert r.status == "matched" and r.best is not None and r.best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Harkov", KHARKIV),  # Romanian for Kharkiv oblast is the city's name
        ("Hmelnîțkîi", KHMELNYTSKYI),  # the same, read by its letters
        ("winnicki", VINNYTSKYI_RAION),  # Polish: the raion's name as much as the oblast's
    ],
)
def test_a_foreign_name_of_a_place_stays_the_place(gz: Gazetteer, text: str, code: str) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kárpátalja megye", ZAKARPATSKA),
        ("Transcarpatia", ZAKARPATSKA),
        ("Zaporizia Oblast", ZAPORIZKA),  # Dutch Zaporizja
    ],
)
def test_an_oblast_by_its_foreign_name_is_an_exonym(gz: Gazetteer, text: str, code: str) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code
    assert (best.kind, best.score) == ("exonym", 98.5)


@pytest.mark.parametrize(
    ("text", "kind", "score"),
    [("Kharkivska oblast", "exact", 100.0), ("Kharkov Oblast", "variant", 99.0)],
)
def test_an_oblast_by_its_own_name_keeps_its_kind(
    gz: Gazetteer, text: str, kind: str, score: float
) -> None:
    # (Kharkov is Romanian Harkov's key too, but reads as Харьковская's stem as well)
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == KHARKIVSKA
    assert (best.kind, best.score) == (kind, score)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Herszon", "UA65100150010064384"),  # Hungarian: Херсон, and the oblast's ISO name
        ("Odessza", "UA51100270010076757"),  # Hungarian: Одеса
    ],
)
def test_a_foreign_oblast_name_alone_is_an_exonym_left_out_with_them(gz, text, city):
    # many languages name the oblast by its centre: with the exonyms the city's own exonym
    # answers; without them the oblast's foreign name must not answer for the city, surely
    assert gz.resolve(text).best.entry.code == city
    without = gz.resolve(text, sources="official,russian,former")
    assert without.best is None or without.best.entry.category != "O"
