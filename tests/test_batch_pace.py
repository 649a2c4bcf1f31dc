"""A streamed ``normalize`` writes the same bytes whatever the worker processes' pace.

Rows are written while the workers still resolve later blocks' values (``filerun``: a block
is written once its values are in, :meth:`Normalizer.ready`). When a file has more distinct
values than the cache holds (``CACHE_LIMIT``), the cache is cleared and a value met again is
resolved and leaned on the file's geography anew; the clear counted only the values already
collected, so it fell earlier with fast workers and later with slow ones, and some rows
changed their answer with the machine's load (typos whose namesakes lean).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from gazetteer import batch
from gazetteer.batchio import normalize_file

ROOT = Path(__file__).resolve().parent.parent


def _typos(count: int) -> list[str]:
    """Real KATOTTG Latin names with one letter changed: fuzzy searches, many ambiguous."""
    with open(ROOT / "data" / "katottg.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t")
        latin = sorted({r["name"] for r in rows if len(r["name"]) > 5})
    rng = random.Random(7)
    out: set[str] = set()
    while len(out) < count:
        name = rng.choice(latin)
        i = rng.randrange(1, len(name) - 1)
        out.add(name[:i] + rng.choice("aeiouklmnrst") + name[i + 1 :])
    return sorted(out)


def test_the_cache_clears_at_the_same_value_whatever_the_workers_pace(tmp_path, monkeypatch):
    names = _typos(600)
    random.Random(3).shuffle(names)
    # each name twice, 200 rows apart; a long note makes ~10 blocks of ~1 MB, so that rows
    # are written while the workers resolve the blocks after them
    order = [names[i // 2 + (100 if i % 2 else 0)] for i in range(1000)] + names[500:]
    note = "x" * 9_000
    src = tmp_path / "in.csv"
    src.write_text("place,note\n" + "".join(f"{n},{note}\n" for n in order), encoding="utf-8")
    monkeypatch.setattr(batch, "CACHE_LIMIT", 150)  # a clear every 150 distinct values
    monkeypatch.setattr(batch, "PARALLEL_MIN", 20)  # workers for a block's few new values

    def run(jobs: int, done: bool = False) -> bytes:
        # done: the workers' every batch is done at once (fast), or none before it must be
        monkeypatch.setattr(batch.Normalizer, "ready", lambda self, upto: done)
        out = tmp_path / "out.csv"
        normalize_file(str(src), str(out), columns=["place"], prescan=False, jobs=jobs,
                       overwrite=True)  # fmt: skip
        return out.read_bytes()

    one = run(1)  # a single process: nothing in flight
    assert run(2, done=True) == one
    assert run(2, done=False) == one
