"""Historic and informal lands (Слобожанщина, Галичина, Поділля, Таврія, Донбас...): the
oblasts they cover, never a village that bears the name (scripts/oblast_facts.py)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

SLOBOZHANSHCHYNA = {"UA-63", "UA-59", "UA-09"}
HALYCHYNA = {"UA-46", "UA-26", "UA-61"}
PODILLIA = {"UA-05", "UA-68", "UA-61"}
TAVRIIA = {"UA-43", "UA-23", "UA-65"}


@pytest.mark.parametrize(
    ("text", "oblasts"),
    [
        ("на Слобожанщині", SLOBOZHANSHCHYNA),
        ("Слобожанщина", SLOBOZHANSHCHYNA),
        ("на Слобожанщине", SLOBOZHANSHCHYNA),
        ("на Галичині", HALYCHYNA),  # not the village Галичани
        ("в Галиции", HALYCHYNA),  # not the city Галич
        ("Galicia", HALYCHYNA),
        ("на Поділлі", PODILLIA),  # not one of the villages Поділля
        ("на Подолье", PODILLIA),  # not Поділ, whose Russian locative it also is
        ("Поділля", PODILLIA),
        ("у Таврії", TAVRIIA),
        ("в Таврии", TAVRIIA),
        ("на Донбасі", {"UA-14", "UA-09"}),
    ],
)
def test_a_land_of_several_oblasts_is_those_oblasts_tied(
    gz: Gazetteer, text: str, oblasts: set[str]
) -> None:
    r = gz.resolve(text)
    assert r.status == "ambiguous"
    units = [m for m in r.candidates if m.entry.category == "O"]
    assert {m.entry.oblast for m in units} == oblasts
    assert r.candidates[: len(oblasts)] == tuple(units)  # the oblasts first, no village


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("на Криворіжжі", "UA12000000000090473"),  # not the villages Криворіжжя elsewhere
        ("на Криворожье", "UA12000000000090473"),
        ("на Волині", "UA07000000000024379"),
        ("на Волыни", "UA07000000000024379"),  # Russian: Волынь
        ("на Буковині", "UA73000000000044923"),
        ("на Прикарпатті", "UA26000000000069363"),
    ],
)
def test_a_land_of_one_oblast_is_that_oblast(gz: Gazetteer, text: str, code: str) -> None:
    r = gz.resolve(text)
    assert r.best is not None and r.best.entry.code == code
    assert r.status == "matched"


def test_a_hint_picks_the_land_s_oblast(gz: Gazetteer) -> None:
    r = gz.resolve("Поділля", oblast="Хмельницька область")  # no village Поділля there
    assert r.status == "matched"
    assert r.best is not None and r.best.entry.code == "UA68000000000099709"


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        ("Таврія, Херсонська обл.", None, "UA65080150280034523"),  # the selyshche Таврія
        ("Таврія", "UA-65", "UA65080150280034523"),
    ],
)
def test_a_village_of_the_name_in_the_hinted_oblast_is_the_village(
    gz: Gazetteer, text: str, hint: str | None, code: str
) -> None:
    r = gz.resolve(text, oblast=hint)
    assert r.best is not None and r.best.entry.code == code
    assert r.status == "matched"


def test_a_land_in_running_text(gz: Gazetteer) -> None:
    found = find_places(gz, "Обстріли на Слобожанщині тривають.")
    assert [m.text for m in found] == ["Слобожанщині"]
    assert found[0].resolution.status == "ambiguous"
    assert found[0].resolution.best is not None
    assert found[0].resolution.best.entry.category == "O"
