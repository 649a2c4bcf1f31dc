"""A gazetteer of your own speaks of its ``region`` column, not of Ukraine's oblasts and
raions: the lookup table, its advice on ties, the note on a hint it cannot read, ``info``,
``extract`` and the summary of ``normalize``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer
from gazetteer.cli import main

# Poland has villages called Nowa Wieś in most voivodeships, several in one (real fact; ids
# and points made up for the test).
PLACES = (
    "id,name,alt_names,region,category,latitude,longitude\n"
    "PL1,Kraków,Krakow|Cracow,małopolskie,city,50.06,19.94\n"
    "PL3,Nowa Wieś,,mazowieckie,village,52.1,20.9\n"
    "PL4,Nowa Wieś,,mazowieckie,village,52.3,21.2\n"
    "PL5,Nowa Wieś,,małopolskie,village,50.1,19.8\n"
)


@pytest.fixture
def own(tmp_path: Path) -> Path:
    path = tmp_path / "pl.csv"
    path.write_text(PLACES, encoding="utf-8")
    return path


def _run(own: Path, *args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(main, ["--gazetteer", str(own), *args])
    return done.exit_code, done.stdout, done.stderr


def test_region_word() -> None:
    assert Gazetteer.default().region_word == "oblast"


def test_lookup_speaks_of_regions(own: Path) -> None:
    code, out, _ = _run(own, "lookup", "Nowa Wieś")
    assert code == 0
    assert out.splitlines()[0].split()[4] == "region"
    assert out.rstrip().endswith("several places bear the name; give a region hint")
    assert "oblast" not in out
    # two of them share the hinted region: no raion to name in a gazetteer of one's own
    code, out, _ = _run(own, "lookup", "Nowa Wieś", "--oblast", "mazowieckie")
    assert code == 0
    assert out.rstrip().endswith("they share their region: read it with the places named beside it")
    assert "raion '" not in out and "Beryslav" not in out


def test_an_unread_hint_names_no_region(own: Path) -> None:
    _, _, err = _run(own, "lookup", "Kraków", "--oblast", "Kherson")
    assert "names no region, nor a place in one" in err
    assert "oblast" not in err


def test_info_says_the_region_once(own: Path) -> None:
    code, out, _ = _run(own, "info", "PL1")
    assert code == 0
    assert "region: małopolskie\n" in out
    assert "oblast" not in out


def test_extract_and_normalize_speak_of_regions(own: Path, tmp_path: Path) -> None:
    code, out, _ = _run(own, "extract", "Kraków")
    assert code == 0
    assert out.splitlines()[0].split()[5] == "region"
    rows = tmp_path / "in.csv"
    rows.write_text("place,reg\nKraków,xx\n", encoding="utf-8")
    out_file = tmp_path / "out.csv"
    code, _, err = _run(
        own, "normalize", str(rows), "--column", "place", "--oblast-column", "reg",
        "-o", str(out_file), "--no-memo",
    )  # fmt: skip
    assert code == 0, err
    assert "region hint not read in 1 row: 'xx' (1)" in err
    assert "oblast hint" not in err


def test_lookup_leaves_out_the_columns_no_entry_fills(own: Path, tmp_path: Path) -> None:
    # A file of one's own has no raions: the raion column was printed empty for every row.
    code, out, _ = _run(own, "lookup", "Kraków")
    assert code == 0
    assert out.splitlines()[0].split() == [
        "code", "name", "name_uk", "cat", "region", "score", "match"
    ]  # fmt: skip
    bare = tmp_path / "bare.csv"  # (no region, no category either)
    bare.write_text("id,name\nPL1,Kraków\n", encoding="utf-8")
    code, out, _ = _run(bare, "lookup", "Kraków")
    assert code == 0
    assert out.splitlines()[0].split() == ["code", "name", "name_uk", "score", "match"]
    assert out.splitlines()[1].split()[:3] == ["PL1", "Kraków", "Kraków"]


def test_oblasts_lists_the_regions_of_a_gazetteer_of_ones_own(own: Path, tmp_path: Path) -> None:
    # It said "this gazetteer has no oblast table" and stopped.
    code, out, _ = _run(own, "oblasts")
    assert code == 0
    assert [line.split() for line in out.splitlines()] == [
        ["region", "entries"],
        ["mazowieckie", "2"],
        ["małopolskie", "2"],
    ]  # fmt: skip  (as many: by code point, z before ł)
    code, out, _ = _run(own, "oblasts", "--json")
    assert code == 0 and '"region": "małopolskie"' in out and '"entries": 2' in out
    bare = tmp_path / "bare.csv"
    bare.write_text("id,name\nPL1,Kraków\n", encoding="utf-8")
    code, _, err = _run(bare, "oblasts")
    assert code == 2 and "names no region" in err
    # A region column left empty is no missing column: the message said the file had none.
    empty = tmp_path / "empty.csv"
    empty.write_text("id,name,region\nPL1,Kraków,\nPL2,Nowa Wieś,\n", encoding="utf-8")
    code, _, err = _run(empty, "oblasts")
    assert code == 2 and "no row of its file fills a region column" in err, err
    assert "has no region column" not in err


def test_reconciliation_properties_are_the_gazetteers_own(own: Path) -> None:
    from gazetteer.extend import extend, propose_properties
    from gazetteer.reconcile import reconcile
    from gazetteer.suggest import suggest_properties

    gz = Gazetteer.from_file(own)
    offered = suggest_properties(gz, "")["result"]
    assert [p["id"] for p in offered][:2] == ["region", "coordinates"]  # a query's
    assert "raion" not in {p["id"] for p in offered}  # (the file has none)
    assert not any("oblast" in p["description"] for p in offered)
    asked = {"query": "Nowa Wieś", "properties": [{"pid": "region", "v": "małopolskie"}]}
    [best, *_] = reconcile(gz, {"q0": asked})["q0"]["result"]
    assert best["id"] == "PL5" and best["match"] is True
    asked = {"query": "Kraków", "properties": [{"pid": "raion", "v": "x"}]}
    [best] = reconcile(gz, {"q0": asked})["q0"]["result"]
    assert best["description"].endswith("unknown property 'raion' (known: region, coordinates)")
    proposed = {p["id"]: p["name"] for p in propose_properties(gz)["properties"]}
    assert proposed["oblast"] == "region" and proposed["name_uk"] == "name"
    assert not {"raion", "hromada", "oblast_iso"} & set(proposed)
    meta = extend(gz, {"ids": ["PL1"], "properties": [{"id": "oblast"}]})["meta"]
    assert meta == [{"id": "oblast", "name": "region"}]
