"""A city's name cut to its first part (Kamianets, Bilhorod, Rava; Gorzów in a Polish
gazetteer of one's own) is read as the city, kind ``short``: sure alone, never sure beside a
place that bears the name or a city abroad that does. Codes are rows of data/katottg.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer
from gazetteer.cli import main
from gazetteer.shortnames import short_form

KAMIANETS_PODILSKYI = "UA68020110010097898"  # Кам'янець-Подільський, Khmelnytskyi oblast
KAMIANETS_SELYSHCHE = "UA35040230010012861"  # Кам'янець (X), Kirovohrad oblast
BILHOROD_DNISTROVSKYI = "UA51040010010048834"  # Білгород-Дністровський, Odesa oblast
RAVA_RUSKA = "UA46060390010035472"  # Рава-Руська, Lviv oblast
MOHYLIV_PODILSKYI = "UA05080050010069812"  # Могилів-Подільський, Vinnytsia oblast
MOHYLIV_VILLAGE = "UA12020110010079539"  # Могилів (C), Dnipropetrovsk oblast


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Кам’янець-Подільський", "Кам’янець"),
        ("Білгород-Дністровський", "Білгород"),
        ("Кам’янка-Бузька", "Кам’янка"),
        ("Каменец-Подольский", "Каменец"),
        ("Gorzów Wielkopolski", "Gorzów"),
        ("Ostrów Mazowiecka", "Ostrów"),
        ("Kamianets-Podilskyi", "Kamianets"),
        # no regional adjective: nothing to cut
        ("Нова Каховка", ""),
        ("Мала Виска", ""),
        ("Куп’янськ-Вузловий", ""),
        ("Kraków", ""),
        # the first part is a settlement's word, no name
        ("Хутір-Михайлівський", ""),
    ],
)
def test_short_form(name: str, cut: str) -> None:
    assert short_form(name) == cut


def test_a_cut_name_no_place_bears_is_its_city(gz: Gazetteer) -> None:
    found = gz.resolve("Rava")
    assert found.status == "matched"
    assert (found.best.entry.code, found.best.kind) == (RAVA_RUSKA, "short")


def test_a_cut_name_a_city_abroad_bears_is_not_sure_without_its_oblast(gz: Gazetteer) -> None:
    # Білгород is Belgorod, Russia, in Ukrainian: the city of Odesa oblast first, unsure
    for query in ("Bilhorod", "Білгород"):
        found = gz.resolve(query)
        assert found.best.entry.code == BILHOROD_DNISTROVSKYI
        assert found.status == "ambiguous"
    for query, oblast in (("Bilhorod", "Odesa"), ("Bilhorod, Odeska oblast", None)):
        found = gz.resolve(query, oblast=oblast)
        assert found.status == "matched" and found.best.entry.code == BILHOROD_DNISTROVSKYI


def test_a_place_that_bears_the_name_stays_first_and_unsure(gz: Gazetteer) -> None:
    for query, own, city in (
        ("Kamianets", KAMIANETS_SELYSHCHE, KAMIANETS_PODILSKYI),
        ("Каменец", KAMIANETS_SELYSHCHE, KAMIANETS_PODILSKYI),
        ("Mohyliv", MOHYLIV_VILLAGE, MOHYLIV_PODILSKYI),
    ):
        found = gz.resolve(query)
        assert found.status == "ambiguous"
        assert found.best.entry.code == own
        assert city in [m.entry.code for m in found.candidates]


def test_an_oblast_or_a_city_word_tells_which(gz: Gazetteer) -> None:
    assert gz.resolve("Kamianets", oblast="Khmelnytska").best.entry.code == KAMIANETS_PODILSKYI
    assert gz.resolve("Kamianets", oblast="Kirovohradska").best.entry.code == KAMIANETS_SELYSHCHE
    city = gz.resolve("м. Кам'янець")
    assert city.status == "matched" and city.best.entry.code == KAMIANETS_PODILSKYI
    village = gz.resolve("смт Кам'янець")
    assert village.best.entry.code == KAMIANETS_SELYSHCHE


def test_the_whole_name_and_a_settlement_word_are_unchanged(gz: Gazetteer) -> None:
    whole = gz.resolve("Kamianets-Podilskyi")
    assert (whole.status, whole.best.entry.code, whole.best.kind) == (
        "matched",
        KAMIANETS_PODILSKYI,
        "exact",
    )
    # Хутір-Михайлівський's first word is a settlement's word: the villages Хутір only
    assert {m.entry.name_uk for m in gz.resolve("Khutir").candidates} == {"Хутір"}


@pytest.fixture(scope="module")
def polish(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path: Path = tmp_path_factory.mktemp("own") / "pl.csv"
    path.write_text(
        "id,name,region,category\n"
        "pl1,Gorzów Wielkopolski,lubuskie,city\n"
        "pl2,Kamień Pomorski,zachodniopomorskie,town\n"
        "pl3,Ostrów Wielkopolski,wielkopolskie,city\n"
        "pl4,Ostrów Mazowiecka,mazowieckie,town\n"
        "pl5,Chorzów,śląskie,city\n"
        "pl8,Ostrów,podkarpackie,village\n",
        encoding="utf-8",
    )
    return Gazetteer.from_file(path)


def test_own_gazetteer_cut_names(polish: Gazetteer) -> None:
    for query in ("Gorzów", "Gorzow", "w Gorzowie"):
        found = polish.resolve(query)
        assert (found.status, found.best.entry.code, found.best.kind) == ("matched", "pl1", "short")
    assert polish.resolve("Kamien").best.entry.code == "pl2"
    # Chorzów shares Gorzów's key (g, h and ch are one in it): its own name stays sure
    chorzow = polish.resolve("Chorzów")
    assert (chorzow.status, chorzow.best.entry.code) == ("matched", "pl5")
    # the village Ostrów bears the name: first, beside the two towns it is cut from, unsure
    ostrow = polish.resolve("Ostrów")
    assert ostrow.status == "ambiguous" and ostrow.best.entry.code == "pl8"
    assert {"pl3", "pl4"} <= {m.entry.code for m in ostrow.candidates}


@pytest.mark.parametrize("text", ["у Раві", "біля Рави", "in Rava"])
def test_a_cut_name_is_read_declined(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert (found.status, found.best.entry.code) == ("matched", RAVA_RUSKA)


@pytest.mark.parametrize("text", ["у Білгороді", "в Белгороде", "Belgorod"])
def test_a_declined_cut_name_a_city_abroad_bears_is_not_sure(gz: Gazetteer, text: str) -> None:
    found = gz.resolve(text)
    assert found.status == "ambiguous" and found.best.entry.code == BILHOROD_DNISTROVSKYI


def test_lookup_says_a_cut_name_is_unsure_and_how_to_tell() -> None:
    done = CliRunner().invoke(main, ["lookup", "Kamianets"])
    assert done.exit_code == 0
    assert "Кам’янець-Подільський's name cut short" in done.output
    assert "give the whole name or the oblast" in done.output
