"""The packaged tables and the on-disk cache."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from platformdirs import user_cache_dir

if TYPE_CHECKING:
    from importlib.abc import Traversable

T = TypeVar("T")

CACHE_ENV = "PLACEMATCH_CACHE_DIR"
#: Bump when the shape of what is cached changes, so no old cache is ever trusted.
CACHE_LAYOUT = 1

#: The libraries whose output the cached tables and kept outcomes hold: ICU and unidecode
#: spell the names' keys and forms, rapidfuzz scores them.
LIBRARIES = ("icu", "unidecode", "rapidfuzz")

#: Told what is being built when its cache is missing or stale (a first run, an upgrade),
#: so that a command can say why it waits; None, a library's default, says nothing.
build_notice: Callable[[str], None] | None = None


def announce_build(what: str) -> None:
    """Tell :data:`build_notice`, if any, that ``what`` is being built for the cache."""
    if build_notice is not None:
        build_notice(what)


def data_file(name: str) -> Traversable:
    """The packaged data file ``name``: inside the installed package, or ``data/`` of a checkout.

    A checkout's own ``data/`` comes first: run from one (``PYTHONPATH=checkout``) while an
    editable install of another maps ``gazetteer.data`` there, its tables are its own."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "data" / name).is_file():
        return checkout / "data" / name
    beside = Path(__file__).resolve().parent / "data" / name  # (an installed package's)
    if beside.is_file():
        return beside
    from importlib import resources  # (a zipped install's: imported only then)

    try:
        packaged = resources.files("gazetteer.data") / name
        if packaged.is_file():
            return packaged
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "data" / name


def read_table(source: Traversable | Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV table as dicts: leading ``#`` lines are its provenance, then one header."""
    with source.open("r", encoding="utf-8") as handle:
        header: list[str] | None = None
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if header is None:
                if line.startswith("#") or not line.strip():
                    continue
                header = line.split("\t")
                continue
            if not line:
                continue
            cells = line.split("\t")
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            yield dict(zip(header, cells))


def fingerprint(*parts: bytes | str) -> str:
    """A short hash of the given bytes/strings, to key a cache on what it was built from."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:20]


#: A file changed this recently (seconds) may change again within the same tick of the
#: file system's clock, its times unmoved: its bytes are read, whatever its stamp says.
SETTLED = 2.0


def files_fingerprint(name: str, files: Sequence[Traversable | Path], *extra: bytes | str) -> str:
    """:func:`fingerprint` of the files' bytes and ``extra``, kept in the cache under
    ``name`` with each file's size, inode and times: while none of them has moved, read back
    from there instead of reading and hashing the files again (the index is keyed by 6 MB of
    tables and code, 15 ms at every start). A file changed less than :data:`SETTLED` seconds
    ago, or not on a file system, is always read."""
    stats = _stats(files)
    stamp = None if stats is None else fingerprint(*stats, *extra)
    if stamp is not None:
        known = load_cached(name, stamp)
        if isinstance(known, str):
            return known
    key = fingerprint(*(f.read_bytes() if f.is_file() else b"-" for f in files), *extra)
    if stamp is not None:
        store_cached(name, stamp, key)
    return key


def cached_table(
    name: str, files: Sequence[Traversable | Path], make: Callable[[], T], *extra: bytes | str
) -> T:
    """``make()``, kept in the cache under ``name``: read back while ``files`` (the tables it
    reads and the modules that make it) and ``extra`` are those it was made from
    (:func:`files_fingerprint`)."""
    return keyed_table(name, files, make, *extra)[0]


def keyed_table(
    name: str, files: Sequence[Traversable | Path], make: Callable[[], T], *extra: bytes | str
) -> tuple[T, str]:
    """:func:`cached_table`, and the key it is kept under (for tables derived from it)."""
    key = files_fingerprint(f"{name}-key", files, *extra)
    table = load_cached(name, key)
    if table is None:
        table = make()
        store_cached(name, key, table)
    return table, key


def _stats(files: Sequence[Traversable | Path]) -> list[str] | None:
    """Each file's path, size, inode, modification and change times (a write moves the
    change time, which no tool sets back), or None when one of them may still be changing."""
    stats, now = [], time.time_ns()
    for file in files:
        if not isinstance(file, Path):
            return None
        try:
            st = file.stat()
        except FileNotFoundError:
            stats.append(f"{file}:-")
            continue
        except OSError:
            return None
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLED * 1e9:
            return None
        stats.append(f"{file}:{st.st_size}:{st.st_ino}:{st.st_mtime_ns}:{st.st_ctime_ns}")
    return stats


@lru_cache(maxsize=1)
def library_stamp() -> str:
    """Which installed copies of :data:`LIBRARIES` this process runs: each one's module file,
    its size and modification time (a reinstall or an upgrade writes it anew). Found, not
    imported, and cheap: a warm start reads it. A cache made with other copies is not
    trusted, since another version may spell or score a name otherwise."""
    parts = []
    for name in LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec is not None else None
            stat = os.stat(origin) if origin else None
        except (ImportError, ValueError, OSError):
            stat, origin = None, None
        parts.append(f"{name}={origin}:{stat.st_size}:{stat.st_mtime_ns}" if stat else f"{name}=-")
    return fingerprint(*parts)


def _stamped(key: str) -> str:
    """``key`` with the libraries it was built with (:func:`library_stamp`)."""
    return f"{key}@{library_stamp()}"


def cache_dir() -> Path:
    """Where derived indexes are cached: ``$PLACEMATCH_CACHE_DIR`` or the user cache dir."""
    return Path(os.environ.get(CACHE_ENV) or user_cache_dir("placematch"))


def load_cached(name: str, key: str) -> Any | None:
    """The object cached under ``name`` if it was built from ``key``; None when absent or bad."""
    path = cache_dir() / f"{name}.pickle"
    try:
        with path.open("rb") as handle:
            stored_key, layout, payload = pickle.load(handle)
    except Exception:  # absent, truncated or foreign: rebuild, never trust
        return None
    if stored_key != _stamped(key) or layout != CACHE_LAYOUT:
        return None
    return payload


def store_cached(name: str, key: str, payload: Any) -> None:
    """Cache ``payload`` atomically; a cache that cannot be written is silently skipped, and
    so is one this process's code may not have made (:func:`code_moved`)."""
    if code_moved():
        return
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            record = (_stamped(key), CACHE_LAYOUT, payload)
            pickle.dump(record, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, directory / f"{name}.pickle")
    except OSError:
        Path(tmp).unlink(missing_ok=True)


#: When this process imported the package: the code it runs is the files as they were then.
_IMPORTED_NS = time.time_ns()


def code_moved() -> bool:
    """Whether a module of this package or of ``translit`` was written after this process
    imported it (an upgrade, a checkout, a merge under a running notebook): the caches are
    keyed by the files as they are now, which the process's code may not match, so it must
    not store what it makes under their key. (A stat of each module: stores are rare.)"""
    import translit

    for root in (Path(__file__).parent, Path(translit.__file__).parent):
        try:
            stamps = [entry.stat() for entry in os.scandir(root) if entry.name.endswith(".py")]
        except OSError:
            return False
        if any(max(st.st_mtime_ns, st.st_ctime_ns) > _IMPORTED_NS for st in stamps):
            return True
    return False
