"""An oblast's bare stem that a city bore, read with the official names only: the oblast,
unsure, not the oblast surely (:mod:`gazetteer.unasked`)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer
from gazetteer.cli import main

#: KATOTTG: Кіровоградська область, Дніпропетровська область, Волинська область; the city
#: Кропивницький (Кіровоград until 2016)
KIROVOHRADSKA = "UA35000000000016081"
DNIPROPETROVSKA = "UA12000000000090473"
VOLYNSKA = "UA07000000000024379"
KROPYVNYTSKYI = "UA35040210010019355"


@pytest.mark.parametrize(
    ("query", "oblast"),
    [
        ("Kirovograd", KIROVOHRADSKA),  # Russian spelling of the city's old name
        ("Kirovohrad", KIROVOHRADSKA),  # the old name as KMU writes it
        ("Dnipropetrovsk", DNIPROPETROVSKA),  # Дніпро's name until 2016
    ],
)
def test_a_city_s_old_name_with_official_names_only_is_the_oblast_unsure(
    gz: Gazetteer, query: str, oblast: str
) -> None:
    res = gz.resolve(query, sources="official")
    assert res.status == "ambiguous"
    assert res.best is not None and res.best.entry.code == oblast
    assert res.best.score < 90
    assert any("a source not asked for" in why for why in res.best.explain)


@pytest.mark.parametrize("sources", [None, "official,former", "official,exonyms"])
def test_with_the_city_s_names_read_it_is_the_city(gz: Gazetteer, sources: str | None) -> None:
    res = gz.resolve("Kirovograd", sources=sources)
    assert res.best is not None and res.best.entry.code == KROPYVNYTSKYI


@pytest.mark.parametrize(
    ("query", "oblast"),
    [
        ("Kirovograd oblast", KIROVOHRADSKA),  # the word says which: the oblast, surely
        ("Kirovohradska", KIROVOHRADSKA),  # its adjective, no city's name
        ("Volyn", VOLYNSKA),  # a land's name no settlement bore
    ],
)
def test_an_oblast_named_as_one_stays_sure(gz: Gazetteer, query: str, oblast: str) -> None:
    res = gz.resolve(query, sources="official")
    assert res.status == "matched"
    assert res.best is not None and res.best.entry.code == oblast


def test_the_command_says_the_oblast_is_a_guess() -> None:
    out = CliRunner().invoke(main, ["lookup", "Kirovograd", "--sources", "official"])
    assert out.exit_code == 0
    assert out.output.splitlines()[1].startswith(KIROVOHRADSKA)
    assert "unsure" in out.output.splitlines()[-1]
