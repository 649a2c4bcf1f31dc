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
