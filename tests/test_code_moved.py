"""A process whose modules were rewritten after it imported them (an upgrade or a checkout
under a running notebook) stores nothing in the cache nor the memo: their keys are read off
the files as they are now, which its code may not match."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from gazetteer import Gazetteer, storage
from gazetteer.memo import OutcomeMemo


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_a_process_older_than_its_files_stores_nothing(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "_IMPORTED_NS", 0)  # (imported before every file was written)
    assert storage.code_moved()
    storage.store_cached("a-table", "its-key", {"x": 1})
    assert not (cache / "a-table.pickle").exists()
    assert storage.load_cached("a-table", "its-key") is None


def test_a_process_as_new_as_its_files_stores_and_reads_back(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "_IMPORTED_NS", time.time_ns() + 10**12)
    assert not storage.code_moved()
    storage.store_cached("a-table", "its-key", {"x": 1})
    assert storage.load_cached("a-table", "its-key") == {"x": 1}


def test_no_memo_for_a_process_older_than_its_files(
    gz: Gazetteer, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "_IMPORTED_NS", time.time_ns() + 10**12)
    assert OutcomeMemo.open(gz, None, None) is not None
    monkeypatch.setattr(storage, "_IMPORTED_NS", 0)
    assert OutcomeMemo.open(gz, None, None) is None
