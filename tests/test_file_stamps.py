"""The key of a cache built from files, kept with the files' stamps (size, inode, times):
read back while no file has moved, made again from the bytes as soon as one has."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gazetteer import storage


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(storage.CACHE_ENV, str(directory))
    return directory


def _tables(tmp_path: Path) -> list[Path]:
    first, second = tmp_path / "katottg.tsv", tmp_path / "renamed.tsv"
    first.write_text("code\tname\nUA80000000000093317\tКиїв\n", encoding="utf-8")
    second.write_text("code\told_name_uk\n", encoding="utf-8")
    return [first, second]


def _rewritten_in_place(path: Path, text: str) -> None:
    """``path`` with ``text`` (as long as its old one), its modification time set back."""
    before = path.stat()
    time.sleep(0.05)  # (past a tick of the file system's clock)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns


def test_a_settled_files_key_is_read_back_without_reading_them(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _tables(tmp_path)
    monkeypatch.setattr(storage, "SETTLED", 0.0)  # (as files written long ago)
    key = storage.files_fingerprint("thing-key", files, "fields")
    assert key == storage.fingerprint(*(f.read_bytes() for f in files), "fields")

    def unread(self: Path) -> bytes:
        raise AssertionError(f"{self} was read although its stamp had not moved")

    monkeypatch.setattr(Path, "read_bytes", unread)
    assert storage.files_fingerprint("thing-key", files, "fields") == key


def test_a_file_changed_in_place_is_read_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the same size and modification time, other bytes: the change time tells
    files = _tables(tmp_path)
    monkeypatch.setattr(storage, "SETTLED", 0.0)
    key = storage.files_fingerprint("thing-key", files)
    _rewritten_in_place(files[0], "code\tname\nUA80000000000093317\tКиєв\n")
    changed = storage.files_fingerprint("thing-key", files)
    assert changed != key
    assert changed == storage.fingerprint(*(f.read_bytes() for f in files))


def test_a_file_that_may_still_change_is_always_read(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # changed again within the same tick of a coarse clock, a file's times would not move:
    # a file written just now is read each time, whatever its stamp
    files = _tables(tmp_path)
    key = storage.files_fingerprint("thing-key", files)
    read: list[Path] = []
    bytes_of = Path.read_bytes

    def reading(self: Path) -> bytes:
        read.append(self)
        return bytes_of(self)

    monkeypatch.setattr(Path, "read_bytes", reading)
    assert storage.files_fingerprint("thing-key", files) == key
    assert read == files


def test_a_file_that_appears_changes_the_key(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "SETTLED", 0.0)
    files = _tables(tmp_path)
    absent = tmp_path / "exonyms.tsv"
    key = storage.files_fingerprint("thing-key", [*files, absent])
    assert key == storage.fingerprint(*(f.read_bytes() for f in files), b"-")
    absent.write_text("code\tname\n", encoding="utf-8")
    assert storage.files_fingerprint("thing-key", [*files, absent]) != key


def test_a_cached_table_is_made_once_and_again_when_its_table_changes(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "SETTLED", 0.0)
    files = _tables(tmp_path)
    made: list[int] = []

    def make() -> dict[str, str]:
        made.append(1)
        return {"київ": files[0].read_text(encoding="utf-8").split("\t")[-1].strip()}

    assert storage.cached_table("thing", files, make) == {"київ": "Київ"}
    assert storage.cached_table("thing", files, make) == {"київ": "Київ"}
    assert len(made) == 1  # (read back, not made again)
    _rewritten_in_place(files[0], "code\tname\nUA80000000000093317\tКиєв\n")
    assert storage.cached_table("thing", files, make) == {"київ": "Києв"}
    assert len(made) == 2


def test_the_countries_and_plants_read_back_are_the_ones_made(cache: Path) -> None:
    # (data/countries.tsv; data/facilities.tsv: the Zaporizhzhia NPP stands in Енергодар)
    from gazetteer import countries, facilities

    for table in (countries._by_name, facilities._table):
        table.cache_clear()
    try:
        made = countries._by_name(), facilities._table()
        for table in (countries._by_name, facilities._table):
            table.cache_clear()
        assert (countries._by_name(), facilities._table()) == made
        assert made[0]["russia"] == "RU" and made[0]["republic of moldova"] == "MD"
        assert facilities.facility("ЗАЕС") == ("UA23040110010044100", "Zaporizhzhia NPP")
    finally:
        for table in (countries._by_name, facilities._table):
            table.cache_clear()
