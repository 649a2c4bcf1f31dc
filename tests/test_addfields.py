"""The raion and hromada fields a batch run adds on request (gazetteer.addfields)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer, normalize_rows
from gazetteer.addfields import added_fields
from gazetteer.batchio import normalize_file
from gazetteer.cli import main
from gazetteer.errors import GazetteerError

EIGHT = ["code", "name", "name_uk", "category", "oblast", "score", "status", "match"]


def test_the_added_fields_follow_the_eight_in_a_fixed_order() -> None:
    assert added_fields(["hromada"]) == ("hromada", "hromada_code")
    assert added_fields(["hromada", "raion"]) == ("raion", "raion_code", "hromada", "hromada_code")
    assert added_fields(["raion", "oblast"]) == ("oblast_name", "raion", "raion_code")
    with pytest.raises(GazetteerError, match="cannot add 'district'; choose from oblast, raion"):
        added_fields(["district"])


def test_rows_get_their_answers_raion_and_hromada(gz: Gazetteer) -> None:
    rows = [
        {"p": "Kharkiv"},
        {"p": "Lyubymivka, Beryslav raion"},
        {"p": "Kyiv"},  # a city with special status: no raion, no hromada
        {"p": ""},
    ]
    out = list(normalize_rows(rows, column="p", add=["raion", "hromada"], gazetteer=gz))
    assert list(out[0]) == ["p", *(f"p_{f}" for f in EIGHT), "p_raion", "p_raion_code",
                            "p_hromada", "p_hromada_code"]  # fmt: skip
    kharkiv, liubymivka, kyiv, blank = out
    assert (kharkiv["p_raion"], kharkiv["p_raion_code"]) == ("Kharkivskyi", "UA63120000000091135")
    assert (kharkiv["p_hromada"], kharkiv["p_hromada_code"]) == (
        "Kharkivska",
        "UA63120270000028556",
    )
    assert liubymivka["p_hromada_code"] == "UA65020150000047137"  # Нововоронцовська
    assert liubymivka["p_raion_code"] == "UA65020000000032929"  # Бериславський
    assert kyiv["p_code"] == "UA80000000000093317" and kyiv["p_raion"] == kyiv["p_hromada"] == ""
    assert blank["p_status"] == "unmatched" and blank["p_raion_code"] == ""
    named = next(normalize_rows([{"p": "Izium"}], column="p", add=["oblast"], gazetteer=gz))
    assert (named["p_oblast"], named["p_oblast_name"]) == ("UA-63", "Kharkivska")


def test_the_command_adds_the_columns_and_keeps_a_malformed_rows_width(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,place\n1,Kharkiv\n2,Kyiv,extra\n3,Izium\n", encoding="utf-8")
    args = ["normalize", str(src), "--column", "place", "--add", "raion", "--on-error", "keep"]
    done = CliRunner().invoke(main, [*args, "--no-memo", "-o", "-"])
    assert done.exit_code == 0, done.output
    lines = [line for line in done.output.splitlines() if line and not line.startswith("3 rows")]
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    assert rows[0] == ["id", "place", *(f"place_{f}" for f in EIGHT), "place_raion",
                       "place_raion_code"]  # fmt: skip
    assert rows[1][-2:] == ["Kharkivskyi", "UA63120000000091135"]
    assert rows[2][:2] == ["2", "Kyiv"] and rows[2][8] == "error" and rows[2][-1] == "extra"
    assert len(rows[2]) == len(rows[0]) + 1  # the extra field kept after the new columns
    assert rows[3][-2:] == ["Iziumskyi", "UA63040000000023521"]


def test_the_command_names_what_cannot_be_added(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("place\nKharkiv\n", encoding="utf-8")
    done = CliRunner().invoke(main, ["normalize", str(src), "--column", "place", "--add", "okrug"])
    assert done.exit_code != 0
    assert "cannot add 'okrug'; choose from oblast, raion, hromada" in done.output


def test_added_fields_are_the_same_whichever_way_the_file_is_read(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    places = ["Kharkiv", "Izium", "Kyiv"] * 50
    src.write_text("place,n\n" + "".join(f"{p},{i}\n" for i, p in enumerate(places)))
    outputs = []
    for i, (prescan, fmt) in enumerate([(True, "csv"), (False, "csv"), (True, "jsonl")]):
        out = tmp_path / f"out{i}.{fmt}"
        normalize_file(str(src), str(out), columns=["place"], add=["hromada"], prescan=prescan)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert '"place_hromada_code": "UA63040090000021240"' in outputs[2]  # Izium's hromada
