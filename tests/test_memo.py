"""Outcomes kept between normalize runs (gazetteer.memo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer import Gazetteer
from gazetteer import memo as memo_module
from gazetteer.batchio import normalize_file
from gazetteer.cli import main
from gazetteer.memo import OutcomeMemo

ROWS = ["place,region"] + [
    "Lyubymivka,Kherson Oblast",  # three villages of the name in the oblast: ambiguous
    "Kharkov,",
    "Qwxzzyq,",
    "Kreminna,",
    "Bilyaivka,Kherson Oblast",
    "Lyubymivka,Kherson Oblast",
    ",",
] * 300


@pytest.fixture
def memo_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Memos go to a fresh folder (the index cache stays where it is)."""
    folder = tmp_path / "memo"
    monkeypatch.setattr(memo_module, "cache_dir", lambda: folder)
    return folder


def _table(tmp_path: Path) -> Path:
    src = tmp_path / "in.csv"
    src.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return src


@pytest.mark.parametrize("prescan", [True, False])
def test_a_second_run_reads_the_outcomes_back_and_writes_the_same(
    tmp_path: Path, memo_dir: Path, prescan: bool
) -> None:
    src = _table(tmp_path)
    outputs, summaries = [], []
    for i in range(2):
        out = tmp_path / f"out{i}.csv"
        args = {"oblast_column": "region", "prescan": prescan, "memo": True, "jobs": 1}
        summaries.append(normalize_file(str(src), str(out), columns=["place"], **args))  # type: ignore[arg-type]
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert (summaries[0].distinct, summaries[0].remembered) == (5, 0)  # the blank is no lookup
    assert (summaries[1].distinct, summaries[1].remembered) == (0, 6)
    assert "6 remembered from earlier runs" in summaries[1].line()
    (memo,) = memo_dir.glob("outcomes-*.sqlite")
    assert memo.stat().st_mode & 0o077 == 0  # the values a user normalised stay theirs


def test_other_options_do_not_read_each_others_outcomes(tmp_path: Path, memo_dir: Path) -> None:
    src = _table(tmp_path)
    args = {"columns": ["place"], "oblast_column": "region", "memo": True, "jobs": 1}
    normalize_file(str(src), str(tmp_path / "a.csv"), **args)  # type: ignore[arg-type]
    other = normalize_file(str(src), str(tmp_path / "b.csv"), min_score=95.0, **args)  # type: ignore[arg-type]
    assert other.remembered == 0
    official = normalize_file(str(src), str(tmp_path / "c.csv"), sources=["official"], **args)  # type: ignore[arg-type]
    assert official.remembered == 0


def test_without_memo_nothing_is_kept(tmp_path: Path, memo_dir: Path) -> None:
    src = _table(tmp_path)
    normalize_file(str(src), str(tmp_path / "a.csv"), columns=["place"], memo=False)
    assert not memo_dir.exists()


def test_a_broken_memo_is_not_used_and_does_not_stop_the_run(
    tmp_path: Path, memo_dir: Path
) -> None:
    src = _table(tmp_path)
    memo = OutcomeMemo.open(Gazetteer.default(), None, None)
    assert memo is not None
    memo_dir.mkdir(parents=True)
    memo.path.write_bytes(b"not a database at all" * 100)
    summary = normalize_file(str(src), str(tmp_path / "a.csv"), columns=["place"], memo=True)
    assert summary.rows == len(ROWS) - 1 and summary.remembered == 0
    # the broken file was replaced by a memo that works
    again = normalize_file(str(src), str(tmp_path / "b.csv"), columns=["place"], memo=True)
    assert again.remembered == 6


def test_a_change_of_code_starts_another_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    gz = Gazetteer.default()
    before = OutcomeMemo.open(gz, None, None)
    monkeypatch.setattr(memo_module, "code_fingerprint", lambda: "another version")
    after = OutcomeMemo.open(gz, None, None)
    assert before is not None and after is not None and before.path != after.path


def test_a_gazetteer_of_your_own_keeps_no_memo(tmp_path: Path) -> None:
    own = tmp_path / "own.tsv"
    own.write_text("id\tname\nX1\tAlpha\n", encoding="utf-8")
    assert OutcomeMemo.open(Gazetteer.from_file(own), None, None) is None


def test_the_command_keeps_outcomes_unless_told_not_to(tmp_path: Path, memo_dir: Path) -> None:
    src = _table(tmp_path)
    runner = CliRunner()
    args = ["normalize", str(src), "--column", "place", "--jobs", "1"]
    first = runner.invoke(main, [*args, "-o", str(tmp_path / "a.csv"), "--no-memo"])
    assert first.exit_code == 0, first.output
    assert not memo_dir.exists()
    for name in ("b.csv", "c.csv"):
        done = runner.invoke(main, [*args, "-o", str(tmp_path / name)])
        assert done.exit_code == 0, done.output
    assert "remembered from earlier runs" in done.output
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()


@pytest.mark.parametrize("prescan", [True, False])
def test_values_the_workers_resolve_are_kept_and_read_back_alike(
    tmp_path: Path, memo_dir: Path, prescan: bool
) -> None:
    # enough new values (1,500) to hand them to two worker processes
    gz = Gazetteer.default()
    names = [e.name for e in list(gz.entries)[::20] if e.category == "C"][:1500]
    src = tmp_path / "many.csv"
    src.write_text("place\n" + "\n".join(names * 2) + "\n", encoding="utf-8")
    outputs = []
    for i in range(2):
        out = tmp_path / f"out{i}.csv"
        summary = normalize_file(
            str(src), str(out), columns=["place"], prescan=prescan, memo=True, jobs=2
        )
        outputs.append(out.read_bytes())
    assert summary.remembered == len(set(names)) and summary.distinct == 0
    assert outputs[0] == outputs[1]
