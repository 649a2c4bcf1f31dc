"""Cells of Russian-language sources: a raion by its Russian name, and names declined as
Russian declines them. Every code below is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.declension import nominatives

KAMIANSKYI_RAION = "UA12040000000032213"  # P Кам’янський (Dnipropetrovsk oblast)
MYKOLAIVSKYI_RAION = "UA48060000000094390"  # P Миколаївський (Mykolaiv oblast)
MYKOLAIV_LVIV = "UA46100110010094231"  # M Миколаїв, Stryiskyi raion, Lviv oblast
HULIAIPOLE_VILLAGE = "UA12040130070018856"  # C Гуляйполе, Kamianskyi raion
HULIAIPOLE_CITY = "UA23100070010036682"  # M Гуляйполе, Polohivskyi raion (Zaporizhzhia)
ZELENYI_HAI = "UA73060410050057030"  # C Зелений Гай, Chernivtsi oblast (one of many)
DERAZHNIA = "UA68040150010024820"  # M Деражня, Khmelnytskyi oblast
NOVA_USHYTSIA = "UA68020190010042454"  # X Нова Ушиця, Khmelnytskyi oblast


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Каменский р-н", KAMIANSKYI_RAION),  # (had been read as old raions of Каменкas)
        ("Николаевский район", MYKOLAIVSKYI_RAION),  # (had been Сімферопольський)
    ],
)
def test_a_raion_by_its_russian_name(gz: Gazetteer, text: str, code: str) -> None:
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == code


def test_a_village_in_a_raion_named_in_russian(gz: Gazetteer) -> None:
    # the village of Кам'янський raion, not the city of Polohivskyi raion
    resolution = gz.resolve("Гуляйполе, Каменский р-н")
    assert resolution.best is not None and resolution.best.entry.code == HULIAIPOLE_VILLAGE
    assert resolution.status == "matched"
    assert gz.resolve("Гуляйполе").best.entry.code == HULIAIPOLE_CITY  # (alone: the city)


@pytest.mark.parametrize(
    "text",
    [
        "м. Миколаїв, Миколаївський р-н, Львівська обл.",
        "г. Николаев, Николаевский р-н, Львовская обл.",
    ],
)
def test_a_centres_namesake_beside_its_old_raion_is_the_town(gz: Gazetteer, text: str) -> None:
    # Миколаїв of Lviv oblast in its raion before 2020, not Миколаївський raion of Mykolaiv
    # oblast as if Миколаїв named that oblast by its centre (it had been the raion, sure)
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == MYKOLAIV_LVIV
    assert resolution.status == "matched"


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Гае", "Гай"),  # в Зелёном Гае
        ("Гая", "Гай"),  # у Зелёного Гая
        ("Гаем", "Гай"),
        ("Деражне", "Деражня"),  # в Деражне
        ("Деражни", "Деражня"),  # из Деражни
        ("Деражней", "Деражня"),  # под Деражней
        ("Ушицей", "Ушица"),  # под Новой Ушицей
    ],
)
def test_russian_declensions_of_nouns_in_ya_and_ai(declined: str, nominative: str) -> None:
    assert nominative in nominatives(declined)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в Зеленом Гае Черновицкой области", ZELENYI_HAI),
        ("возле Зеленого Гая Черновицкой области", ZELENYI_HAI),
        ("из Деражни Хмельницкой области", DERAZHNIA),
        ("под Новой Ушицей Хмельницкой области", NOVA_USHYTSIA),
    ],
)
def test_russian_declined_names_are_found(gz: Gazetteer, text: str, code: str) -> None:
    # (в Зеленом Гае, под Новой Ушицей had found no place)
    resolution = gz.resolve(text)
    assert resolution.best is not None and resolution.best.entry.code == code
    assert resolution.status == "matched"


def test_a_russian_locative_in_e_is_not_sure_of_a_neuter_name_so_spelt(gz: Gazetteer) -> None:
    # в Деражне: Деражня's Russian locative, or the village Деражне (Rivne oblast) as written
    resolution = gz.resolve("в Деражне")
    assert resolution.status == "ambiguous"
    codes = {resolution.best.entry.code, *(m.entry.code for m in resolution.also_tied)}
    assert DERAZHNIA in codes
