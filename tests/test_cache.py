"""The on-disk cache of the KATOTTG index: written, rebuilt when corrupt, keyed by its inputs.

Two real builds at most (about 5 s each); the rest uses the storage functions directly.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer, katottg, storage

KYIV = "UA80000000000093317"
LIUBYMIVKA = "UA65020150020078280"


def _answers(parts: tuple) -> None:  # type: ignore[type-arg]
    entries, seats, oblasts, index, population = parts
    gz = Gazetteer(entries, (), seats=seats, oblasts=oblasts, index=index, population=population)
    assert len(gz) > 30_000
    assert gz.lookup("Kyiv")[0].entry.code == KYIV
    assert LIUBYMIVKA in [m.entry.code for m in gz.lookup("Lyubymivka", oblast="UA-65")]


@pytest.fixture(scope="module")
def built_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache directory with a freshly built KATOTTG index in it (one real build)."""
    directory = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(storage.CACHE_ENV, str(directory))
        assert not (directory / "katottg-index.pickle").exists()
        _answers(katottg.load_katottg())
        yield directory


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    assert storage.cache_dir() == tmp_path


def test_load_writes_a_cache_file(built_cache: Path) -> None:
    path = built_cache / "katottg-index.pickle"
    assert path.is_file()
    with path.open("rb") as handle:
        key, layout, payload = pickle.load(handle)
    assert layout == storage.CACHE_LAYOUT
    assert isinstance(key, str) and key
    assert len(payload) == 5
    assert not list(built_cache.glob("*.tmp"))  # written atomically, no leftovers


def test_warm_cache_is_used_without_building(
    built_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))

    def no_build(*args: object) -> None:
        raise AssertionError("rebuilt although the cache was warm")

    monkeypatch.setattr(katottg, "_build", no_build)
    told: list[str] = []
    monkeypatch.setattr(storage, "build_notice", told.append)
    _answers(katottg.load_katottg())
    assert told == []  # (a warm start says nothing)


