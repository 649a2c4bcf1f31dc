"""A point beside a name tells namesakes apart (gazetteer.nearby, ``resolve(near=...)``).

The points are where the places lie: Izium 49.21 N, 37.26 E (the village Кам'янка of Izium
raion lies beside it); Kherson 46.64 N, 32.61 E (the settlement Антонівка is its suburb);
the village Лиман of Chuhuiv raion at 49.59 N, 36.52 E; the city Lyman at 48.99 N, 37.81 E.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer, GazetteerError
from gazetteer.cli import main
from gazetteer.nearby import point_of

KAMIANKA_IZIUM = "UA63040090080095309"
ANTONIVKA_KHERSON = "UA65100150020050619"
LYMAN_CITY, LYMAN_CHUHUIV = "UA14120110010088407", "UA63140110070097631"


@pytest.mark.parametrize(
    ("query", "point", "code"),
    [
        ("Kamianka", (49.15, 37.25), KAMIANKA_IZIUM),  # 40 villages and a city so named
        ("Antonivka", "46.68,32.72", ANTONIVKA_KHERSON),  # 50 namesakes
        ("Кам'янка", (49.2, 37.3), KAMIANKA_IZIUM),
    ],
)
def test_the_namesake_near_the_point_is_the_answer(
    gz: Gazetteer, query: str, point: object, code: str
) -> None:
    assert gz.resolve(query).status == "ambiguous"
    res = gz.resolve(query, near=point)  # type: ignore[arg-type]
    assert res.status == "matched" and res.best is not None and res.best.entry.code == code
    assert "nearest the point given" in res.best.explain[-1]
    assert not any(m.ambiguous for m in res.candidates)


def test_a_sure_city_gives_way_to_its_namesake_at_the_point(gz: Gazetteer) -> None:
    assert gz.resolve("Lyman").best.entry.code == LYMAN_CITY  # type: ignore[union-attr]
    res = gz.resolve("Lyman", near=(49.59, 36.52))
    assert res.status == "matched" and res.best.entry.code == LYMAN_CHUHUIV  # type: ignore[union-attr]
    near_the_city = gz.resolve("Lyman", near=(48.99, 37.81))
    assert near_the_city.status == "matched"
    assert near_the_city.best.entry.code == LYMAN_CITY  # type: ignore[union-attr]


def test_a_point_far_from_every_namesake_changes_nothing(gz: Gazetteer) -> None:
    # Kyiv, asked about at a point in Donetsk oblast: no Kyiv there, so still the capital
    plain, placed = gz.resolve("Kyiv"), gz.resolve("Kyiv", near=(48.0, 37.8))
    assert placed == plain
    assert gz.resolve("Qzxwvyj", near=(48.0, 37.8)).status == "unmatched"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("48.5", "'latitude,longitude'"),
        ("north,east", "in degrees"),
        ((148.5, 37.0), "is no point"),
        (None, "in degrees"),
    ],
)
def test_a_bad_point_is_a_clear_error(value: object, message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        point_of(value)


def test_a_point_reads_from_text_or_numbers() -> None:
    assert point_of("48.5, 37.9") == (48.5, 37.9)
    assert point_of((48, 37)) == (48.0, 37.0)


def test_lookup_takes_a_point() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["lookup", "Kamianka", "--near", "49.15,37.25", "-n", "1"])
    assert result.exit_code == 0 and KAMIANKA_IZIUM in result.stdout
    assert "ambiguous" not in result.stdout
    bad = runner.invoke(main, ["lookup", "Kamianka", "--near", "49.15"])
    assert bad.exit_code == 2 and "latitude,longitude" in bad.output


def test_openrefine_queries_carry_a_point(gz: Gazetteer) -> None:
    from gazetteer.reconcile import reconcile

    asked = {
        "q0": {"query": "Kamianka", "properties": [{"pid": "coordinates", "v": "49.15,37.25"}]},
        "q1": {"query": "Kamianka", "properties": [{"pid": "coordinates", "v": "north"}]},
    }
    found = reconcile(gz, asked)
    first = found["q0"]["result"][0]
    assert first["id"] == KAMIANKA_IZIUM and first["match"] is True
    assert found["q1"]["result"] == []  # a bad point: this query alone gets nothing
