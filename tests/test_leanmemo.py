"""Leanings kept between normalize runs, by the state of the file's geography (leanmemo)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gazetteer import Gazetteer
from gazetteer import memo as memo_module
from gazetteer.batchio import normalize_file
from gazetteer.filelean import FileLean
from gazetteer.leanmemo import context_digest
from gazetteer.regional import Place, RegionTally

IVANIVKA_BERYSLAV = "UA65020070080047252"  # C Іванівка, Beryslav raion, Kherson oblast
# Villages each unique in Kherson oblast, all in Beryslav raion.
SURE = ["Khreshchenivka", "Zolota Balka", "Novovorontsovka"]


@pytest.fixture
def memo_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "memo"
    monkeypatch.setattr(memo_module, "cache_dir", lambda: folder)
    return folder


@pytest.fixture
def leaned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The codes of the ambiguous outcomes leaned afresh (not taken from the memo)."""
    made: list[str] = []
    settle = FileLean.settle

    def counted(self: FileLean, out: Any, own: Any = None) -> Any:
        if out.cell[6] != "matched":
            made.append(out.cell[0])
        return settle(self, out, own)

    monkeypatch.setattr(FileLean, "settle", counted)
    return made


def _run(gz: Gazetteer, tmp_path: Path, names: list[str], memo: bool, name: str) -> list[str]:
    src = tmp_path / f"{name}.csv"
    src.write_text("place,region\n" + "".join(f"{n},Kherson Oblast\n" for n in names))
    out = tmp_path / f"{name}_out.csv"
    normalize_file(
        str(src), str(out), columns=["place"], oblast_column="region", gazetteer=gz,
        jobs=1, memo=memo,
    )  # fmt: skip
    return out.read_text(encoding="utf-8").splitlines()


def test_a_file_met_again_takes_its_leanings_and_writes_the_same(
    gz: Gazetteer, tmp_path: Path, memo_dir: Path, leaned: list[str]
) -> None:
    names = [*SURE, "Ivanivka"]
    first = _run(gz, tmp_path, names, True, "a")
    assert first[4].split(",")[2] == IVANIVKA_BERYSLAV  # leaned to the raion of the others
    assert leaned  # leaned in the first run
    leaned.clear()
    again = _run(gz, tmp_path, names, True, "b")
    assert again == first
    assert leaned == []  # taken from the memo
    assert _run(gz, tmp_path, names, False, "c") == first  # as a run without the memo
    leaned.clear()
    more = _run(gz, tmp_path, [*names, "Qwxzzyq"], True, "d")  # an unmatched value more
    assert leaned == []  # the same geography: the leaning is taken
    assert more[:5] == first and more[5].split(",")[-2] == "unmatched"


def test_another_geography_leans_afresh(
    gz: Gazetteer, tmp_path: Path, memo_dir: Path, leaned: list[str]
) -> None:
    """Ivanivka's outcome is kept, and its leaning on the Beryslav villages; alone in a file
    it must not lean there (as a run without the memo says)."""
    _run(gz, tmp_path, [*SURE, "Ivanivka"], True, "a")
    leaned.clear()
    alone = _run(gz, tmp_path, ["Ivanivka"], True, "b")
    assert leaned  # leaned again: the file's places are others
    assert alone[1].split(",")[2] != IVANIVKA_BERYSLAV
    assert alone == _run(gz, tmp_path, ["Ivanivka"], False, "c")


def _tally() -> RegionTally:
    tally = RegionTally(sizes={"": 28_000})
    tally.add_place(Place("UA65020070010011111", "UA65020000000032929", "UA-65", "C"))
    tally.add_unsure({"UA-65": 0.5, "UA-23": 0.5})
    return tally


def test_the_digest_tells_every_state_that_leans_otherwise() -> None:
    assert context_digest(_tally()) == context_digest(_tally())
    more = _tally()
    more.add_place(Place("UA23020070010022222", "UA23020000000011111", "UA-23", "C"))
    assert context_digest(more) != context_digest(_tally())
    bit = _tally()
    bit.unsure["UA-65"] += 1e-16  # one bit of one unsure row's weight
    assert context_digest(bit) != context_digest(_tally())
