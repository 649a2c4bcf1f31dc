"""An oblast hint that disagrees with a well-known city is a prior, not a filter."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, normalize_series

KYIV = "UA80000000000093317"
KHARKIV = "UA63120270010096107"
ODESA = "UA51100270010076757"
KHERSON = "UA65100150010064384"  # an oblast centre GeoNames counts under 100,000


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        ("Kyiv", "UA-63", KYIV),
        ("Kyiv", "Kharkivska", KYIV),
        ("Київ", "Харківська область", KYIV),
        ("Kiev", "Kharkiv Oblast", KYIV),
        ("Kharkiv", "UA-46", KHARKIV),  # before Жарків, a typo away in Lviv oblast
        ("Одесса", "Херсонская обл.", ODESA),
        ("Kherson", "UA-14", KHERSON),
    ],
)
def test_a_city_outside_the_hint_is_answered_unsure(
    gz: Gazetteer, text: str, hint: str, code: str
) -> None:
    r = gz.resolve(text, oblast=hint)
    assert r.status == "ambiguous"
    assert r.best is not None and r.best.entry.code == code
    assert r.best.score <= 89
    assert "the hint disagrees" in r.best.explain[-1]
    assert r.region == gz.hint_oblasts(hint)[0]  # the hint's oblast is still reported


def test_a_place_of_the_name_in_the_hinted_oblast_wins(gz: Gazetteer) -> None:
    # Kyiv oblast's hint reads Kyiv as the capital, and Ivanivka of Kharkiv oblast is there
    r = gz.resolve("Ivanivka", oblast="UA-63")
    assert r.best is not None and r.best.entry.oblast == "UA-63"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Izium", "UA-14"),  # a town of 45,000: the hint may well be right about another
        ("Čhova", "UA-26"),  # a loose reading of one of Kyiv's foreign forms, not its name
    ],
)
def test_no_smaller_town_nor_loose_reading_beats_the_hint(
    gz: Gazetteer, text: str, hint: str
) -> None:
    assert gz.resolve(text, oblast=hint).status == "unmatched"


def test_normalize_series_answers_the_city() -> None:
    pytest.importorskip("pandas")
    import pandas as pd

    out = normalize_series(pd.Series(["Kyiv"]), oblast="UA-63")
    row = out.iloc[0]
    assert (row["value_code"], row["value_status"]) == (KYIV, "ambiguous")


def test_lookup_with_a_disagreeing_hint(run_python) -> None:  # type: ignore[no-untyped-def]
    done = run_python("-m", "gazetteer.cli", "lookup", "Kyiv", "--oblast", "Kharkivska")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].startswith(KYIV) and lines[-1].startswith("? unsure")


def test_well_known_cities_read_off_the_columns_are_those_named_one_by_one(
    gz: Gazetteer,
) -> None:
    from gazetteer.hintprior import well_known_city, well_known_positions

    found = well_known_positions(gz)
    assert found == {i for i in range(len(gz)) if well_known_city(gz, i)}
    assert {gz.entries[i].code for i in found} >= {KYIV, KHARKIV, ODESA, KHERSON}


@pytest.mark.parametrize(
    ("text", "may_be"),
    [
        ("Khreshenivka", False),  # a typo of a Kherson oblast village's name
        ("Hrebeniv", False),
        ("Kyiv", True),
        ("Kiev", True),  # (an exonym of the capital)
        ("Kharkov", True),  # (the Russian form of Kharkiv's name)
        ("Харків", True),
        ("Kherson", True),  # an oblast's centre
        ("Khreshenivka, Kyiv", True),  # something beside the name
        ("Khreshenivka Kyiv", True),  # two words
        ("Донеччина", True),  # a region's name
    ],
)
def test_only_a_name_that_may_be_a_city_is_read_again(
    gz: Gazetteer, text: str, may_be: bool
) -> None:
    from gazetteer.hintprior import _may_be_city

    assert _may_be_city(gz, text) is may_be


def test_a_typo_outside_the_hint_is_read_once(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gazetteer.reading as reading

    calls: list[str | None] = []
    read = reading.candidates
    monkeypatch.setattr(
        reading, "candidates", lambda g, q, o, a: calls.append(o) or read(g, q, o, a)
    )
    gz.clear_cache()
    # Хрещенівка of Kherson oblast, a letter dropped, said to be in Lviv oblast: its
    # reading without the hint could only be the village, no well-known city
    r = gz.resolve("Khreshenivka", oblast="UA-46")
    assert calls == ["UA-46"]
    assert r.status == "unmatched" and r.region == "UA-46"
    assert "UA65020150080087246" in [m.entry.code for m in r.candidates]
    calls.clear()
    r = gz.resolve("Kharkov", oblast="UA-46")  # the city's name: read again, found
    assert calls == ["UA-46", None]
    assert r.best is not None and r.best.entry.code == KHARKIV
