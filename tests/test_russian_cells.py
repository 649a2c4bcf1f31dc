"""Cells of Russian-language sources: a raion by its Russian name, and names declined as
Russian declines them. Every code below is a row of data/katottg.tsv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

KAMIANSKYI_RAION = "UA12040000000032213"  # P Кам’янський (Dnipropetrovsk oblast)
MYKOLAIVSKYI_RAION = "UA48060000000094390"  # P Миколаївський (Mykolaiv oblast)
HULIAIPOLE_VILLAGE = "UA12040130070018856"  # C Гуляйполе, Kamianskyi raion
HULIAIPOLE_CITY = "UA23100070010036682"  # M Гуляйполе, Polohivskyi raion (Zaporizhzhia)


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
