"""Humanitarian sheet shapes: a code pasted beside a place's name
(:mod:`gazetteer.codebeside`), and a hromada named by its seat's name and a hromada word
(:mod:`gazetteer.seatedunit`). Every code is a row of data/katottg.tsv."""

from __future__ import annotations

import csv
import io

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer
from gazetteer.query import unit_level
from gazetteer.rows import normalize_rows

#: Two villages Красне of Kyiv oblast: of Броварський район, and of Білоцерківський.
KRASNE_BROVARY = "UA32060110150041623"
KRASNE_BILA_TSERKVA = "UA32020230080037584"
#: Шебелинка, a village of Kharkiv oblast (another oblast's code beside Krasne).
SHEBELYNKA = "UA63040070110064012"
#: Балаклія, a city of Kharkiv oblast, and the hromada seated there, Балаклійська.
BALAKLIIA = "UA63040010010039074"
BALAKLIISKA = "UA63040010000010092"
POLOHIVSKA = "UA23100190000020018"  # seated at Пологи (a city of Zaporizhzhia oblast)
LOKACHYNSKA = "UA07020110000037373"  # seated at Локачі (a selyshche of Volyn oblast)
VELYKOKOPANIVSKA = "UA65100030000028786"  # seated at Великі Копані (Kherson oblast)
SHYROKIVSKA_ZAPORIZHZHIA = "UA23060330000027462"  # one of four Широківська hromadas


@pytest.mark.parametrize(
    "text",
    [
        f"Krasne ({KRASNE_BROVARY})",  # had tied with every Krasne of Ukraine
        f"{KRASNE_BROVARY} Krasne",  # had been no match at all
        f"Krasne - {KRASNE_BROVARY}",
        f"Красне, {KRASNE_BROVARY}",
        "Krasne (UA3206011015)",  # the OCHA P-code
        "UA3206011 Krasne",  # its hromada's P-code: the one Krasne in it
    ],
)
def test_a_code_beside_a_name_picks_its_namesake(gz: Gazetteer, text: str) -> None:
    assert_matched(gz, text, KRASNE_BROVARY)


def test_a_code_beside_one_of_very_many_namesakes(gz: Gazetteer) -> None:
    # an Іванівка of Mykolaiv oblast, one of 119: beyond the name's own candidates
    assert_matched(gz, "Ivanivka (UA48060130040097628)", "UA48060130040097628")


def test_a_raions_code_beside_a_name_keeps_the_namesakes_inside(gz: Gazetteer) -> None:
    assert_matched(gz, "UA3202 Krasne", KRASNE_BILA_TSERKVA)  # Білоцерківський район


def test_a_code_of_another_place_makes_the_name_unsure(gz: Gazetteer) -> None:
    resolution = gz.resolve(f"Krasne ({SHEBELYNKA})")
    assert resolution.status != "matched"
    assert resolution.best is None or resolution.best.score < 90


def test_a_code_that_names_nothing_leaves_the_name(gz: Gazetteer) -> None:
    assert_matched(gz, "Balakliia (UA99999999999999999)", BALAKLIIA, oblast="Kharkivska")


@pytest.mark.parametrize(
    ("text", "oblast", "code"),
    [
        ("Balakliia hromada", None, BALAKLIISKA),  # had been the city Балаклія
        ("Balakliia Hromada", "Kharkiv Oblast", BALAKLIISKA),
        ("Balakliia TG", None, BALAKLIISKA),
        ("Балаклія громада", None, BALAKLIISKA),
        ("Polohy OTG", None, POLOHIVSKA),  # had been the city Пологи
        ("Пологи громада", None, POLOHIVSKA),
        ("Lokachi territorial community", None, LOKACHYNSKA),  # an irregular adjective
        ("Velyki Kopani hromada", "Khersonska", VELYKOKOPANIVSKA),  # two words joined
        ("Shyroke hromada", "Zaporizka", SHYROKIVSKA_ZAPORIZHZHIA),
    ],
)
def test_a_hromada_by_its_seats_name(
    gz: Gazetteer, text: str, oblast: str | None, code: str
) -> None:
    assert_matched(gz, text, code, oblast=oblast)


def test_a_seats_name_without_the_word_stays_the_town(gz: Gazetteer) -> None:
    assert_matched(gz, "Balakliia", BALAKLIIA, oblast="Kharkivska")


def test_namesake_seats_in_several_oblasts_tie(gz: Gazetteer) -> None:
    resolution = gz.resolve(
        "Shyroke hromada"
    )  # four of the five Широківська hromadas (the Luhansk one has no Широке)
    assert resolution.status == "ambiguous"
    top = resolution.candidates[0].score
    tied = [m.entry for m in resolution.candidates if m.score == top]
    assert SHYROKIVSKA_ZAPORIZHZHIA in {e.code for e in tied}
    assert len(tied) == 4 and {e.category for e in tied} == {"H"}


def test_normalize_reads_an_admin3_column_of_seat_names(gz: Gazetteer) -> None:
    table = "Admin1,Admin3\nKharkiv Oblast,Balakliia Hromada\nZaporizka,Polohy TG\n"
    rows = list(
        normalize_rows(
            csv.DictReader(io.StringIO(table)),
            column="Admin3",
            oblast_column="Admin1",
            gazetteer=gz,
        )
    )
    assert [r["Admin3_code"] for r in rows] == [BALAKLIISKA, POLOHIVSKA]
    assert [r["Admin3_status"] for r in rows] == ["matched", "matched"]


#: Козлівщина, a village of Великорублівська hromada (Poltava oblast), and Троєщина, one of
#: Полонська hromada (Khmelnytskyi oblast): names in -щина, as regions' own names end.
KOZLIVSHCHYNA = "UA53080030140081831"
TROIESHCHYNA = "UA68060210300096089"
BERYSLAVSKYI = "UA65020000000032929"  # Бериславський район, Kherson oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # had been the hromada: the village's name read as a region's (Харківщина)
        (
            "Козлівщина, Великорублівська громада, Полтавський район, Полтавська область",
            KOZLIVSHCHYNA,
        ),
        ("Троєщина, Полонська громада", TROIESHCHYNA),
        ("у Бериславському районі, Херсонщина", BERYSLAVSKYI),  # a region's name still is one
        ("Херсонщина, Бериславський район", BERYSLAVSKYI),
    ],
)
def test_a_village_in_shchyna_is_no_region(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize("text", ["Харківщина", "на Херсонщині", "Донеччина", "Хмельниччина"])
def test_a_regions_own_name_is_an_oblast_level(text: str) -> None:
    assert unit_level(text) == "O"
