"""Points beside the names in ``normalize``: latitude and longitude columns, ``--near``.

The namesakes are real: Азовське is a village of Zaporizhzhia oblast (UA23020050020094369,
GeoNames 46.80373, 36.67938), one of Kherson oblast (UA65040010040011142, 46.26439, 34.86368)
and a selyshche of Crimea; Кам'янка of Izium hromada (UA63040090080095309) lies by 49.15,
37.25 (README "Where a place lies"); Іванівка UA12140110060070537 lies at its hromada's centre
(48.40458, 35.27933), 14 km from the Іванівка of another hromada (UA12140270190093952).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from gazetteer import normalize_rows
from gazetteer.batchio import normalize_file
from gazetteer.errors import GazetteerError
from gazetteer.points import one_point, point_text

ROOT = Path(__file__).resolve().parent.parent
ZAPORIZHZHIA, KHERSON = "UA23020050020094369", "UA65040010040011142"
IZIUM_KAMIANKA = "UA63040090080095309"
#: sure places of Kherson oblast, whose geography an ambiguous name leans to
KHERSON_TOWNS = ["Beryslav", "Nova Kakhovka", "Kakhovka", "Skadovsk", "Henichesk", "Kherson"]


def test_points_are_read_rounded_and_bad_ones_are_none():
    assert point_text("46.80373", "36.67938") == "46.80,36.68"
    assert point_text(46.8, 36.7) == "46.80,36.70"  # typed cells (Parquet, XLSX)
    assert point_text("49,15", " 37.25° ") == "49.15,37.25"  # a comma decimal, a degree sign
    assert point_text("", " ") == ""  # no point
    for lat, lon in [("n/a", "30"), ("48.5", ""), ("91", "30"), ("48", "181"), ("nan", "3"),
                     ("48°30'", "30"), ("1_0", "30"), ("48.5N", "30")]:  # fmt: skip
        assert point_text(lat, lon) is None, (lat, lon)
    assert one_point("46.26,34.86") == one_point((46.26, 34.86)) == "46.26,34.86"
    with pytest.raises(GazetteerError, match="no point"):
        one_point("91,30")
    with pytest.raises(GazetteerError, match="latitude,longitude"):
        one_point("46,2,34,8")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def records(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


AZOVSKE = (
    "id,place,lat,lon\n"
    "1,Azovske,46.80373,36.67938\n"
    "2,Azovske,46.27,34.85\n"  # 2 km from Kherson oblast's
    "3,Azovske,,\n"
    "4,Azovske,n/a,34.85\n"
    "5,Azovske,95,34.85\n"
    '6,Kamianka,"49,15","37,25"\n'
    "7,Azovske,46.8,\n"
)


@pytest.mark.parametrize("prescan", [True, False])
def test_the_same_name_at_two_points_lands_on_two_namesakes(tmp_path, prescan):
    src = write(tmp_path / "in.csv", AZOVSKE)
    out = tmp_path / "out.csv"
    summary = normalize_file(str(src), str(out), columns=["place"], latitude_column="lat",
                             longitude_column="lon", prescan=prescan, jobs=1)  # fmt: skip
    rows = records(out)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5", "6", "7"]  # every row, in order
    codes = [r["place_code"] for r in rows]
    assert codes[:2] == [ZAPORIZHZHIA, KHERSON]
    assert [r["place_status"] for r in rows[:2]] == ["matched", "matched"]
    assert codes[5] == IZIUM_KAMIANKA and rows[5]["place_status"] == "matched"
    # no point, or one that cannot be read: the name alone, three namesakes tied
    assert {r["place_status"] for i, r in enumerate(rows) if i in (2, 3, 4, 6)} == {"ambiguous"}
    assert {r["lat"] for r in rows} >= {"n/a", "95", "49,15"}  # the input's cells unchanged
    line = summary.line()
    assert "point not read in 3 rows, the first on line 5: ('n/a', '34.85')" in line, line
    assert summary.distinct == 4  # Azovske at two points and with none, Kamianka at one


def test_a_point_chosen_among_near_namesakes_does_not_lean_to_the_files_geography():
    # two Іванівка lie 14 km apart by the point: the nearer comes first, unsure; the file's
    # sure places, all in Kherson oblast, would otherwise draw it to an Іванівка there
    rows = [{"place": town} for town in KHERSON_TOWNS]
    rows += [{"place": "Ivanivka", "lat": 48.40, "lon": 35.28}, {"place": "Ivanivka"}]
    out = list(normalize_rows(rows, column="place", latitude_column="lat", longitude_column="lon"))
    pointed, bare = out[-2], out[-1]
    assert pointed["place_code"] == "UA12140110060070537"
    assert pointed["place_status"] == "ambiguous"
    assert bare["place_oblast"] == "UA-65"  # no point: the file's geography, as before


def test_near_for_the_whole_file_and_beside_the_oblast_column(tmp_path):
    src = write(tmp_path / "in.csv", "place,region\nAzovske,\nAzovske,Zaporizhzhia oblast\n")
    out = tmp_path / "out.csv"
    normalize_file(str(src), str(out), columns=["place"], near="46.26,34.86", jobs=1)
    assert [r["place_code"] for r in records(out)] == [KHERSON, KHERSON]
    # the hint keeps the Zaporizhzhia one in the running alone: the point far away changes nothing
    normalize_file(str(src), str(out), columns=["place"], oblast_column="region",
                   near="46.26,34.86", jobs=1)  # fmt: skip
    assert [r["place_code"] for r in records(out)] == [KHERSON, ZAPORIZHZHIA]


def test_points_with_context_groups_report_jsonl_and_add(tmp_path):
    src = write(tmp_path / "in.csv", "story,place,lat,lon\na,Azovske,46.80,36.68\n"
                "a,Azovske,46.26,34.86\nb,Azovske,,\nb,Qzxwvyj,46.26,34.86\n")  # fmt: skip
    out, report = tmp_path / "out.jsonl", tmp_path / "report.csv"
    normalize_file(str(src), str(out), columns=["place"], latitude_column="lat",
                   longitude_column="lon", context_column="story", report=str(report),
                   add=["raion"], jobs=1)  # fmt: skip
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["place_code"] for r in rows[:2]] == [ZAPORIZHZHIA, KHERSON]
    assert rows[1]["place_raion"] == "Henicheskyi"
    assert rows[2]["place_status"] == "ambiguous" and rows[3]["place_status"] == "unmatched"
    reported = records(report)
    assert list(reported[0])[:5] == ["column", "value", "hint", "near", "status"]
    assert {(r["value"], r["near"]) for r in reported} == {
        ("Azovske", ""),
        ("Qzxwvyj", "46.26,34.86"),
    }


def test_a_point_joins_the_remembered_key(tmp_path, monkeypatch):
    src = write(tmp_path / "in.csv", "place,lat,lon\nAzovske,46.80,36.68\nAzovske,46.26,34.86\n")
    out = tmp_path / "out.csv"
    args = {"columns": ["place"], "latitude_column": "lat", "longitude_column": "lon"}
    first = normalize_file(str(src), str(out), memo=True, jobs=1, **args)
    again = normalize_file(str(src), str(out), memo=True, jobs=1, **args)
    assert (first.remembered, again.remembered) == (0, 2)
    assert [r["place_code"] for r in records(out)] == [ZAPORIZHZHIA, KHERSON]
    bare = normalize_file(str(src), str(out), columns=["place"], memo=True, jobs=1)
    assert bare.remembered == 0  # the name without its point is another key
    assert {r["place_status"] for r in records(out)} == {"ambiguous"}


def test_parquet_keeps_typed_points(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "place": ["Azovske", "Azovske", "Azovske"],
            "lat": [46.80373, 46.26439, None],
            "lon": [36.67938, 34.86368, None],
        }
    )
    pq.write_table(table, tmp_path / "in.parquet")
    for prescan in (True, False):
        normalize_file(str(tmp_path / "in.parquet"), str(tmp_path / "out.csv"),
                       columns=["place"], latitude_column="lat", longitude_column="lon",
                       prescan=prescan, jobs=1)  # fmt: skip
        rows = records(tmp_path / "out.csv")
        assert [r["place_code"] for r in rows[:2]] == [ZAPORIZHZHIA, KHERSON]
        assert rows[2]["place_status"] == "ambiguous"


def test_library_rows_and_series():
    rows = [{"p": "Azovske", "la": "46.80", "lo": "36.68"}, {"p": "Azovske", "la": "x", "lo": "1"}]
    with pytest.warns(UserWarning, match=r"row 2: \('x', '1'\) is no point"):
        out = list(normalize_rows(rows, column="p", latitude_column="la", longitude_column="lo"))
    assert [r["p_code"] for r in out][:1] == [ZAPORIZHZHIA] and out[1]["p_status"] == "ambiguous"
    with pytest.raises(GazetteerError, match="longitude column"):
        next(normalize_rows(rows, column="p", latitude_column="la"))
    pd = pytest.importorskip("pandas")
    from gazetteer import normalize_series

    places = pd.Series(["Azovske", "Azovske", "Azovske", "Azovske"], index=[10, 11, 12, 13])
    near = pd.Series(["46.26,34.86", (46.80, 36.68), None, "nowhere"], index=[13, 12, 11, 10])
    with pytest.warns(UserWarning, match="1 points are no points"):
        frame = normalize_series(places, near=near)  # aligned on the index, as hints are
    assert list(frame["value_code"])[2:] == [ZAPORIZHZHIA, KHERSON]
    assert list(frame["value_status"])[:2] == ["ambiguous", "ambiguous"]
    one = normalize_series(places, None, (46.26, 34.86))  # one point for every value
    assert set(one["value_code"]) == {KHERSON}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        hinted = normalize_series(places, "Zaporizhzhia oblast", [None, None, None, "46.8,36.7"])
    assert list(hinted["value_code"]) == [ZAPORIZHZHIA] * 4
    with pytest.raises(ValueError, match="3 points for 4 values"):
        normalize_series(places, near=[None, None, None])


def test_series_points_as_numpy_and_as_a_frame_of_two_columns():
    pd = pytest.importorskip("pandas")
    import numpy as np

    from gazetteer import normalize_series

    places = pd.Series(["Azovske", "Azovske", "Azovske"], index=[5, 6, 7])
    frame = pd.DataFrame({"lat": [46.80, 46.26, np.nan], "lon": [36.68, 34.86, np.nan]})
    expected = [ZAPORIZHZHIA, KHERSON]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (no row is read as no point)
        by_array = normalize_series(places, None, frame.to_numpy())  # shape (3, 2)
        # a frame of the latitude and the longitude had given its column names: an error
        by_frame = normalize_series(places, None, frame.set_index(places.index))
    for out in (by_array, by_frame):
        assert list(out["value_code"])[:2] == expected
        assert out["value_status"].iloc[2] == "ambiguous"  # (no point: the name alone)
    # one point as NumPy numbers (had been refused: "2 points for 3 values")
    for near in (np.array([46.26, 34.86]), (np.float32(46.26), np.float32(34.86))):
        assert set(normalize_series(places, None, near)["value_code"]) == {KHERSON}
    with pytest.raises(ValueError, match="two columns"):
        normalize_series(places, None, frame.assign(alt=0))


COMMAND = [sys.executable, "-c", "from gazetteer.cli import main; main()", "normalize"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    cmd = [*COMMAND, *args, "--no-memo"]
    return subprocess.run(cmd, input=stdin, capture_output=True, env=ENV, timeout=300)


def test_the_command_reads_points_from_stdin():
    data = "place;lat;lon\nAzovske;46,80373;36,67938\nAzovske;46,26;34,86\nAzovske;-;-\n"
    done = run("-", "--column", "place", "--latitude-column", "lat", "--longitude-column", "lon",
               stdin=data.encode())  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode()), delimiter=";"))
    assert [r["place_code"] for r in rows[:2]] == [ZAPORIZHZHIA, KHERSON]
    assert "point not read in 1 row, the first on line 4: ('-', '-')" in done.stderr.decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--latitude-column", "lat"], "--latitude-column needs --longitude-column"),
        (["--longitude-column", "lon"], "--longitude-column needs --latitude-column"),
        (
            ["--latitude-column", "lat", "--longitude-column", "lon", "--near", "46,34"],
            "or --near, not both",
        ),
        (["--near", "46.2"], "--near: a point is 'latitude,longitude'"),
        (["--near", "146.2,34"], "--near: '146.2,34' is no point"),
        (["--latitude-column", "lat", "--longitude-column", "lng"], "no column 'lng'"),
    ],
)
def test_the_command_says_what_is_wrong_with_the_point_options(tmp_path, args, message):
    src = write(tmp_path / "in.csv", "place,lat,lon\nAzovske,46.8,36.7\n")
    done = run(str(src), "--column", "place", *args)
    assert done.returncode == 2
    err = done.stderr.decode()
    assert message in err and "Traceback" not in err, err


def test_workers_and_a_forked_second_half_read_the_points_as_one_process(
    tmp_path, monkeypatch, second_halves
):
    from gazetteer import batch, prescan
    from gazetteer.csvio import CsvSource

    monkeypatch.setattr(prescan, "BLOCK_BYTES", 2048)
    monkeypatch.setattr(CsvSource.chunks, "__defaults__", (2048,))
    monkeypatch.setattr(batch, "PARALLEL_MIN", 20)
    lines = ["place,lat,lon"]
    for i in range(3000):  # a bad point in each half; 60 points far north, near no Azovske
        lat, lon = [("46.80", "36.68"), ("46.26", "34.86"), (f"51.{i % 60:02d}", "30.5")][i % 3]
        lines.append(f"Azovske,{'??' if i in (7, 2500) else lat},{lon}")
    src = write(tmp_path / "in.csv", "\n".join(lines) + "\n")
    got = {}
    for jobs in (1, 2):
        out = tmp_path / f"o{jobs}.csv"
        summary = normalize_file(str(src), str(out), columns=["place"], latitude_column="lat",
                                 longitude_column="lon", jobs=jobs)  # fmt: skip
        got[jobs] = (out.read_bytes(), summary.status, summary.unread_points)
    assert [h is not None for h in second_halves] == [False, True]
    assert got[1] == got[2]
    assert got[2][2] == "point not read in 2 rows, the first on line 9: ('??', '34.86')"
    rows = records(tmp_path / "o2.csv")
    assert [r["place_code"] for r in rows[:2]] == [ZAPORIZHZHIA, KHERSON]
    assert rows[2]["place_status"] == rows[7]["place_status"] == "ambiguous"


def test_a_workbook_gives_its_points_as_numbers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [("place", "lat", "lon"), ("Azovske", 46.80373, 36.67938),
                ("Azovske", 46.26, 34.86), ("Azovske", None, "n/a")]:  # fmt: skip
        sheet.append(row)
    book.save(tmp_path / "in.xlsx")
    summary = normalize_file(str(tmp_path / "in.xlsx"), str(tmp_path / "out.xlsx"),
                             columns=["place"], latitude_column="lat", longitude_column="lon",
                             jobs=1)  # fmt: skip
    rows = list(openpyxl.load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert [r[3] for r in rows[1:]][:2] == [ZAPORIZHZHIA, KHERSON]
    assert rows[1][1] == 46.80373  # the numbers stay numbers
    assert summary.unread_points == "point not read in 1 row, the first on row 4: ('', 'n/a')"


def test_a_resolver_that_takes_no_point_is_refused_with_points_only():
    class NoNear:
        def resolve(self, value, *, oblast=None, min_score=None, sources=None):
            raise AssertionError("not asked")

        def resolve_many(self, values, *, oblast=None, sources=None):
            raise AssertionError("not asked")

    rows = [{"p": "Azovske", "la": "46.8", "lo": "36.7"}]
    with pytest.raises(GazetteerError, match=r"NoNear.resolve takes no point"):
        next(normalize_rows(rows, column="p", gazetteer=NoNear(), near="46.8,36.7"))
    with pytest.raises(GazetteerError, match=r"NoNear.resolve takes no point"):
        next(normalize_rows(rows, column="p", gazetteer=NoNear(), latitude_column="la",
                            longitude_column="lo"))  # fmt: skip