def test_a_build_is_announced_before_it_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The command tells a terminal why its first run waits (some 4 s, 8 s on a fresh
    install): the index is announced before it is built, only when there is none."""
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))  # (empty: a first run)
    told: list[str] = []
    monkeypatch.setattr(storage, "build_notice", told.append)

    def build(*args: object) -> None:
        assert told == ["the name index"]  # (said before the wait, not after)
        raise LookupError("stop here: the build itself is tested above")

    monkeypatch.setattr(katottg, "_build", build)
    with pytest.raises(LookupError):
        katottg.load_katottg()


def test_a_library_build_says_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(storage, "build_notice", None)
    storage.announce_build("the name index")
    assert capsys.readouterr() == ("", "")


def test_cache_of_other_inputs_is_ignored(
    built_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))
    monkeypatch.setattr(storage, "files_fingerprint", lambda *parts: "some-other-inputs")

    class Rebuilt(Exception):
        pass

    def build(*args: object) -> None:
        raise Rebuilt

    monkeypatch.setattr(katottg, "_build", build)
    with pytest.raises(Rebuilt):
        katottg.load_katottg()


def test_corrupt_cache_is_rebuilt(built_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))
    path = built_cache / "katottg-index.pickle"
    junk = b"\x80\x05not a pickle at all" + bytes(range(256))
    path.write_bytes(junk)
    _answers(katottg.load_katottg())  # the second (and last) real build
    rewritten = path.read_bytes()
    assert rewritten != junk
    key, layout, _ = pickle.loads(rewritten)
    assert layout == storage.CACHE_LAYOUT and key


def test_store_and_load_by_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    payload = {"a": [1, 2, 3]}
    storage.store_cached("thing", "key-1", payload)
    assert storage.load_cached("thing", "key-1") == payload
    assert storage.load_cached("thing", "key-2") is None  # built from other inputs
    assert storage.load_cached("other", "key-1") is None  # absent


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"junk",
        pickle.dumps(42),
        pickle.dumps(("key-1", storage.CACHE_LAYOUT + 1, {"a": 1})),  # another layout
        pickle.dumps(("key-1", storage.CACHE_LAYOUT, {"a": 1}))[:-5],  # truncated
    ],
)
def test_bad_cache_files_are_not_trusted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes
) -> None:
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    (tmp_path / "thing.pickle").write_bytes(content)
    assert storage.load_cached("thing", "key-1") is None


def test_unwritable_cache_is_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(storage.CACHE_ENV, str(blocker / "cache"))
    storage.store_cached("thing", "key-1", {"a": 1})  # no error
    assert storage.load_cached("thing", "key-1") is None


def test_fingerprint() -> None:
    assert storage.fingerprint(b"a", "b") == storage.fingerprint(b"a", b"b")
    assert storage.fingerprint(b"ab") != storage.fingerprint(b"a", b"b")
    assert len(storage.fingerprint(b"x")) == 20


def test_the_key_reads_the_code_files_without_importing_them() -> None:
    import translit

    here = Path(translit.__file__).parent
    assert katottg._module_file("translit.keys") == here / "keys.py"
    assert katottg._module_file("translit.russian") == here / "russian.py"
    assert katottg._module_file("translit.no_such_module") is None
    assert katottg._module_file("no_such_package.module") is None


def test_the_key_reads_translits_rules_too() -> None:
    # an oblast's spellings, cached with the oblast table, are made in every romanisation
    import translit

    here = Path(translit.__file__).parent
    keyed = katottg.keyed_code()
    assert {here / "keys.py", here / "russian.py", here / "rules" / "kmu2010.txt"} <= set(keyed)
    assert Path(katottg.__file__).with_name("letterforms.py") in keyed


def test_typo_index_is_cached_beside_the_index(
    built_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gazetteer import index as index_module
    from translit import match_key

    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))
    key = match_key("Kharkof")
    first = katottg.load_katottg()[3]
    near = first.near_keys(key)  # built, and written beside the index
    assert (built_cache / "katottg-nearkeys.pickle").is_file()

    def no_build(*args: object) -> None:
        raise AssertionError("the typo index was rebuilt although it was cached")

    monkeypatch.setattr(index_module.NearKeys, "__init__", no_build)
    assert katottg.load_katottg()[3].near_keys(key) == near  # read, not built
    monkeypatch.undo()
    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))
    (built_cache / "katottg-nearkeys.pickle").write_bytes(b"junk")
    assert katottg.load_katottg()[3].near_keys(key) == near  # a bad file: built again


def test_form_arrays_are_cached_and_score_alike(
    built_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gazetteer import formarrays

    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))

    def made(parts: tuple) -> Gazetteer:  # type: ignore[type-arg]
        entries, seats, oblasts, index, population = parts
        gz = Gazetteer(
            entries, (), seats=seats, oblasts=oblasts, index=index, population=population
        )
        gz.warm()
        return gz

    first = made(katottg.load_katottg())  # made, and written to the cache
    assert (built_cache / f"{formarrays.CACHE_NAME}.pickle").is_file()
    built = first._finder().form_arrays()
    assert built is not None

    def no_build(*args: object) -> None:
        raise AssertionError("the form arrays were made again although they were cached")

    monkeypatch.setattr(formarrays.FormArrays, "__init__", no_build)
    second = made(katottg.load_katottg())
    read = second._finder().form_arrays()
    assert read is not None and read.index is second.index
    assert (read.normal_hash == built.normal_hash).all() and (read.crc == built.crc).all()
    # a name borne by many villages is scored as arrays: the same answer from either
    assert [m.entry.code for m in second.lookup("Lyubymivka", limit=30)] == [
        m.entry.code for m in first.lookup("Lyubymivka", limit=30)
    ]
    monkeypatch.undo()
    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))
    (built_cache / f"{formarrays.CACHE_NAME}.pickle").write_bytes(b"junk")
    assert made(katottg.load_katottg())._finder().form_arrays() is not None  # made again


def test_cache_made_with_other_libraries_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # an upgraded ICU, unidecode or rapidfuzz may key or score names otherwise: a table
    # cached under the old copies must be made again
    monkeypatch.setenv(storage.CACHE_ENV, str(tmp_path))
    storage.store_cached("thing", "key-1", [1])
    assert storage.load_cached("thing", "key-1") == [1]
    monkeypatch.setattr(storage, "library_stamp", lambda: "another-unidecode")
    assert storage.load_cached("thing", "key-1") is None


def test_library_stamp_follows_an_installed_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "fakelib"
    fake.mkdir()
    (fake / "__init__.py").write_text("VERSION = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(storage, "LIBRARIES", ("fakelib",))
    storage.library_stamp.cache_clear()
    try:
        before = storage.library_stamp()
        (fake / "__init__.py").write_text("VERSION = 22\n")  # reinstalled: another size
        storage.library_stamp.cache_clear()
        assert storage.library_stamp() != before
    finally:
        storage.library_stamp.cache_clear()


def test_a_table_changed_in_place_rebuilds_the_index(
    built_cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the index's key is read back by its files' stamps while none has moved
    # (storage.files_fingerprint): a table rewritten, its size and modification time as
    # before, is still a new key
    import os
    import shutil
    import time

    monkeypatch.setenv(storage.CACHE_ENV, str(built_cache))
    monkeypatch.setattr(storage, "SETTLED", 0.0)  # (the copies count as long settled)
    for name in ("katottg.tsv", "oblasts.tsv", "renamed.tsv", "exonyms.tsv", "population.tsv",
                 "oblast_names.tsv"):  # fmt: skip
        shutil.copyfile(str(storage.data_file(name)), tmp_path / name)
    monkeypatch.setattr(katottg, "data_file", lambda name: tmp_path / name)

    class Rebuilt(Exception):
        pass

    def build(*args: object) -> None:
        raise Rebuilt

    monkeypatch.setattr(katottg, "_build", build)
    _answers(katottg.load_katottg())  # (the same bytes: the index built, its stamps kept)
    _answers(katottg.load_katottg())  # (read back by the stamps)
    population = tmp_path / "population.tsv"
    before = population.stat()
    time.sleep(0.05)
    text = population.read_text(encoding="utf-8")
    assert "UA80000000000093317\t2952301\t" in text  # Kyiv's, one more person
    population.write_text(text.replace("\t2952301\t", "\t2952302\t"), encoding="utf-8")
    os.utime(population, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert population.stat().st_size == before.st_size
    with pytest.raises(Rebuilt):
        katottg.load_katottg()
