"""Where an entry lies (gazetteer.coordinates): GeoNames points, and centres for the rest.

The points are GeoNames' own (geonameid in brackets): Kyiv (703448) 50.45466, 30.5238;
Kherson (706448) 46.63695, 32.61458; Beryslav (712260) 46.83851, 33.42664.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer, GazetteerFileError
from gazetteer.cli import main

KYIV, KHERSON, BERYSLAV = "UA80000000000093317", "UA65100150010064384", "UA65020010010095508"
ZMIIVKA = "UA65020010020062287"  # a village of Beryslav's hromada GeoNames has no point for
DATA = Path(__file__).resolve().parent.parent / "data"


def _point(gz: Gazetteer, code: str) -> tuple[float, float, str, str]:
    where = gz.coordinates(code)
    assert where is not None, code
    return (round(where.latitude, 5), round(where.longitude, 5), where.precision, where.code)


def test_a_city_has_its_own_geonames_point(gz: Gazetteer) -> None:
    assert _point(gz, KYIV) == (50.45466, 30.5238, "place", KYIV)
    assert _point(gz, KHERSON) == (46.63695, 32.61458, "place", KHERSON)


def test_a_village_without_a_point_is_placed_at_its_hromadas_centre(gz: Gazetteer) -> None:
    assert gz.entry(ZMIIVKA).hromada_code == "UA65020010000060480"  # Beryslavska hromada
    assert _point(gz, ZMIIVKA) == (46.83851, 33.42664, "hromada centre", BERYSLAV)
    assert _point(gz, "UA65020010000060480") == (46.83851, 33.42664, "hromada centre", BERYSLAV)


def test_units_are_placed_at_their_centres(gz: Gazetteer) -> None:
    assert _point(gz, "UA65000000000030969")[2:] == ("oblast centre", KHERSON)  # Khersonska
    assert _point(gz, "UA65020000000032929")[2:] == ("raion centre", BERYSLAV)  # Beryslavskyi
    assert _point(gz, "UA80000000000210193")[2:] == ("city", KYIV)  # Kyiv's Darnytskyi district
    # Kyiv oblast's capital is Kyiv, a city with special status outside the oblast
    assert _point(gz, "UA32000000000030281")[2:] == ("oblast centre", KYIV)


def test_a_place_tied_between_namesakes_gets_the_point_of_the_nearest() -> None:
    # GeoNames' Biuiten (6997430, 45.30058 N 34.70993 E) ties between two Бюйтен of Crimea;
    # it lies 18 km from the middle of Bilohirsk raion's linked villages, 99 km from Perekop's
    gz = Gazetteer.default()
    bilohirsk, perekop = "UA01040310020084187", "UA01140430020090203"
    assert gz.entry(bilohirsk).name_uk == gz.entry(perekop).name_uk == "Бюйтен"
    assert _point(gz, bilohirsk) == (45.30058, 34.70993, "place", bilohirsk)
    assert _point(gz, perekop)[2] != "place"
    # the link vouches for the point only: the place's names (Фрунзе) are not taken
    with open(DATA / "exonyms.tsv", encoding="utf-8") as f:
        assert not [line for line in f if line.startswith(bilohirsk)]


def test_an_unknown_code_has_no_coordinates(gz: Gazetteer) -> None:
    assert gz.coordinates("UA00000000000000000") is None


def test_the_table_holds_settlements_inside_ukraine() -> None:
    with open(DATA / "katottg.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        katottg = {r["code"]: r["category"] for r in rows}
    with open(DATA / "coordinates.tsv", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert len(rows) > 3500
    for row in rows:
        assert katottg[row["code"]] in "KMXC", row
        assert 44.0 <= float(row["latitude"]) <= 52.5 and 22.0 <= float(row["longitude"]) <= 40.5


def test_normalize_adds_the_coordinates_on_request(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("place,oblast\nKyiv,\nZmiivka,Kherson\nxyzzy,\n", encoding="utf-8")
    args = ["normalize", str(source), "--column", "place", "--oblast-column", "oblast"]
    result = CliRunner().invoke(main, [*args, "--add", "coordinates", "-o", "-"])
    assert result.exit_code == 0, result.output
    out = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(out[0])[-3:] == ["place_latitude", "place_longitude", "place_precision"]
    assert [(r["place_latitude"], r["place_longitude"], r["place_precision"]) for r in out] == [
        ("50.45466", "30.52380", "place"),
        ("46.83851", "33.42664", "hromada centre"),
        ("", "", ""),
    ]


def test_lookup_json_and_info_give_the_coordinates() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["lookup", "Kherson", "--json", "-n", "1"])
    assert json.loads(result.stdout)[0]["coordinates"] == {
        "latitude": 46.63695,
        "longitude": 32.61458,
        "precision": "place",
        "of": KHERSON,
    }
    result = runner.invoke(main, ["info", ZMIIVKA])
    assert "coordinates: 46.83851, 33.42664 (hromada centre: Beryslav, " + BERYSLAV in result.stdout


def test_a_gazetteer_of_your_own_gives_points_in_two_columns(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text(
        "id,name,latitude,longitude\nDE-MUC,München,48.13743,11.57549\nDE-X,Nirgendwo,,\n",
        encoding="utf-8",
    )
    gz = Gazetteer.from_file(path)
    where = gz.coordinates("DE-MUC")
    assert where is not None
    assert (where.latitude, where.longitude, where.precision) == (48.13743, 11.57549, "place")
    assert gz.coordinates("DE-X") is None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("DE-MUC,München,48.1,", "line 2: a latitude without a longitude"),
        ("DE-MUC,München,north,11.5", "line 2: latitude and longitude must be numbers"),
        ("DE-MUC,München,148.1,11.5", r"line 2: \(148.1, 11.5\) is no point"),
    ],
)
def test_a_bad_point_in_your_own_gazetteer_names_its_line(
    tmp_path: Path, row: str, message: str
) -> None:
    path = tmp_path / "places.csv"
    path.write_text(f"id,name,latitude,longitude\n{row}\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError, match=message):
        Gazetteer.from_file(path)


def test_openrefine_extends_a_reconciled_cell_with_its_coordinates(gz: Gazetteer) -> None:
    from gazetteer.extend import extend

    asked = [{"id": "coordinates"}, {"id": "coordinates_precision"}]
    found = extend(gz, {"ids": [ZMIIVKA, "UA00000000000000000"], "properties": asked})
    assert found["rows"][ZMIIVKA] == {
        "coordinates": [{"str": "46.83851,33.42664"}],
        "coordinates_precision": [{"str": "hromada centre"}],
    }
    assert found["rows"]["UA00000000000000000"]["coordinates"] == []


def test_extract_draws_a_storys_places_as_geojson() -> None:
    # Bakhmut is GeoNames 713174: 48.59419 N, 37.99886 E (GeoJSON writes longitude first)
    text = "Бої тривають у Бахмуті та біля Часового Яру"
    result = CliRunner().invoke(main, ["extract", "--geojson", text])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    first, second = collection["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [37.99886, 48.59419]}
    assert first["properties"]["text"] == "Бахмуті"
    assert first["properties"]["code"] == "UA14020010010059145"
    assert first["properties"]["precision"] == "place"
    assert second["properties"]["name_uk"] == "Часів Яр"
    both = CliRunner().invoke(main, ["extract", "--geojson", "--json", text])
    assert both.exit_code == 2 and "not both" in both.output
